package com.wqs.adapter.cli.command;

import com.google.inject.Module;
import com.wqs.adapter.cli.CliContext;
import com.wqs.adapter.cli.Logging;
import com.wqs.adapter.cli.MailModule;
import com.wqs.adapter.cli.MailSettings;
import com.wqs.adapter.cli.Wqs;
import com.wqs.adapter.web.WebConfig;
import com.wqs.adapter.web.WebServer;
import com.wqs.adapter.web.mail.SmtpSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", description = {"Run the web server (HTML pages and the JSON API) until Ctrl-C or SIGTERM.",
        "Migrates the database first. On an empty database, $WQS_ADMIN_EMAIL and $WQS_ADMIN_PASSWORD",
        "create the first ADMIN. At start and every hour, expired quotes are marked and ended sessions deleted.",
        "With --smtp-host, sent quotes are e-mailed (PDF attached, customer link in it) from an outbox that a",
        "worker delivers every few seconds, retrying with back-off."})
public final class ServeCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);
    private final CliContext context;

    @Option(names = "--port", paramLabel = "PORT", description = "TCP port (default: $WQS_PORT, else 8080; 0 = any free).")
    Integer port;

    @Option(names = "--host", paramLabel = "HOST", description = "Interface to listen on (default: $WQS_HOST, else 0.0.0.0).")
    String host;

    @Option(names = "--public-url", paramLabel = "URL", description = "The address users reach the server at, e.g. "
            + "https://quotes.example.com (default: $WQS_PUBLIC_URL). An https:// URL turns on HSTS and the Secure "
            + "__Host- session cookie; its origin is trusted on form posts.")
    String publicUrl;

    @Option(names = "--secure-cookies", description = "Users come over HTTPS: HSTS and the Secure __Host- session "
            + "cookie, as an https:// --public-url does (default: $WQS_SECURE_COOKIES=true).")
    boolean secureCookies;

    @Option(names = "--trusted-origin", paramLabel = "ORIGIN",
            description = "Extra origin accepted on form posts, e.g. https://quotes.example.com (repeatable).")
    List<String> trustedOrigins;

    @Option(names = "--trust-forwarded-for",
            description = "Trust the reverse proxy's X-Forwarded-For (client address) and X-Forwarded-Proto: https "
                    + "(HTTPS) headers: only behind a proxy that sets them.")
    boolean trustForwardedFor;

    @Option(names = "--metrics-token", paramLabel = "TOKEN", description = "Secret a Prometheus scraper sends as "
            + "'Authorization: Bearer TOKEN' to read /metrics, at least 16 characters (default: $WQS_METRICS_TOKEN, "
            + "better than this option, which shows in the process list). Without one, /metrics answers 404.")
    String metricsToken;

    @Option(names = "--smtp-host", paramLabel = "HOST", description = "SMTP server that e-mails sent quotes "
            + "(default: $WQS_SMTP_HOST). Without one nothing is e-mailed: the quote page shows the customer link to copy.")
    String smtpHost;

    @Option(names = "--smtp-port", paramLabel = "PORT", description = "SMTP port (default: $WQS_SMTP_PORT, else 587 "
            + "for STARTTLS, 465 for TLS, 25 for NONE).")
    Integer smtpPort;

    @Option(names = "--smtp-security", paramLabel = "MODE", description = "NONE, STARTTLS or TLS (default: "
            + "$WQS_SMTP_SECURITY, else STARTTLS).")
    String smtpSecurity;

    @Option(names = "--smtp-user", paramLabel = "USER", description = "SMTP user name (default: $WQS_SMTP_USER); the "
            + "password comes from $WQS_SMTP_PASSWORD or --smtp-password-file.")
    String smtpUser;

    @Option(names = "--smtp-password-file", paramLabel = "FILE", description = "File holding the SMTP password "
            + "(default: $WQS_SMTP_PASSWORD_FILE).")
    String smtpPasswordFile;

    @Option(names = "--mail-from", paramLabel = "ADDRESS", description = "Sender address of the e-mails (default: "
            + "$WQS_MAIL_FROM); required with --smtp-host.")
    String mailFrom;

    @Option(names = "--mail-from-name", paramLabel = "NAME", description = "Sender name (default: $WQS_MAIL_FROM_NAME).")
    String mailFromName;

    public ServeCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        Logging.informative();
        WebConfig config = new ServerSettings(context.env()).config(port, host, secureCookies, trustedOrigins,
                trustForwardedFor, publicUrl, metricsToken);
        Optional<SmtpSettings> smtp = new MailSettings(context.env()).smtp(smtpHost, smtpPort, smtpSecurity, smtpUser,
                smtpPasswordFile, mailFrom, mailFromName);
        String linkBase = config.publicUrl() != null ? config.publicUrl()
                : config.port() == 0 ? "" : "http://" + ("0.0.0.0".equals(config.host()) ? "localhost" : config.host())
                        + ":" + config.port();
        List<Module> modules = new ArrayList<>(WebModules.of(config));
        modules.add(smtp.map(s -> MailModule.smtp(s, linkBase)).orElseGet(() -> MailModule.linksOnly(linkBase)));
        Wqs wqs = context.wqs(modules);
        new FirstAdmin(wqs.useCases(), wqs.store(), context.env()).createIfConfigured();

        ScheduledExecutorService housekeeping = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "housekeeping");
            thread.setDaemon(true);
            return thread;
        });
        housekeeping.scheduleAtFixedRate(
                new HousekeepingJob(wqs.useCases().expireQuotes(), wqs.useCases().authentication()), 0, 1, TimeUnit.HOURS);
        // The outbox worker: a queued mail (also one left from before a restart) goes out within seconds.
        housekeeping.scheduleWithFixedDelay(new OutboxJob(wqs.useCases().outbox()), 2, 5, TimeUnit.SECONDS);

        WebServer server = wqs.injector().getInstance(WebServer.class).start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("Stopping: finishing requests in flight (up to {} s)", config.shutdownGrace().toSeconds());
            housekeeping.shutdownNow();
            server.stop();
            wqs.close();
            LOG.info("Stopped");
            stopped.countDown();
        }, "wqs-shutdown"));
        String shownHost = "0.0.0.0".equals(config.host()) ? "localhost" : config.host();
        LOG.info(smtp.map(s -> "E-mail through " + s).orElse("No SMTP server (--smtp-host): nothing is e-mailed"));
        LOG.info("Window Quotation System is listening on http://{}:{}/ (database {}){}", shownHost, server.port(),
                context.storeLocation().describe(), config.publicUrl() == null ? "" : "; public URL " + config.publicUrl());
        stopped.await();
        return 0;
    }
}
