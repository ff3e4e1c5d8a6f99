package com.wqs.adapter.web.page;

import com.wqs.application.port.in.GetQuoteStatisticsUseCase.Scope;
import com.wqs.application.port.out.QuoteStatisticsReport;
import com.wqs.application.service.UseCases;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.time.LocalDate;
import java.util.Map;

/**
 * The dashboard: the figures of the {@code QuoteStatistics} port for the user's own quotes, or for
 * everyone when an ADMIN switches to it. A user without quotes sees zeros, never an error.
 */
final class DashboardPage {
    private final UseCases useCases;
    private final PageRenderer renderer;

    DashboardPage(UseCases useCases, PageRenderer renderer) {
        this.useCases = useCases;
        this.renderer = renderer;
    }

    void register(JavalinDefaultRoutingApi routes) {
        routes.get("/dashboard", this::show);
    }

    private void show(Context ctx) {
        Viewer viewer = Viewer.of(ctx, useCases);
        boolean admin = viewer.actor().isAdmin();
        Scope scope = admin && "all".equals(ctx.queryParam("scope")) ? Scope.ALL : Scope.ME;
        FormInput query = FormInput.ofQuery(ctx);
        LocalDate from = query.date("from");
        LocalDate to = query.date("to");
        query.requireValid();
        QuoteStatisticsReport report = useCases.statistics().statistics(viewer.actor(), scope, from, to);
        renderer.render(ctx, "dashboard.jte", Map.of(
                "shell", viewer.shell(ctx, "Dashboard", Section.DASHBOARD),
                "view", DashboardView.of(report, viewer.format(), scope, admin, from, to),
                "notices", useCases.quoteDelivery().notices(viewer.actor())));
    }
}
