package com.wqs.adapter.web;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.wqs.application.port.out.Store;
import com.wqs.application.service.UseCases;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import java.util.Set;

/**
 * Provides the {@link WebServer}. Needs {@link UseCases} and {@link Store} bound elsewhere (the
 * composition root); HTML pages contribute routes with
 * {@code Multibinder.newSetBinder(binder(), RouteRegistrar.class).addBinding().to(...)}.
 */
public final class WebModule extends AbstractModule {
    private final WebConfig config;

    public WebModule(WebConfig config) {
        this.config = config;
    }

    @Override
    protected void configure() {
        bind(WebConfig.class).toInstance(config);
        Multibinder.newSetBinder(binder(), RouteRegistrar.class);
    }

    @Provides
    @Singleton
    PrometheusMeterRegistry meterRegistry() {
        return new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    }

    @Provides
    @Singleton
    WebServer webServer(UseCases useCases, Store store, WebConfig webConfig, PrometheusMeterRegistry registry,
            Set<RouteRegistrar> registrars) {
        return new WebServer(useCases, store, webConfig, registry, List.copyOf(registrars));
    }
}
