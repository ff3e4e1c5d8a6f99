package com.wqs.adapter.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import com.wqs.adapter.web.RouteRegistrar;
import com.wqs.adapter.web.pdf.OpenHtmlQuotePdfRenderer;
import com.wqs.adapter.web.pdf.PdfModule;
import com.wqs.application.inmemory.InMemoryStore;
import com.wqs.application.inmemory.Pbkdf2PasswordHasher;
import com.wqs.application.port.out.QuotePdfRenderer;
import com.wqs.application.service.AuthPolicy;
import com.wqs.application.service.UseCases;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PagesModuleTest {
    @Test
    void thePagesAndThePdfRendererAreBound() {
        Injector injector = Guice.createInjector(new PagesModule(), new PdfModule(), new AbstractModule() {
            @Override
            protected void configure() {
                bind(UseCases.class).toInstance(UseCases.create(new InMemoryStore(), new Pbkdf2PasswordHasher(),
                        new OpenHtmlQuotePdfRenderer(), Clock.systemUTC(), AuthPolicy.defaults()));
            }
        });

        Set<RouteRegistrar> registrars = injector.getInstance(Key.get(new TypeLiteral<Set<RouteRegistrar>>() {
        }));
        assertThat(registrars).singleElement().isInstanceOf(PageRoutes.class);
        assertThat(injector.getInstance(QuotePdfRenderer.class)).isInstanceOf(OpenHtmlQuotePdfRenderer.class);
    }
}
