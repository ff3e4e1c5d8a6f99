package com.wqs.adapter.web.api;

import com.wqs.adapter.web.api.dto.ProductionOverviewResponse;
import com.wqs.adapter.web.api.dto.StatisticsResponse;
import com.wqs.adapter.web.json.JsonCodec;
import com.wqs.adapter.web.security.RequestAuth;
import com.wqs.application.port.in.GetQuoteStatisticsUseCase;
import com.wqs.application.port.in.GetQuoteStatisticsUseCase.Scope;
import com.wqs.application.port.in.ProductionOverviewUseCase;
import com.wqs.domain.shared.ValidationException;
import io.javalin.http.Context;
import java.util.List;

/** The dashboard figures, from the explicit statistics port. */
final class StatisticsController implements ApiController {
    private final GetQuoteStatisticsUseCase statistics;
    private final ProductionOverviewUseCase production;
    private final JsonCodec json;

    StatisticsController(GetQuoteStatisticsUseCase statistics, ProductionOverviewUseCase production, JsonCodec json) {
        this.statistics = statistics;
        this.production = production;
        this.json = json;
    }

    @Override
    public void routes(ApiRoutes api) {
        api.tag("statistics");
        api.get("/stats/quotes", this::quotes)
                .summary("Quote statistics of the user's own quotes (scope=me) or everyone's (scope=all, ADMIN)")
                .queryEnum("scope", List.of("me", "all"), "whose quotes (default me)")
                .query("from", "string", "date", "count quotes created on or after this day")
                .query("to", "string", "date", "count quotes created on or before this day")
                .returns(StatisticsResponse.class).errors(403);
        api.get("/stats/production", ctx -> json.ok(ctx,
                        ProductionOverviewResponse.from(production.overview(RequestAuth.actor(ctx)))))
                .summary("The production overview: work orders by status, overdue, due this week, next deliveries and"
                        + " the materials to order (ADMIN and PRODUCTION: every work order; SALES: their quotes')")
                .returns(ProductionOverviewResponse.class);
    }

    private void quotes(Context ctx) {
        String scopeText = Params.text(ctx, "scope");
        Scope scope = switch (scopeText == null ? "me" : scopeText) {
            case "me" -> Scope.ME;
            case "all" -> Scope.ALL;
            default -> throw new ValidationException("scope", "must be me or all");
        };
        var report = statistics.statistics(RequestAuth.actor(ctx), scope, Params.optionalDate(ctx, "from"),
                Params.optionalDate(ctx, "to"));
        json.ok(ctx, StatisticsResponse.from(report));
    }
}
