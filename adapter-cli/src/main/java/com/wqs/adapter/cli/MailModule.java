package com.wqs.adapter.cli;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.OptionalBinder;
import com.wqs.adapter.web.mail.SmtpMailSender;
import com.wqs.adapter.web.mail.SmtpSettings;
import com.wqs.application.port.out.MailDelivery;

/** Sets the SMTP server the outbox delivers through, and the base URL of customer links. */
public final class MailModule extends AbstractModule {
    private final MailDelivery delivery;

    private MailModule(MailDelivery delivery) {
        this.delivery = delivery;
    }

    public static MailModule smtp(SmtpSettings settings, String linkBaseUrl) {
        return new MailModule(new MailDelivery(new SmtpMailSender(settings), linkBaseUrl));
    }

    /** No SMTP server; links still absolute under {@code linkBaseUrl}. */
    public static MailModule linksOnly(String linkBaseUrl) {
        return new MailModule(new MailDelivery(com.wqs.application.port.out.MailSender.NONE, linkBaseUrl));
    }

    @Override
    protected void configure() {
        OptionalBinder.newOptionalBinder(binder(), MailDelivery.class).setBinding().toInstance(delivery);
    }
}
