package com.wqs.adapter.web.mail;

import com.wqs.application.port.out.MailDeliveryException;
import com.wqs.application.port.out.MailSender;
import com.wqs.application.port.out.OutgoingMail;
import com.wqs.domain.delivery.MailAddresses;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.simplejavamail.api.email.Email;
import org.simplejavamail.api.email.EmailPopulatingBuilder;
import org.simplejavamail.api.mailer.Mailer;
import org.simplejavamail.api.mailer.config.TransportStrategy;
import org.simplejavamail.email.EmailBuilder;
import org.simplejavamail.mailer.MailerBuilder;

/**
 * Delivers outbox mails through an SMTP server with Simple Java Mail. The server's reply decides what a
 * failure is: a 5xx reply (and a mail the library refuses to build: a bad address, CR/LF in a header) is
 * permanent; anything else (4xx, the server unreachable, a timeout) is retried by the outbox.
 */
public final class SmtpMailSender implements MailSender {
    private static final Pattern REPLY_CODE = Pattern.compile("(?:^|\\D)([245]\\d\\d)[ -]");
    private static final int TIMEOUT_MILLIS = 20_000;

    private final SmtpSettings settings;
    private final Mailer mailer;

    public SmtpMailSender(SmtpSettings settings) {
        this.settings = settings;
        var builder = MailerBuilder.withSMTPServer(settings.host(), settings.port())
                .withTransportStrategy(strategy(settings.security()))
                .withSessionTimeout(TIMEOUT_MILLIS)
                .withProperty("mail.smtp.connectiontimeout", Integer.toString(TIMEOUT_MILLIS))
                .withProperty("mail.smtp.timeout", Integer.toString(TIMEOUT_MILLIS));
        if (settings.security() == SmtpSettings.Security.NONE) {
            builder = builder.withProperty("mail.smtp.starttls.enable", "false");
        }
        if (settings.authenticates()) {
            builder = builder.withSMTPServerUsername(settings.user()).withSMTPServerPassword(settings.password());
        }
        this.mailer = builder.buildMailer();
    }

    private static TransportStrategy strategy(SmtpSettings.Security security) {
        return switch (security) {
            case NONE -> TransportStrategy.SMTP;
            case STARTTLS -> TransportStrategy.SMTP_TLS;
            case TLS -> TransportStrategy.SMTPS;
        };
    }

    @Override
    public boolean isConfigured() {
        return true;
    }

    @Override
    public void send(OutgoingMail mail) {
        if (!MailAddresses.isValid(mail.toAddress())) {
            throw new MailDeliveryException("not sent: the recipient address is not valid", true);
        }
        Email email;
        try {
            EmailPopulatingBuilder builder = EmailBuilder.startingBlank()
                    .from(MailAddresses.headerText(settings.fromName()), settings.fromAddress())
                    .to(MailAddresses.headerText(mail.toName()), mail.toAddress())
                    .withSubject(MailAddresses.headerText(mail.subject()))
                    .withPlainText(mail.body())
                    .fixingMessageId(mail.messageId());
            if (mail.hasAttachment()) {
                builder = builder.withAttachment(mail.attachmentName(), mail.attachment(), "application/pdf");
            }
            email = builder.buildEmail();
        } catch (RuntimeException e) {
            throw new MailDeliveryException("not sent: " + e.getMessage(), true, e);
        }
        try {
            mailer.sendMail(email).join();
        } catch (RuntimeException e) {
            throw classified(e);
        }
    }

    /** The SMTP server's reply from the cause chain: 5xx permanent; otherwise (4xx, no reply at all) temporary. */
    static MailDeliveryException classified(Throwable failure) {
        StringBuilder reply = new StringBuilder();
        Integer code = null;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message == null || message.isBlank()) {
                continue;
            }
            if (code == null) {
                Matcher matcher = REPLY_CODE.matcher(message);
                if (matcher.find()) {
                    code = Integer.parseInt(matcher.group(1));
                }
            }
            if (!reply.isEmpty()) {
                reply.append(" / ");
            }
            reply.append(message.strip());
            if (t.getCause() == t) {
                break;
            }
        }
        String text = reply.isEmpty() ? failure.getClass().getSimpleName() : reply.toString();
        return new MailDeliveryException(text, code != null && code >= 500, failure);
    }
}
