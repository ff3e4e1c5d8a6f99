package com.wqs.adapter.cli;

import com.google.inject.Module;
import com.wqs.adapter.cli.output.CliTexts;
import com.wqs.adapter.cli.output.Formats;
import com.wqs.adapter.cli.output.Output;
import com.wqs.adapter.web.i18n.Messages;
import com.wqs.application.port.out.Store;
import com.wqs.application.service.UseCases;
import com.wqs.domain.shared.Language;
import com.wqs.domain.shared.ValidationException;
import com.wqs.domain.user.Actor;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What every command of one {@code wqs} run shares: the global options, the output, the environment,
 * and the application, opened on first use (so {@code --help} and {@code --version} never touch a
 * database) and closed when the run ends.
 */
public final class CliContext implements AutoCloseable {
    private final GlobalOptions options;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Map<String, String> env;
    private final boolean terminal;
    private Output output;
    private Wqs wqs;
    private Actor actor;
    private Formats formats;
    private Messages messages;

    public CliContext(GlobalOptions options, PrintWriter out, PrintWriter err, Map<String, String> env,
            boolean terminal) {
        this.options = options;
        this.out = out;
        this.err = err;
        this.env = Map.copyOf(env);
        this.terminal = terminal;
    }

    public GlobalOptions options() {
        return options;
    }

    public Map<String, String> env() {
        return env;
    }

    public Output output() {
        if (output == null) {
            boolean colour = terminal && !env.containsKey("NO_COLOR");
            output = new Output(out, err, options.json(), terminal, colour, this::messages);
        }
        return output;
    }

    /** The application over the selected database, migrated to the current schema. */
    public Wqs wqs() {
        return wqs(List.of());
    }

    /**
     * As {@link #wqs()}, with more modules (the web server's) in the one injector; only the first
     * call of a run creates it.
     */
    public Wqs wqs(List<Module> moreModules) {
        if (wqs == null) {
            List<Module> modules = moreModules.isEmpty() ? mailFromEnvironment() : moreModules;
            StoreLocation location = storeLocation();
            String option = databaseOption();
            if (location.isSqlite()) {
                DatabaseUnusableException.checkSqliteFile(location.sqliteFile(), option);
            } else if (!location.jdbcUrl().startsWith("jdbc:postgresql:")) {
                throw DatabaseUnusableException.notPostgres(location.jdbcUrl());
            }
            try {
                wqs = Wqs.open(location, modules);
            } catch (RuntimeException e) {
                DatabaseUnusableException unusable = DatabaseUnusableException.opening(location, option, e);
                if (unusable != null) {
                    throw unusable;
                }
                throw e;
            }
        } else if (!moreModules.isEmpty()) {
            throw new IllegalStateException("the application was already opened without these modules");
        }
        return wqs;
    }

    /**
     * With {@code $WQS_SMTP_HOST} (and its companions) set, {@code quote send} queues the e-mail in the outbox for
     * the server's worker, and links use {@code $WQS_PUBLIC_URL}; the CLI itself never talks to the SMTP server.
     */
    private List<Module> mailFromEnvironment() {
        String publicUrl = env.getOrDefault("WQS_PUBLIC_URL", "").trim();
        return new MailSettings(env).smtp(null, null, null, null, null, null, null)
                .map(smtp -> List.<Module>of(MailModule.smtp(smtp, publicUrl)))
                .orElseGet(() -> publicUrl.isEmpty() ? List.of() : List.of(MailModule.linksOnly(publicUrl)));
    }

    public UseCases useCases() {
        return wqs().useCases();
    }

    public Store store() {
        return wqs().store();
    }

    /** Whose action this is: {@code --as}, else {@code $WQS_AS}, else the first active ADMIN. */
    public Actor actor() {
        if (actor == null) {
            String email = options.as() != null ? options.as() : env.get("WQS_AS");
            actor = new ActingUser(store().users()).resolve(email);
        }
        return actor;
    }

    /**
     * The run's texts: {@code --lang}, else {@code $WQS_LANG}, else the installation's language (which opens the
     * database), else English when the database cannot be opened (an error about the database itself).
     */
    public Messages messages() {
        if (messages == null) {
            messages = CliTexts.of(language());
        }
        return messages;
    }

    private Language language() {
        if (options.lang() != null) {
            return options.lang();
        }
        Language fromEnvironment = Language.parse(env.get("WQS_LANG")).orElse(null);
        if (fromEnvironment != null) {
            return fromEnvironment;
        }
        try {
            return useCases().settings().defaultLanguage();
        } catch (RuntimeException cannotOpen) {
            return Language.ENGLISH;
        }
    }

    public Formats formats() {
        if (formats == null) {
            formats = new Formats(store().settings().get(), messages().language());
        }
        return formats;
    }

    /** Where {@link #storeLocation()} came from, for messages: the option or the variable. */
    private String databaseOption() {
        if (options.jdbcUrl() != null) {
            return "--jdbc-url";
        }
        if (options.db() != null) {
            return "--db";
        }
        if (env.get("WQS_JDBC_URL") != null && !env.get("WQS_JDBC_URL").isBlank()) {
            return "$WQS_JDBC_URL";
        }
        return env.getOrDefault("WQS_DB", "").isBlank() ? "--db" : "$WQS_DB";
    }

    /** {@code --jdbc-url}, {@code --db}, then {@code $WQS_JDBC_URL}, {@code $WQS_DB}, then ./wqs.db. */
    public StoreLocation storeLocation() {
        if (options.jdbcUrl() != null && options.db() != null) {
            throw new ValidationException("--db", "give either --db or --jdbc-url, not both");
        }
        if (options.jdbcUrl() != null) {
            return StoreLocation.jdbc(options.jdbcUrl());
        }
        if (options.db() != null) {
            return StoreLocation.sqlite(options.db());
        }
        if (env.get("WQS_JDBC_URL") != null && !env.get("WQS_JDBC_URL").isBlank()) {
            return StoreLocation.jdbc(env.get("WQS_JDBC_URL"));
        }
        String file = env.getOrDefault("WQS_DB", "");
        return StoreLocation.sqlite(Path.of(file.isBlank() ? GlobalOptions.DEFAULT_DB_FILE : file));
    }

    @Override
    public void close() {
        if (wqs != null) {
            wqs.close();
        }
    }
}
