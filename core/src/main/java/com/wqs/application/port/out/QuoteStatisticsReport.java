package com.wqs.application.port.out;

import com.wqs.domain.quote.QuoteStatus;
import com.wqs.domain.shared.Money;
import com.wqs.domain.workorder.WorkOrderStatus;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The figures of the dashboard. {@code byStatus} has an entry for every status (zeros included),
 * {@code monthly} exactly 12 entries oldest first, {@code workOrdersByStatus} every work order status.
 * A quote's value is its current total. {@code averageValue} is total value / total count rounded
 * HALF_UP to the cent, absent when there are no quotes; {@code winRate} is
 * (ACCEPTED + CONVERTED) / (ACCEPTED + CONVERTED + REJECTED + EXPIRED) with 4 decimals HALF_UP, absent
 * when the divisor is 0. {@code recent}: the 5 most recently created quotes (newest first);
 * {@code expiringSoonCount}: SENT quotes valid until today .. today + 7 days, and
 * {@code expiringSoon} the first 10 of them, soonest first. Work orders are those of the scope's quotes.
 */
public record QuoteStatisticsReport(
        Map<QuoteStatus, StatusFigures> byStatus,
        long totalCount,
        Money totalValue,
        Optional<Money> averageValue,
        Optional<BigDecimal> winRate,
        List<MonthFigures> monthly,
        List<QuoteSummary> recent,
        long expiringSoonCount,
        List<QuoteSummary> expiringSoon,
        Map<WorkOrderStatus, Long> workOrdersByStatus) {

    public QuoteStatisticsReport {
        byStatus = Map.copyOf(byStatus);
        monthly = List.copyOf(monthly);
        recent = List.copyOf(recent);
        expiringSoon = List.copyOf(expiringSoon);
        workOrdersByStatus = Map.copyOf(workOrdersByStatus);
    }

    public static final int RECENT_LIMIT = 5;
    public static final int EXPIRING_LIST_LIMIT = 10;
    public static final int EXPIRING_WITHIN_DAYS = 7;

    public record StatusFigures(long count, Money value) {
    }

    public record MonthFigures(YearMonth month, long count, Money value) {
    }
}
