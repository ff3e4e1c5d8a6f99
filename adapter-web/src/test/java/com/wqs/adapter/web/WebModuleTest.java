package com.wqs.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.multibindings.Multibinder;
import com.wqs.adapter.web.http.Access;
import com.wqs.adapter.web.support.Credentials;
import com.wqs.adapter.web.support.HttpApi;
import com.wqs.adapter.web.support.WebTestServer;
import com.wqs.application.inmemory.InMemoryStore;
import com.wqs.application.inmemory.Pbkdf2PasswordHasher;
import com.wqs.application.port.out.Store;
import com.wqs.application.service.AuthPolicy;
import com.wqs.application.service.UseCases;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** The Guice wiring: the module provides the server, and route registrars bound elsewhere join it. */
class WebModuleTest {
    @Test
    void theModuleProvidesAServerWithTheRegistrarsOfOtherModules() {
        InMemoryStore store = new InMemoryStore();
        UseCases useCases = UseCases.create(store, new Pbkdf2PasswordHasher(), WebTestServer.TEST_PDF,
                Clock.systemUTC(), AuthPolicy.defaults());
        Injector injector = Guice.createInjector(
                new WebModule(WebConfig.defaults().withHost("127.0.0.1").withPort(0)),
                new AbstractModule() {
                    @Override
                    protected void configure() {
                        bind(UseCases.class).toInstance(useCases);
                        bind(Store.class).toInstance(store);
                        Multibinder.newSetBinder(binder(), RouteRegistrar.class).addBinding()
                                .toInstance(config -> config.routes.get("/hello", ctx -> ctx.result("hi"), Access.PUBLIC));
                    }
                });

        WebServer server = injector.getInstance(WebServer.class);
        assertThat(injector.getInstance(WebServer.class)).isSameAs(server);
        server.start();
        try {
            HttpApi http = new HttpApi(server.port());
            assertThat(http.get("/hello", Credentials.NONE).text()).isEqualTo("hi");
            assertThat(http.get("/health/ready", Credentials.NONE).status()).isEqualTo(200);
            assertThat(server.routes()).contains(new WebServer.Route("GET", "/hello"));
        } finally {
            server.stop();
        }
    }
}
