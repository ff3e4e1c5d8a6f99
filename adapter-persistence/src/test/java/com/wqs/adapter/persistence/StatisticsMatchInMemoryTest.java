package com.wqs.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.application.inmemory.InMemoryStore;
import com.wqs.application.port.out.Page;
import com.wqs.application.port.out.PageRequest;
import com.wqs.application.port.out.QuoteSearch;
import com.wqs.application.port.out.QuoteStatisticsReport;
import com.wqs.application.port.out.QuoteSummary;
import com.wqs.application.port.out.StatisticsQuery;
import com.wqs.application.port.out.Store;
import com.wqs.application.port.out.WorkOrderSearch;
import com.wqs.application.port.out.WorkOrderSummary;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.pricing.QuotePricing;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteId;
import com.wqs.domain.quote.QuoteStatus;
import com.wqs.domain.shared.Money;
import com.wqs.domain.user.User;
import com.wqs.domain.user.UserId;
import com.wqs.domain.workorder.WorkOrder;
import com.wqs.testing.CustomerBuilder;
import com.wqs.testing.PricingBuilder;
import com.wqs.testing.UserBuilder;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SQL statistics (monthly summary table plus edge corrections) against the in-memory store's
 * brute-force iteration, over the same random data: several users, one with more than 1,000 quotes,
 * every status, 26 months, time zones with odd offsets, periods that start and end anywhere. Then
 * again after status changes and edits, which move quotes between summary rows.
 */
abstract class StatisticsMatchInMemoryTest {
    private static final Instant NOW = Instant.parse("2026-03-10T15:45:12.345Z");
    private static final int HEAVY_USER_QUOTES = 1_200;
    private static final int LIGHT_USER_QUOTES = 150;
    private static final List<ZoneId> ZONES = List.of(ZoneOffset.UTC, ZoneId.of("America/Mexico_City"),
            ZoneId.of("Asia/Kolkata"), ZoneId.of("Pacific/Chatham"), ZoneId.of("America/St_Johns"),
            ZoneId.of("Pacific/Kiritimati"), ZoneId.of("Pacific/Pago_Pago"));

    private final InMemoryStore memory = new InMemoryStore();
    private final List<User> users = new ArrayList<>();
    private JdbiStore sql;
    private RandomQuotes random;

    abstract TestDatabases databases();

    @BeforeEach
    void loadTheSameRandomDataIntoBothStores() {
        sql = databases().newStore();
        random = new RandomQuotes(20260310L, NOW, 26);
        List<Customer> customers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            customers.add(CustomerBuilder.aCustomer().name("Customer " + i).build());
        }
        for (int i = 0; i < 5; i++) {
            users.add(UserBuilder.aUser().email("user" + i + "@example.com").build());
        }
        List<Quote> quotes = new ArrayList<>();
        for (int u = 0; u < users.size() - 1; u++) {
            int count = u == 0 ? HEAVY_USER_QUOTES : LIGHT_USER_QUOTES;
            for (int i = 0; i < count; i++) {
                quotes.add(random.next(users.get(u), customers.get(random.random().nextInt(customers.size()))));
            }
        }
        List<WorkOrder> workOrders = quotes.stream().filter(q -> q.status() == QuoteStatus.CONVERTED)
                .map(random::workOrderFor).toList();
        for (Store store : List.of(memory, sql)) {
            store.transactions().run(() -> {
                users.forEach(store.users()::insert);
                customers.forEach(store.customers()::insert);
            });
        }
        memory.transactions().run(() -> quotes.forEach(memory.quotes()::insert));
        sql.insertQuotes(quotes.subList(0, quotes.size() / 2));
        sql.transactions().run(() -> quotes.subList(quotes.size() / 2, quotes.size()).forEach(sql.quotes()::insert));
        for (Store store : List.of(memory, sql)) {
            store.transactions().run(() -> workOrders.forEach(store.workOrders()::insert));
        }
    }

    @AfterEach
    void closeStores() {
        sql.close();
        memory.close();
    }

    @Test
    void everyQueryGivesTheSameReportAsTheBruteForceComputation() {
        assertEveryQueryMatches();
    }

    @Test
    void reportsStillMatchAfterTransitionsEditsAndWorkOrderChanges() {
        Random choice = new Random(7);
        Map<QuoteId, Long> changes = new LinkedHashMap<>();
        for (QuoteSummary summary : allPages(page -> memory.quotes().search(QuoteSearch.all(), page))) {
            if (choice.nextBoolean()) {
                changes.put(summary.id(), choice.nextLong());
            }
        }
        List<WorkOrderSummary> workOrders = allPages(page -> memory.workOrders().search(WorkOrderSearch.all(), page));

        for (Store store : List.of(memory, sql)) {
            store.transactions().run(() -> {
                changes.forEach((id, seed) -> {
                    Quote loaded = store.quotes().findById(id).orElseThrow();
                    moveOn(loaded, seed);
                    store.quotes().update(loaded);
                });
                for (WorkOrderSummary summary : workOrders) {
                    WorkOrder loaded = store.workOrders().findById(summary.id()).orElseThrow();
                    loaded.status().next().stream().findFirst().ifPresent(next -> {
                        loaded.moveTo(next, "", loaded.createdBy(), NOW);
                        store.workOrders().update(loaded);
                    });
                }
            });
        }

        assertEveryQueryMatches();
    }

    private static <T> List<T> allPages(Function<PageRequest, Page<T>> search) {
        List<T> all = new ArrayList<>();
        for (int number = 1; ; number++) {
            Page<T> page = search.apply(new PageRequest(number, PageRequest.MAX_SIZE));
            all.addAll(page.items());
            if (number >= page.totalPages()) {
                return all;
            }
        }
    }

    /** Applies a random next step of the lifecycle (or a re-priced edit of a draft). */
    private static void moveOn(Quote quote, long seed) {
        Random r = new Random(seed);
        UserId by = quote.ownerId();
        switch (quote.status()) {
            case DRAFT -> {
                QuotePricing repriced = PricingBuilder.aPricing().lines(quote.lines())
                        .total(Money.ofMinor(100 + r.nextInt(9_000_000))).build();
                quote.edit(quote.customerId(), quote.lines(), repriced, quote.validUntil(), "edited", NOW);
            }
            case SENT -> quote.reject("price", by, NOW);
            case ACCEPTED -> quote.markConverted("WO-X", by, NOW);
            case REJECTED, EXPIRED -> quote.revise(by, NOW);
            case CONVERTED, CANCELLED -> { }
        }
    }

    /** Everyone, the heavy user, a light user and the user without quotes; in every zone, over every period. */
    private void assertEveryQueryMatches() {
        List<UserId> owners = new ArrayList<>();
        owners.add(null);
        owners.add(users.get(0).id());
        owners.add(users.get(1).id());
        owners.add(users.get(users.size() - 1).id());
        for (ZoneId zone : ZONES) {
            for (UserId owner : owners) {
                for (Instant[] period : periods(zone)) {
                    assertSameReport(new StatisticsQuery(owner, period[0], period[1], NOW, zone));
                }
                // Just after midnight UTC on the 1st: still the previous month (and day) west of Greenwich.
                assertSameReport(new StatisticsQuery(owner, null, null, Instant.parse("2026-03-01T02:30:00Z"), zone));
            }
        }
    }

    private void assertSameReport(StatisticsQuery query) {
        QuoteStatisticsReport expected = memory.statistics().compute(query);
        assertThat(sql.statistics().compute(query)).as("%s", query).isEqualTo(expected);
    }

    private static List<Instant[]> periods(ZoneId zone) {
        Instant monthStartInZone = NOW.atZone(zone).withDayOfMonth(1).toLocalDate().atStartOfDay(zone).toInstant();
        return List.of(
                new Instant[] {null, null},
                new Instant[] {NOW.minus(Duration.ofDays(90)), NOW},
                new Instant[] {NOW.minus(Duration.ofDays(400)), null},
                new Instant[] {null, NOW.minus(Duration.ofDays(200))},
                new Instant[] {NOW.minus(Duration.ofDays(10)), NOW.minus(Duration.ofDays(3))},
                new Instant[] {monthStartInZone.minus(Duration.ofDays(365)), monthStartInZone},
                new Instant[] {monthStartInZone.minusSeconds(3_600), monthStartInZone.plus(Duration.ofDays(40))},
                new Instant[] {NOW.minus(Duration.ofDays(45)).plusMillis(1), NOW.minus(Duration.ofDays(14))},
                new Instant[] {NOW, NOW});
    }
}
