package com.wqs.adapter.web.page;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import com.wqs.adapter.web.RouteRegistrar;

/** Adds the HTML pages to the web server (install next to {@code WebModule}). */
public final class PagesModule extends AbstractModule {
    @Override
    protected void configure() {
        Multibinder.newSetBinder(binder(), RouteRegistrar.class).addBinding().to(PageRoutes.class);
    }
}
