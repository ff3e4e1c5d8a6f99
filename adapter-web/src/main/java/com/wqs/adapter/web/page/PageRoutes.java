package com.wqs.adapter.web.page;

import com.wqs.adapter.web.RouteRegistrar;
import com.wqs.adapter.web.error.ErrorPage;
import com.wqs.application.service.UseCases;
import io.javalin.config.JavalinConfig;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The HTML pages people use, rendered on the server from the use cases: sign-in, dashboard, quotes and
 * the quote editor, work orders, customers, catalogue, users and settings, with their static assets, and the
 * customer's page of a sent quote ({@code /p/{token}}, no account).
 */
public final class PageRoutes implements RouteRegistrar {
    private final UseCases useCases;
    private final PageRenderer renderer = new PageRenderer();

    @Inject
    public PageRoutes(UseCases useCases) {
        this.useCases = useCases;
    }

    @Override
    public Optional<ErrorPage> errorPage() {
        return Optional.of(new HtmlErrorPage(renderer));
    }

    @Override
    public void register(JavalinConfig config) {
        var routes = config.routes;
        StaticAssets.pages().register(routes);
        StaticAssets.swaggerUi().register(routes);
        new ApiDocsPage().register(routes);
        new LoginPage(useCases, renderer).register(routes);
        new DashboardPage(useCases, renderer).register(routes);
        new QuoteListPage(useCases, renderer).register(routes);
        new QuoteEditorPage(useCases, renderer).register(routes);
        new QuotePage(useCases, renderer).register(routes);
        new WorkOrderListPage(useCases, renderer).register(routes);
        new WorkOrderPage(useCases, renderer).register(routes);
        new CutListPage(useCases, renderer).register(routes);
        new OffcutPages(useCases, renderer).register(routes);
        new CustomerPages(useCases, renderer).register(routes);
        new CatalogPages(useCases, renderer).register(routes);
        new UserPages(useCases, renderer).register(routes);
        new SettingsPage(useCases, renderer).register(routes);
        new AccountPage(useCases, renderer).register(routes);
        new CustomerLinkPage(useCases.customerLinks(), renderer, java.time.Clock.systemUTC()).register(routes);
    }
}
