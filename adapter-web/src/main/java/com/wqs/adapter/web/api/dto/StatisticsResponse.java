package com.wqs.adapter.web.api.dto;

import com.wqs.application.port.out.QuoteStatisticsReport;
import com.wqs.domain.quote.QuoteStatus;
import com.wqs.domain.workorder.WorkOrderStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboard figures. Maps are keyed by status name in lifecycle order; {@code averageValue} and
 * {@code winRate} are null when undefined; {@code monthly} holds the last 12 months, oldest first.
 */
public record StatisticsResponse(Map<String, StatusFigures> byStatus, long totalCount, String totalValue,
        String averageValue, String winRate, List<MonthFigures> monthly, List<QuoteSummaryResponse> recent,
        long expiringSoonCount, List<QuoteSummaryResponse> expiringSoon, Map<String, Long> workOrdersByStatus) {

    public static StatisticsResponse from(QuoteStatisticsReport r) {
        Map<String, StatusFigures> byStatus = new LinkedHashMap<>();
        for (QuoteStatus status : QuoteStatus.values()) {
            QuoteStatisticsReport.StatusFigures figures = r.byStatus().get(status);
            byStatus.put(status.name(), figures == null ? new StatusFigures(0, "0.00")
                    : new StatusFigures(figures.count(), Decimals.money(figures.value())));
        }
        Map<String, Long> workOrders = new LinkedHashMap<>();
        for (WorkOrderStatus status : WorkOrderStatus.values()) {
            workOrders.put(status.name(), r.workOrdersByStatus().getOrDefault(status, 0L));
        }
        return new StatisticsResponse(byStatus, r.totalCount(), Decimals.money(r.totalValue()),
                r.averageValue().map(Decimals::money).orElse(null),
                r.winRate().map(Decimals::decimal).orElse(null),
                r.monthly().stream().map(m -> new MonthFigures(m.month().toString(), m.count(),
                        Decimals.money(m.value()))).toList(),
                r.recent().stream().map(QuoteSummaryResponse::from).toList(), r.expiringSoonCount(),
                r.expiringSoon().stream().map(QuoteSummaryResponse::from).toList(), workOrders);
    }

    public record StatusFigures(long count, String value) {
    }

    /** {@code month} as {@code 2026-03}. */
    public record MonthFigures(String month, long count, String value) {
    }
}
