package com.wqs.application.inmemory;

import com.wqs.application.port.out.QuoteStatistics;
import com.wqs.application.port.out.QuoteStatisticsReport;
import com.wqs.application.port.out.QuoteStatisticsReport.MonthFigures;
import com.wqs.application.port.out.QuoteStatisticsReport.StatusFigures;
import com.wqs.application.port.out.QuoteSummary;
import com.wqs.application.port.out.StatisticsQuery;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteStatus;
import com.wqs.domain.quote.WinRate;
import com.wqs.domain.shared.Money;
import com.wqs.domain.workorder.WorkOrder;
import com.wqs.domain.workorder.WorkOrderStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The dashboard figures by plain iteration over the stored quotes. The in-memory store has no indexes
 * to aggregate over; iterating its own maps is its equivalent of a table scan (nothing is loaded).
 */
final class InMemoryQuoteStatistics implements QuoteStatistics {
    private static final int MONTHS = 12;

    private final InMemoryDatabase database;

    InMemoryQuoteStatistics(InMemoryDatabase database) {
        this.database = database;
    }

    @Override
    public QuoteStatisticsReport compute(StatisticsQuery query) {
        return database.read(tables -> compute(query, tables));
    }

    private static QuoteStatisticsReport compute(StatisticsQuery query, Tables tables) {
        List<Quote> scope = tables.quotes.values().stream()
                .filter(q -> query.ownerId() == null || query.ownerId().equals(q.ownerId()))
                .toList();
        List<Quote> inPeriod = scope.stream().filter(q -> inPeriod(q, query)).toList();

        Map<QuoteStatus, StatusFigures> byStatus = byStatus(inPeriod);
        long totalCount = inPeriod.size();
        Money totalValue = sum(inPeriod);
        Optional<Money> average = totalCount == 0 ? Optional.empty()
                : Optional.of(Money.of(totalValue.amount().divide(BigDecimal.valueOf(totalCount), Money.SCALE,
                        RoundingMode.HALF_UP)));
        return new QuoteStatisticsReport(byStatus, totalCount, totalValue, average, winRate(byStatus),
                monthly(scope, query), recent(scope, tables), expiringCount(scope, query),
                expiring(scope, query, tables), workOrders(query, tables));
    }

    private static boolean inPeriod(Quote quote, StatisticsQuery query) {
        return (query.from() == null || !quote.createdAt().isBefore(query.from()))
                && (query.to() == null || quote.createdAt().isBefore(query.to()));
    }

    private static Map<QuoteStatus, StatusFigures> byStatus(List<Quote> quotes) {
        Map<QuoteStatus, StatusFigures> figures = new EnumMap<>(QuoteStatus.class);
        for (QuoteStatus status : QuoteStatus.values()) {
            List<Quote> ofStatus = quotes.stream().filter(q -> q.status() == status).toList();
            figures.put(status, new StatusFigures(ofStatus.size(), sum(ofStatus)));
        }
        return figures;
    }

    private static Optional<BigDecimal> winRate(Map<QuoteStatus, StatusFigures> byStatus) {
        return WinRate.of(status -> byStatus.get(status).count());
    }

    private static List<MonthFigures> monthly(List<Quote> scope, StatisticsQuery query) {
        Map<YearMonth, List<Quote>> byMonth = scope.stream()
                .collect(Collectors.groupingBy(q -> YearMonth.from(q.createdAt().atZone(query.zone()))));
        YearMonth current = YearMonth.from(query.now().atZone(query.zone()));
        List<MonthFigures> months = new ArrayList<>(MONTHS);
        for (int back = MONTHS - 1; back >= 0; back--) {
            YearMonth month = current.minusMonths(back);
            List<Quote> created = byMonth.getOrDefault(month, List.of());
            months.add(new MonthFigures(month, created.size(), sum(created)));
        }
        return months;
    }

    private static List<QuoteSummary> recent(List<Quote> scope, Tables tables) {
        return scope.stream()
                .sorted(Comparator.comparing(Quote::createdAt).thenComparing(Quote::number).reversed())
                .limit(QuoteStatisticsReport.RECENT_LIMIT)
                .map(q -> QuoteRows.summary(q, tables))
                .toList();
    }

    private static long expiringCount(List<Quote> scope, StatisticsQuery query) {
        return scope.stream().filter(q -> expiringSoon(q, query)).count();
    }

    private static List<QuoteSummary> expiring(List<Quote> scope, StatisticsQuery query, Tables tables) {
        return scope.stream()
                .filter(q -> expiringSoon(q, query))
                .sorted(Comparator.comparing(Quote::validUntil).thenComparing(Quote::number))
                .limit(QuoteStatisticsReport.EXPIRING_LIST_LIMIT)
                .map(q -> QuoteRows.summary(q, tables))
                .toList();
    }

    private static boolean expiringSoon(Quote quote, StatisticsQuery query) {
        LocalDate today = LocalDate.ofInstant(query.now(), query.zone());
        LocalDate last = today.plusDays(QuoteStatisticsReport.EXPIRING_WITHIN_DAYS);
        return quote.status() == QuoteStatus.SENT
                && !quote.validUntil().isBefore(today) && !quote.validUntil().isAfter(last);
    }

    private static Map<WorkOrderStatus, Long> workOrders(StatisticsQuery query, Tables tables) {
        Map<WorkOrderStatus, Long> counts = new EnumMap<>(WorkOrderStatus.class);
        for (WorkOrderStatus status : WorkOrderStatus.values()) {
            counts.put(status, 0L);
        }
        for (WorkOrder workOrder : tables.workOrders.values()) {
            if (query.ownerId() == null || query.ownerId().equals(workOrder.quoteOwnerId())) {
                counts.merge(workOrder.status(), 1L, Long::sum);
            }
        }
        return counts;
    }

    private static Money sum(List<Quote> quotes) {
        return quotes.stream().map(q -> q.pricing().total()).reduce(Money.ZERO, Money::plus);
    }
}
