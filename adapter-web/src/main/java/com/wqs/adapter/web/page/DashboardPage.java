package com.wqs.adapter.web.page;

import com.wqs.application.port.in.GetQuoteStatisticsUseCase.Scope;
import com.wqs.application.port.out.QuoteStatisticsReport;
import com.wqs.application.service.UseCases;
import com.wqs.domain.user.Role;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.time.LocalDate;
import java.util.Map;

/**
 * The dashboard, per role. SALES and ADMIN: the figures of the {@code QuoteStatistics} port for the user's own
 * quotes, or for everyone (an ADMIN's default). PRODUCTION: the production overview (work orders by status,
 * late, due this week, next deliveries, materials to order), which SALES and ADMIN reach with
 * {@code ?view=production}. A user without quotes or work orders sees zeros, never an error.
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
        Role role = viewer.actor().role();
        // PRODUCTION has its work orders only; ADMIN and SALES switch between their quotes and production.
        boolean production = role == Role.PRODUCTION || "production".equals(ctx.queryParam("view"));
        if (production) {
            renderer.render(ctx, "production-dashboard.jte", Map.of(
                    "shell", viewer.shell(ctx, viewer.text("dashboard.title"), Section.DASHBOARD),
                    "view", ProductionView.of(useCases.productionOverview().overview(viewer.actor()), viewer.messages()),
                    "showTabs", role != Role.PRODUCTION));
            return;
        }
        boolean admin = viewer.actor().isAdmin();
        // ADMIN sees everyone's quotes unless asking for their own.
        Scope scope = admin && !"me".equals(ctx.queryParam("scope")) ? Scope.ALL : Scope.ME;
        FormInput query = FormInput.ofQuery(ctx);
        LocalDate from = query.date("from");
        LocalDate to = query.date("to");
        query.requireValid();
        QuoteStatisticsReport report = useCases.statistics().statistics(viewer.actor(), scope, from, to);
        renderer.render(ctx, "dashboard.jte", Map.of(
                "shell", viewer.shell(ctx, viewer.text("dashboard.title"), Section.DASHBOARD),
                "view", DashboardView.of(report, viewer.format(), viewer.messages(), scope, admin, from, to),
                "notices", useCases.quoteDelivery().notices(viewer.actor()),
                "showTabs", true));
    }
}
