package com.wqs.adapter.cli;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.OptionalBinder;
import com.wqs.application.port.out.MailDelivery;
import com.google.inject.Provides;
import com.wqs.adapter.web.pdf.OpenHtmlQuotePdfRenderer;
import com.wqs.application.port.out.PasswordHasher;
import com.wqs.application.port.out.QuotePdfRenderer;
import com.wqs.application.port.out.Store;
import com.wqs.application.service.AuthPolicy;
import com.wqs.application.service.UseCases;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The application's use cases over whatever {@link Store} and {@link PasswordHasher} a persistence
 * module binds, with the PDF renderer, the system clock, the default sign-in policy and no SMTP server
 * ({@link MailModule} sets one). Side-effect
 * free: nothing is opened or migrated here.
 */
public final class WqsApplicationModule extends AbstractModule {
    @Override
    protected void configure() {
        // No SMTP server unless another module (the server's, from its --smtp-* options) sets one.
        OptionalBinder.newOptionalBinder(binder(), MailDelivery.class).setDefault().toInstance(MailDelivery.NONE);
    }

    @Provides
    @Singleton
    UseCases useCases(Store store, PasswordHasher passwordHasher, QuotePdfRenderer pdfRenderer, Clock clock,
            AuthPolicy authPolicy, MailDelivery mail) {
        return UseCases.create(store, passwordHasher, pdfRenderer, clock, authPolicy, mail);
    }

    @Provides
    @Singleton
    QuotePdfRenderer quotePdfRenderer() {
        return new OpenHtmlQuotePdfRenderer();
    }

    @Provides
    @Singleton
    AuthPolicy authPolicy() {
        return AuthPolicy.defaults();
    }

    @Provides
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
