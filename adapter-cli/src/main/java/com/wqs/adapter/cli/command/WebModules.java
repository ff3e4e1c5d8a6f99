package com.wqs.adapter.cli.command;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.multibindings.Multibinder;
import com.wqs.adapter.web.RouteRegistrar;
import com.wqs.adapter.web.WebConfig;
import com.wqs.adapter.web.WebModule;
import com.wqs.adapter.web.page.PageRoutes;
import java.util.List;

/** The Guice modules of the web server: the JSON API and the HTML pages. */
final class WebModules {
    /** Where a browser without a session is sent. */
    static final String LOGIN_PAGE = "/login";

    private WebModules() {
    }

    static List<Module> of(WebConfig config) {
        return List.of(new WebModule(config), new HtmlPagesModule());
    }

    /** Adds the HTML pages to the server's routes. */
    private static final class HtmlPagesModule extends AbstractModule {
        @Override
        protected void configure() {
            Multibinder.newSetBinder(binder(), RouteRegistrar.class).addBinding().to(PageRoutes.class);
        }
    }
}
