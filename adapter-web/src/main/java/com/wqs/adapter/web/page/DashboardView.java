package com.wqs.adapter.web.page;

import com.wqs.adapter.web.format.DisplayFormat;
import com.wqs.adapter.web.i18n.Messages;
import com.wqs.application.port.in.GetQuoteStatisticsUseCase.Scope;
import com.wqs.application.port.out.QuoteStatisticsReport;
import com.wqs.application.port.out.QuoteStatisticsReport.StatusFigures;
import com.wqs.application.port.out.QuoteSummary;
import com.wqs.domain.quote.QuoteStatus;
import com.wqs.domain.shared.Money;
import com.wqs.domain.workorder.WorkOrderStatus;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** The dashboard page's model: the statistics report formatted in the page's language, with the chart's geometry. */
public record DashboardView(
        Scope scope,
        boolean canSeeEveryone,
        LocalDate from,
        LocalDate to,
        String totalCount,
        String totalValue,
        String averageValue,
        String winRate,
        String pipelineValue,
        String pipelineCount,
        String pipelineHint,
        String expiringSoonCount,
        String expiringHint,
        List<StatusRow> statuses,
        MonthlyChart chart,
        List<QuoteSummary> recent,
        List<QuoteSummary> expiringSoon,
        List<WorkOrderRow> workOrders,
        long workOrderTotal) {

    /** One quote status: its count and value, and the bar length as a share of the largest count (0..100). */
    public record StatusRow(QuoteStatus status, String label, String count, String value, double share) {
    }

    public record WorkOrderRow(WorkOrderStatus status, String label, long count) {
    }

    public static DashboardView of(QuoteStatisticsReport report, DisplayFormat format, Messages messages, Scope scope,
            boolean canSeeEveryone, LocalDate from, LocalDate to) {
        long maxCount = Math.max(1, report.byStatus().values().stream().mapToLong(StatusFigures::count).max().orElse(0));
        List<StatusRow> statuses = Arrays.stream(QuoteStatus.values())
                .map(status -> {
                    StatusFigures figures = report.byStatus().getOrDefault(status, new StatusFigures(0, Money.ZERO));
                    return new StatusRow(status, messages.label(status), format.number(figures.count()),
                            format.money(figures.value()), Math.round(1000.0 * figures.count() / maxCount) / 10.0);
                })
                .toList();
        StatusFigures sent = report.byStatus().getOrDefault(QuoteStatus.SENT, new StatusFigures(0, Money.ZERO));
        List<WorkOrderRow> workOrders = Arrays.stream(WorkOrderStatus.values())
                .map(status -> new WorkOrderRow(status, messages.label(status),
                        report.workOrdersByStatus().getOrDefault(status, 0L)))
                .toList();
        return new DashboardView(
                scope,
                canSeeEveryone,
                from,
                to,
                format.number(report.totalCount()),
                format.money(report.totalValue()),
                report.averageValue().map(format::money).orElse("—"),
                report.winRate().map(format::percent).orElse("—"),
                format.money(sent.value()),
                format.number(sent.count()),
                messages.text(sent.count() == 1 ? "dashboard.kpi.pipeline.hint.one" : "dashboard.kpi.pipeline.hint.other",
                        format.number(sent.count())),
                format.number(report.expiringSoonCount()),
                messages.text(report.expiringSoonCount() == 1 ? "dashboard.kpi.average.hint.one"
                        : "dashboard.kpi.average.hint.other", format.number(report.expiringSoonCount())),
                statuses,
                MonthlyChart.of(report.monthly(), format, messages),
                report.recent(),
                report.expiringSoon(),
                workOrders,
                workOrders.stream().mapToLong(WorkOrderRow::count).sum());
    }

    public boolean everyone() {
        return scope == Scope.ALL;
    }
}
