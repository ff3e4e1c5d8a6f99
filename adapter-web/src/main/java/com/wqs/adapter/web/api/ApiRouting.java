package com.wqs.adapter.web.api;

import com.wqs.adapter.web.json.JsonCodec;
import com.wqs.adapter.web.security.BrowserSessions;
import com.wqs.adapter.web.security.MetricsToken;
import com.wqs.application.service.UseCases;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Every route of the JSON API and the operations endpoints, declared from the use cases. */
public final class ApiRouting {
    private ApiRouting() {
    }

    public static ApiRoutes declare(UseCases useCases, BrowserSessions sessions, BooleanSupplier storeReady,
            PrometheusMeterRegistry registry, Supplier<String> openApiDocument, JsonCodec json,
            MetricsToken metricsToken) {
        List<ApiController> controllers = List.of(
                new OpsController(storeReady, registry, openApiDocument, json, metricsToken),
                new AuthController(useCases.authentication(), sessions, json),
                new UserController(useCases.users(), json),
                new LoginThrottleController(useCases.loginThrottles(), json),
                new CustomerController(useCases.customers(), useCases.customerHistory(), json),
                new CatalogController(useCases.catalog(), json),
                new CatalogCsvController(useCases.catalog(), json),
                new SettingsController(useCases.settings(), json),
                new QuoteController(useCases.findQuotes(), useCases.createQuote(), useCases.updateQuote(),
                        useCases.priceQuote(), useCases.quoteLifecycle(), useCases.quoteDelivery(), useCases.quotePdf(),
                        useCases.settings(), json),
                new DeliveryController(useCases.quoteDelivery(), json),
                new QuoteChoiceController(useCases.chooseOptions(), json),
                new QuoteCopyAndDiffController(useCases.diffQuote(), useCases.duplicateQuote(), json),
                new WorkOrderController(useCases.convertQuote(), useCases.workOrders(), useCases.settings(), json),
                new OffcutController(useCases.offcuts(), json),
                new StatisticsController(useCases.statistics(), useCases.productionOverview(), json));
        ApiRoutes routes = new ApiRoutes();
        controllers.forEach(controller -> controller.routes(routes));
        return routes;
    }
}
