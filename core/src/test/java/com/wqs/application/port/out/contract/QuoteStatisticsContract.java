package com.wqs.application.port.out.contract;

import static com.wqs.testing.QuoteBuilder.aQuote;
import static com.wqs.testing.WorkOrderBuilder.aWorkOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.application.port.out.QuoteStatisticsReport;
import com.wqs.application.port.out.QuoteStatisticsReport.MonthFigures;
import com.wqs.application.port.out.QuoteStatisticsReport.StatusFigures;
import com.wqs.application.port.out.QuoteSummary;
import com.wqs.application.port.out.StatisticsQuery;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteStatus;
import com.wqs.domain.shared.Money;
import com.wqs.domain.user.User;
import com.wqs.domain.user.UserId;
import com.wqs.domain.workorder.WorkOrder;
import com.wqs.domain.workorder.WorkOrderStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link com.wqs.application.port.out.QuoteStatistics}: hand-checked figures for each
 * rule of {@link QuoteStatisticsReport} and {@link StatisticsQuery}, then seeded random data sets
 * (including one user with more than 1,000 quotes) whose every figure must equal a brute-force
 * computation over the same data ({@link BruteForceStatistics}).
 */
public abstract class QuoteStatisticsContract extends StoreContract {
    /** UTC-6 all year: 21:30 on 14 March locally, already 15 March in UTC. */
    private static final ZoneId ZONE = ZoneId.of("America/Mexico_City");
    private static final Instant AT = Instant.parse("2026-03-15T03:30:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 14);
    private static final Instant THIS_MONTH = Instant.parse("2026-03-02T18:00:00Z");

    private QuoteStatisticsReport compute(UserId owner, Instant from, Instant to) {
        return store.statistics().compute(new StatisticsQuery(owner, from, to, AT, ZONE));
    }

    private Quote givenQuote(User owner, QuoteStatus status, String total, Instant createdAt) {
        return givenQuote(aQuote().owner(owner).status(status).total(total).createdAt(createdAt));
    }

    @Test
    void anEmptyStoreHasZerosForEveryKeyAndNoRates() {
        QuoteStatisticsReport report = compute(null, null, null);

        assertThat(report.byStatus()).containsOnlyKeys(QuoteStatus.values())
                .allSatisfy((status, figures) -> assertThat(figures).isEqualTo(new StatusFigures(0, Money.ZERO)));
        assertThat(report.totalCount()).isZero();
        assertThat(report.totalValue()).isEqualTo(Money.ZERO);
        assertThat(report.averageValue()).isEmpty();
        assertThat(report.winRate()).isEmpty();
        assertThat(report.monthly()).extracting(MonthFigures::month).containsExactly(
                YearMonth.of(2025, 4), YearMonth.of(2025, 5), YearMonth.of(2025, 6), YearMonth.of(2025, 7),
                YearMonth.of(2025, 8), YearMonth.of(2025, 9), YearMonth.of(2025, 10), YearMonth.of(2025, 11),
                YearMonth.of(2025, 12), YearMonth.of(2026, 1), YearMonth.of(2026, 2), YearMonth.of(2026, 3));
        assertThat(report.monthly()).allSatisfy(m -> {
            assertThat(m.count()).isZero();
            assertThat(m.value()).isEqualTo(Money.ZERO);
        });
        assertThat(report.recent()).isEmpty();
        assertThat(report.expiringSoonCount()).isZero();
        assertThat(report.expiringSoon()).isEmpty();
        assertThat(report.workOrdersByStatus()).containsOnlyKeys(WorkOrderStatus.values()).containsValue(0L)
                .doesNotContainValue(1L);
    }

    @Test
    void figuresPerStatusTotalAverageAndWinRate() {
        User owner = givenUser();
        givenQuote(owner, QuoteStatus.ACCEPTED, "100.00", THIS_MONTH);
        givenQuote(owner, QuoteStatus.CONVERTED, "200.00", THIS_MONTH.plusSeconds(1));
        givenQuote(owner, QuoteStatus.REJECTED, "50.00", THIS_MONTH.plusSeconds(2));
        givenQuote(owner, QuoteStatus.DRAFT, "10.00", THIS_MONTH.plusSeconds(3));
        givenQuote(owner, QuoteStatus.SENT, "33.33", THIS_MONTH.plusSeconds(4));
        givenQuote(owner, QuoteStatus.CANCELLED, "1.00", THIS_MONTH.plusSeconds(5));
        givenQuote(owner, QuoteStatus.ACCEPTED, "0.01", THIS_MONTH.plusSeconds(6));

        QuoteStatisticsReport report = compute(owner.id(), null, null);

        assertThat(report.byStatus().get(QuoteStatus.ACCEPTED)).isEqualTo(new StatusFigures(2, Money.of("100.01")));
        assertThat(report.byStatus().get(QuoteStatus.CONVERTED)).isEqualTo(new StatusFigures(1, Money.of("200.00")));
        assertThat(report.byStatus().get(QuoteStatus.REJECTED)).isEqualTo(new StatusFigures(1, Money.of("50.00")));
        assertThat(report.byStatus().get(QuoteStatus.EXPIRED)).isEqualTo(new StatusFigures(0, Money.ZERO));
        assertThat(report.totalCount()).isEqualTo(7);
        assertThat(report.totalValue()).isEqualTo(Money.of("394.34"));
        assertThat(report.averageValue()).contains(Money.of("56.33"));
        assertThat(report.winRate()).contains(new BigDecimal("0.7500"));
    }

    @Test
    void winRateHasFourDecimalsRoundedHalfUpAndCountsExpiredAsLost() {
        User owner = givenUser();
        givenQuote(owner, QuoteStatus.ACCEPTED, "1.00", THIS_MONTH);
        givenQuote(owner, QuoteStatus.CONVERTED, "1.00", THIS_MONTH.plusSeconds(1));
        givenQuote(owner, QuoteStatus.REJECTED, "1.00", THIS_MONTH.plusSeconds(2));
        assertThat(compute(owner.id(), null, null).winRate()).contains(new BigDecimal("0.6667"));

        givenQuote(owner, QuoteStatus.EXPIRED, "1.00", THIS_MONTH.plusSeconds(3));
        givenQuote(owner, QuoteStatus.EXPIRED, "1.00", THIS_MONTH.plusSeconds(4));
        givenQuote(owner, QuoteStatus.EXPIRED, "1.00", THIS_MONTH.plusSeconds(5));
        assertThat(compute(owner.id(), null, null).winRate()).contains(new BigDecimal("0.3333"));
    }

    @Test
    void noWinRateWithoutDecidedQuotes() {
        User owner = givenUser();
        givenQuote(owner, QuoteStatus.DRAFT, "10.00", THIS_MONTH);
        givenQuote(owner, QuoteStatus.SENT, "10.00", THIS_MONTH.plusSeconds(1));
        givenQuote(owner, QuoteStatus.CANCELLED, "10.00", THIS_MONTH.plusSeconds(2));

        QuoteStatisticsReport report = compute(owner.id(), null, null);

        assertThat(report.winRate()).isEmpty();
        assertThat(report.averageValue()).contains(Money.of("10.00"));
    }

    @Test
    void averageIsRoundedHalfUpToTheCent() {
        User owner = givenUser();
        givenQuote(owner, QuoteStatus.DRAFT, "0.01", THIS_MONTH);
        givenQuote(owner, QuoteStatus.DRAFT, "0.00", THIS_MONTH.plusSeconds(1));

        assertThat(compute(owner.id(), null, null).averageValue()).contains(Money.of("0.01"));
    }

    @Test
    void thePeriodRestrictsTheStatusFiguresOnly() {
        User owner = givenUser();
        Instant january = Instant.parse("2026-01-10T15:00:00Z");
        Instant february = Instant.parse("2026-02-05T15:00:00Z");
        Instant march = Instant.parse("2026-03-01T15:00:00Z");
        Quote old = givenQuote(aQuote().owner(owner).sent().total("10.00").createdAt(january).validUntil(TODAY));
        Quote inPeriod = givenQuote(owner, QuoteStatus.REJECTED, "20.00", february);
        Quote after = givenQuote(owner, QuoteStatus.ACCEPTED, "40.00", march);
        store.workOrders().insert(aWorkOrder().forQuote(after).build());

        QuoteStatisticsReport report = compute(owner.id(), february, march);

        assertThat(report.totalCount()).isEqualTo(1);
        assertThat(report.totalValue()).isEqualTo(Money.of("20.00"));
        assertThat(report.byStatus().get(QuoteStatus.REJECTED).count()).isEqualTo(1);
        assertThat(report.byStatus().get(QuoteStatus.SENT).count()).isZero();
        assertThat(report.byStatus().get(QuoteStatus.ACCEPTED).count()).isZero();
        assertThat(report.winRate()).contains(new BigDecimal("0.0000"));
        assertThat(report.monthly()).extracting(MonthFigures::count).containsExactly(0L, 0L, 0L, 0L, 0L, 0L, 0L,
                0L, 0L, 1L, 1L, 1L);
        assertThat(report.recent()).extracting(QuoteSummary::id).containsExactly(after.id(), inPeriod.id(), old.id());
        assertThat(report.expiringSoon()).extracting(QuoteSummary::id).containsExactly(old.id());
        assertThat(report.workOrdersByStatus()).containsEntry(WorkOrderStatus.PENDING, 1L);
        assertThat(compute(owner.id(), february, null).totalCount()).isEqualTo(2);
        assertThat(compute(owner.id(), null, february).totalCount()).isEqualTo(1);
    }

    @Test
    void monthsAreCalendarMonthsInTheQueryZone() {
        User owner = givenUser();
        givenQuote(owner, QuoteStatus.DRAFT, "1.00", Instant.parse("2026-03-01T05:59:59.999Z"));
        givenQuote(owner, QuoteStatus.DRAFT, "2.00", Instant.parse("2026-03-01T06:00:00Z"));
        givenQuote(owner, QuoteStatus.DRAFT, "4.00", Instant.parse("2025-04-01T06:00:00Z"));
        givenQuote(owner, QuoteStatus.DRAFT, "8.00", Instant.parse("2025-04-01T05:59:59.999Z"));
        givenQuote(owner, QuoteStatus.DRAFT, "16.00", Instant.parse("2026-03-15T03:00:00Z"));

        QuoteStatisticsReport report = compute(owner.id(), null, null);

        assertThat(report.monthly().get(0)).isEqualTo(new MonthFigures(YearMonth.of(2025, 4), 1, Money.of("4.00")));
        assertThat(report.monthly().get(10)).isEqualTo(new MonthFigures(YearMonth.of(2026, 2), 1, Money.of("1.00")));
        assertThat(report.monthly().get(11)).isEqualTo(new MonthFigures(YearMonth.of(2026, 3), 2, Money.of("18.00")));
        assertThat(report.monthly()).extracting(MonthFigures::count).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 0L,
                0L, 0L, 0L, 1L, 2L);
        assertThat(report.totalCount()).isEqualTo(5);
    }

    @Test
    void expiringSoonIsSentQuotesValidFromTodayToASevenDaysAheadInTheZone() {
        User owner = givenUser();
        givenQuote(aQuote().owner(owner).sent().validUntil(TODAY.minusDays(1)));
        Quote today = givenQuote(aQuote().owner(owner).sent().validUntil(TODAY));
        Quote lastDay = givenQuote(aQuote().owner(owner).sent().validUntil(TODAY.plusDays(7)));
        givenQuote(aQuote().owner(owner).sent().validUntil(TODAY.plusDays(8)));
        givenQuote(aQuote().owner(owner).draft().validUntil(TODAY.plusDays(1)));
        givenQuote(aQuote().owner(owner).accepted().validUntil(TODAY.plusDays(1)));
        givenQuote(aQuote().owner(owner).expired().validUntil(TODAY));

        QuoteStatisticsReport report = compute(owner.id(), null, null);

        assertThat(report.expiringSoonCount()).isEqualTo(2);
        assertThat(report.expiringSoon()).extracting(QuoteSummary::id).containsExactly(today.id(), lastDay.id());
    }

    @Test
    void expiringSoonListsTheTenSoonestAndCountsThemAll() {
        User owner = givenUser();
        List<Quote> expiring = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            expiring.add(aQuote().owner(owner).sent().number(String.format("Q-2026-%05d", 500 - i))
                    .validUntil(TODAY.plusDays(i % 4)).build());
        }
        List<Quote> shuffled = new ArrayList<>(expiring);
        Collections.shuffle(shuffled, new Random(7));
        for (Quote quote : shuffled) {
            ensureReferencesOf(quote);
            store.quotes().insert(quote);
        }

        QuoteStatisticsReport report = compute(owner.id(), null, null);

        List<String> soonest = expiring.stream()
                .sorted((a, b) -> a.validUntil().equals(b.validUntil()) ? a.number().compareTo(b.number())
                        : a.validUntil().compareTo(b.validUntil()))
                .limit(10).map(Quote::number).toList();
        assertThat(report.expiringSoonCount()).isEqualTo(12);
        assertThat(report.expiringSoon()).extracting(QuoteSummary::number).containsExactlyElementsOf(soonest);
    }

    @Test
    void recentAreTheFiveNewestQuotesWithTheirSummaries() {
        User owner = givenUser();
        List<Quote> quotes = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            quotes.add(givenQuote(owner, QuoteStatus.values()[day], (day + 1) + ".00",
                    Instant.parse("2026-01-01T12:00:00Z").plus(Duration.ofDays(day * 9L))));
        }
        Customer customer = store.customers().findById(quotes.get(6).customerId()).orElseThrow();
        Quote newest = quotes.get(6);

        QuoteStatisticsReport report = compute(owner.id(), null, Instant.parse("2026-01-02T00:00:00Z"));

        assertThat(report.recent()).extracting(QuoteSummary::id).containsExactly(quotes.get(6).id(),
                quotes.get(5).id(), quotes.get(4).id(), quotes.get(3).id(), quotes.get(2).id());
        assertThat(report.recent().get(0)).isEqualTo(new QuoteSummary(newest.id(), newest.number(), owner.id(),
                customer.id(), customer.name(), newest.status(), newest.revision(), Money.of("7.00"),
                newest.validUntil(), newest.createdAt(), newest.updatedAt()));
    }

    @Test
    void theScopeIsOneOwnersQuotesAndTheirWorkOrdersOrEveryone() {
        User ana = givenUser();
        User bruno = givenUser();
        Quote anas = givenQuote(ana, QuoteStatus.CONVERTED, "100.00", THIS_MONTH);
        givenQuote(ana, QuoteStatus.DRAFT, "5.00", THIS_MONTH.plusSeconds(1));
        Quote brunos = givenQuote(bruno, QuoteStatus.ACCEPTED, "300.00", THIS_MONTH.plusSeconds(2));
        store.workOrders().insert(aWorkOrder().forQuote(anas).status(WorkOrderStatus.IN_PRODUCTION).build());
        store.workOrders().insert(aWorkOrder().forQuote(brunos).status(WorkOrderStatus.PENDING).build());

        QuoteStatisticsReport anaReport = compute(ana.id(), null, null);
        QuoteStatisticsReport everyone = compute(null, null, null);
        QuoteStatisticsReport nobody = compute(givenUser().id(), null, null);

        assertThat(anaReport.totalCount()).isEqualTo(2);
        assertThat(anaReport.totalValue()).isEqualTo(Money.of("105.00"));
        assertThat(anaReport.workOrdersByStatus()).containsEntry(WorkOrderStatus.IN_PRODUCTION, 1L)
                .containsEntry(WorkOrderStatus.PENDING, 0L);
        assertThat(everyone.totalCount()).isEqualTo(3);
        assertThat(everyone.totalValue()).isEqualTo(Money.of("405.00"));
        assertThat(everyone.workOrdersByStatus()).containsEntry(WorkOrderStatus.IN_PRODUCTION, 1L)
                .containsEntry(WorkOrderStatus.PENDING, 1L);
        assertThat(nobody.totalCount()).isZero();
        assertThat(nobody.recent()).isEmpty();
        assertThat(nobody.workOrdersByStatus().values()).containsOnly(0L);
    }

    @Test
    void everyFigureEqualsABruteForceComputationOverRandomData() {
        assertEqualsBruteForce(20_260_315L);
    }

    @Test
    void everyFigureEqualsABruteForceComputationOverOtherRandomData() {
        assertEqualsBruteForce(42L);
    }

    private void assertEqualsBruteForce(long seed) {
        RandomQuotes data = new RandomQuotes(seed, AT, ZONE);
        List<User> users = data.users(user -> givenUser(user));
        List<Customer> customers = data.customers(customer -> givenCustomer(customer));
        List<Quote> quotes = data.quotes(users, customers);
        List<WorkOrder> workOrders = data.workOrders(quotes);
        store.transactions().run(() -> {
            quotes.forEach(store.quotes()::insert);
            workOrders.forEach(store.workOrders()::insert);
        });
        BruteForceStatistics bruteForce = new BruteForceStatistics(quotes, customers, workOrders);
        User heavy = users.get(0);
        assertThat(quotes.stream().filter(q -> q.ownerId().equals(heavy.id())).count()).isGreaterThan(1_000);

        List<UserId> scopes = Arrays.asList(null, heavy.id(), users.get(1).id(), users.get(3).id(), givenUser().id());
        Instant boundary = quotes.get(quotes.size() / 2).createdAt();
        Instant otherBoundary = quotes.get(quotes.size() / 3).createdAt();
        Instant[][] periods = {
            {null, null},
            {AT.minus(Duration.ofDays(200)), null},
            {null, AT.minus(Duration.ofDays(400))},
            {AT.minus(Duration.ofDays(500)), AT.minus(Duration.ofDays(90))},
            {min(boundary, otherBoundary), max(boundary, otherBoundary)},
        };
        List<StatisticsQuery> queries = new ArrayList<>();
        for (UserId scope : scopes) {
            for (Instant[] period : periods) {
                queries.add(new StatisticsQuery(scope, period[0], period[1], AT, ZONE));
            }
            queries.add(new StatisticsQuery(scope, null, null, Instant.parse("2025-11-30T23:30:00Z"),
                    ZoneId.of("Europe/Madrid")));
        }
        for (StatisticsQuery query : queries) {
            QuoteStatisticsReport actual = store.statistics().compute(query);
            QuoteStatisticsReport expected = bruteForce.compute(query);
            if (!actual.equals(expected)) {
                assertThat(actual).as("statistics for %s", query).usingRecursiveComparison().isEqualTo(expected);
                assertThat(actual).as("statistics for %s", query).isEqualTo(expected);
            }
        }
        assertThat(compute(heavy.id(), null, null).totalCount())
                .isEqualTo(quotes.stream().filter(q -> q.ownerId().equals(heavy.id())).count());
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isBefore(b) ? b : a;
    }
}
