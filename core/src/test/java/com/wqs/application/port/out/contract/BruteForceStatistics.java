package com.wqs.application.port.out.contract;

import com.wqs.application.port.out.QuoteStatisticsReport;
import com.wqs.application.port.out.QuoteStatisticsReport.MonthFigures;
import com.wqs.application.port.out.QuoteStatisticsReport.StatusFigures;
import com.wqs.application.port.out.QuoteSummary;
import com.wqs.application.port.out.StatisticsQuery;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.customer.CustomerId;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteId;
import com.wqs.domain.quote.QuoteStatus;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dashboard figures computed the obvious way, by looping over the quotes and work orders the test
 * put in the store: the reference every {@code QuoteStatistics} implementation is compared with.
 * Written from the port's Javadoc, independently of any store.
 */
final class BruteForceStatistics {
    private final List<Quote> quotes;
    private final Map<CustomerId, Customer> customers = new HashMap<>();
    private final List<WorkOrder> workOrders;
    private final Map<QuoteId, Quote> quotesById = new HashMap<>();

    BruteForceStatistics(List<Quote> quotes, List<Customer> customers, List<WorkOrder> workOrders) {
        this.quotes = List.copyOf(quotes);
        this.workOrders = List.copyOf(workOrders);
        customers.forEach(c -> this.customers.put(c.id(), c));
        quotes.forEach(q -> quotesById.put(q.id(), q));
    }

    QuoteStatisticsReport compute(StatisticsQuery query) {
        List<Quote> scope = new ArrayList<>();
        for (Quote quote : quotes) {
            if (query.ownerId() == null || quote.ownerId().equals(query.ownerId())) {
                scope.add(quote);
            }
        }
        List<Quote> counted = new ArrayList<>();
        for (Quote quote : scope) {
            boolean afterStart = query.from() == null || !quote.createdAt().isBefore(query.from());
            boolean beforeEnd = query.to() == null || quote.createdAt().isBefore(query.to());
            if (afterStart && beforeEnd) {
                counted.add(quote);
            }
        }

        Map<QuoteStatus, StatusFigures> byStatus = new EnumMap<>(QuoteStatus.class);
        for (QuoteStatus status : QuoteStatus.values()) {
            long count = 0;
            BigDecimal value = BigDecimal.ZERO;
            for (Quote quote : counted) {
                if (quote.status() == status) {
                    count++;
                    value = value.add(quote.pricing().total().amount());
                }
            }
            byStatus.put(status, new StatusFigures(count, Money.of(value)));
        }

        BigDecimal totalValue = BigDecimal.ZERO;
        for (Quote quote : counted) {
            totalValue = totalValue.add(quote.pricing().total().amount());
        }
        Optional<Money> average = counted.isEmpty() ? Optional.empty()
                : Optional.of(Money.of(totalValue.divide(BigDecimal.valueOf(counted.size()), 2, RoundingMode.HALF_UP)));

        long won = byStatus.get(QuoteStatus.ACCEPTED).count() + byStatus.get(QuoteStatus.CONVERTED).count();
        long lost = byStatus.get(QuoteStatus.REJECTED).count() + byStatus.get(QuoteStatus.EXPIRED).count();
        Optional<BigDecimal> winRate = won + lost == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(won).divide(BigDecimal.valueOf(won + lost), 4, RoundingMode.HALF_UP));

        return new QuoteStatisticsReport(byStatus, counted.size(), Money.of(totalValue), average, winRate,
                monthly(scope, query), recent(scope), expiringCount(scope, query), expiringList(scope, query),
                workOrdersPerStatus(query));
    }

    private static List<MonthFigures> monthly(List<Quote> scope, StatisticsQuery query) {
        YearMonth current = YearMonth.from(LocalDate.ofInstant(query.now(), query.zone()));
        List<MonthFigures> months = new ArrayList<>();
        for (int back = 11; back >= 0; back--) {
            YearMonth month = current.minusMonths(back);
            long count = 0;
            BigDecimal value = BigDecimal.ZERO;
            for (Quote quote : scope) {
                if (YearMonth.from(LocalDate.ofInstant(quote.createdAt(), query.zone())).equals(month)) {
                    count++;
                    value = value.add(quote.pricing().total().amount());
                }
            }
            months.add(new MonthFigures(month, count, Money.of(value)));
        }
        return months;
    }

    private List<QuoteSummary> recent(List<Quote> scope) {
        List<Quote> newestFirst = new ArrayList<>(scope);
        newestFirst.sort(Comparator.comparing(Quote::createdAt).reversed());
        return newestFirst.stream().limit(5).map(this::summary).toList();
    }

    private static List<Quote> expiring(List<Quote> scope, StatisticsQuery query) {
        LocalDate today = LocalDate.ofInstant(query.now(), query.zone());
        List<Quote> expiring = new ArrayList<>();
        for (Quote quote : scope) {
            boolean inWindow = !quote.validUntil().isBefore(today) && !quote.validUntil().isAfter(today.plusDays(7));
            if (quote.status() == QuoteStatus.SENT && inWindow) {
                expiring.add(quote);
            }
        }
        expiring.sort(Comparator.comparing(Quote::validUntil).thenComparing(Quote::number));
        return expiring;
    }

    private static long expiringCount(List<Quote> scope, StatisticsQuery query) {
        return expiring(scope, query).size();
    }

    private List<QuoteSummary> expiringList(List<Quote> scope, StatisticsQuery query) {
        return expiring(scope, query).stream().limit(10).map(this::summary).toList();
    }

    private Map<WorkOrderStatus, Long> workOrdersPerStatus(StatisticsQuery query) {
        Map<WorkOrderStatus, Long> counts = new EnumMap<>(WorkOrderStatus.class);
        for (WorkOrderStatus status : WorkOrderStatus.values()) {
            counts.put(status, 0L);
        }
        for (WorkOrder workOrder : workOrders) {
            Quote quote = quotesById.get(workOrder.quoteId());
            if (query.ownerId() == null || quote.ownerId().equals(query.ownerId())) {
                counts.put(workOrder.status(), counts.get(workOrder.status()) + 1);
            }
        }
        return counts;
    }

    private QuoteSummary summary(Quote quote) {
        return new QuoteSummary(quote.id(), quote.number(), quote.ownerId(), quote.customerId(),
                customers.get(quote.customerId()).name(), quote.status(), quote.revision(), quote.pricing().total(),
                quote.validUntil(), quote.createdAt(), quote.updatedAt());
    }
}
