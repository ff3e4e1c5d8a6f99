package com.wqs.adapter.cli.command;

import com.google.inject.Module;
import com.wqs.adapter.web.WebConfig;
import com.wqs.adapter.web.WebModule;
import java.util.List;

/** The Guice modules of the web server: the API and the HTML pages. */
final class WebModules {
    /** Where a browser without a session is sent. */
    static final String LOGIN_PAGE = null;

    private WebModules() {
    }

    static List<Module> of(WebConfig config) {
        return List.of(new WebModule(config));
    }
}
