package com.wqs.application.port.out.contract;

import static com.wqs.testing.CustomerBuilder.aCustomer;
import static com.wqs.testing.QuoteBuilder.aQuote;
import static com.wqs.testing.UserBuilder.aUser;
import static com.wqs.testing.WorkOrderBuilder.aWorkOrder;

import com.wqs.domain.customer.Customer;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteNumber;
import com.wqs.domain.quote.QuoteStatus;
import com.wqs.domain.shared.Money;
import com.wqs.domain.user.Role;
import com.wqs.domain.user.User;
import com.wqs.domain.workorder.WorkOrder;
import com.wqs.domain.workorder.WorkOrderStatus;
import com.wqs.testing.CustomerBuilder;
import com.wqs.testing.UserBuilder;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * A seeded random data set for the statistics contract: four users (the first with more than 1,000
 * quotes), a dozen customers, quotes in every status created over the 24 months before {@code now}
 * (each at a distinct instant, plus quotes on both sides of month starts in {@code zone} and SENT
 * quotes at the edges of the expiring window), and work orders for some accepted or converted quotes.
 */
final class RandomQuotes {
    private static final int[] QUOTES_PER_USER = {1_050, 140, 60, 25};
    private static final long SPAN_MILLIS = Duration.ofDays(730).toMillis();
    private static final String[] NAMES = {"Ventanas Müller", "Acme Homes", "Ñandú Aluminio", "Øresund Glas",
        "Casa Pérez", "北京窗户", "Smith & Sons", "Żelazny Dom", "Lumière SARL", "O'Brien Builders", "Zeta Co",
        "alpha lowercase"};

    private final Random random;
    private final Instant now;
    private final ZoneId zone;
    private final LocalDate today;
    private final Set<Instant> usedTimes = new HashSet<>();

    RandomQuotes(long seed, Instant now, ZoneId zone) {
        this.random = new Random(seed);
        this.now = now;
        this.zone = zone;
        this.today = LocalDate.ofInstant(now, zone);
    }

    /** Three sales users and an admin, stored by {@code store}. */
    List<User> users(Function<UserBuilder, User> store) {
        List<User> users = new ArrayList<>();
        for (int i = 0; i < QUOTES_PER_USER.length; i++) {
            users.add(store.apply(aUser().role(i == QUOTES_PER_USER.length - 1 ? Role.ADMIN : Role.SALES)));
        }
        return users;
    }

    List<Customer> customers(Function<CustomerBuilder, Customer> store) {
        List<Customer> customers = new ArrayList<>();
        for (String name : NAMES) {
            customers.add(store.apply(aCustomer().name(name)));
        }
        return customers;
    }

    /** The quotes, numbered per creation year in creation order (not stored). */
    List<Quote> quotes(List<User> users, List<Customer> customers) {
        List<Spec> specs = new ArrayList<>();
        for (int u = 0; u < users.size(); u++) {
            for (int k = 0; k < QUOTES_PER_USER[u]; k++) {
                specs.add(randomSpec(users.get(u), customers, randomTime()));
            }
        }
        YearMonth current = YearMonth.from(now.atZone(zone));
        for (int back = 0; back <= 13; back++) {
            Instant monthStart = current.minusMonths(back).atDay(1).atStartOfDay(zone).toInstant();
            specs.add(randomSpec(users.get(0), customers, distinct(monthStart)));
            specs.add(randomSpec(users.get(0), customers, distinct(monthStart.minusMillis(1))));
        }
        for (int offset : new int[] {-1, 0, 7, 8}) {
            Spec edge = randomSpec(users.get(1), customers, randomTime());
            specs.add(new Spec(edge.owner, edge.customer, QuoteStatus.SENT, edge.total, edge.createdAt,
                    today.plusDays(offset), edge.revision));
        }
        specs.sort(Comparator.comparing(Spec::createdAt));
        Map<Integer, Integer> lastNumberPerYear = new HashMap<>();
        List<Quote> quotes = new ArrayList<>();
        for (Spec spec : specs) {
            int year = spec.createdAt.atZone(zone).getYear();
            int sequence = lastNumberPerYear.merge(year, 1, Integer::sum);
            quotes.add(aQuote().number(QuoteNumber.quote(year, sequence)).owner(spec.owner).customer(spec.customer)
                    .status(spec.status).total(spec.total).createdAt(spec.createdAt).validUntil(spec.validUntil)
                    .revision(spec.revision).build());
        }
        return quotes;
    }

    /** A work order in a random status for about half of the accepted and converted quotes. */
    List<WorkOrder> workOrders(List<Quote> quotes) {
        List<WorkOrder> workOrders = new ArrayList<>();
        int sequence = 0;
        for (Quote quote : quotes) {
            boolean convertible = quote.status() == QuoteStatus.ACCEPTED || quote.status() == QuoteStatus.CONVERTED;
            if (convertible && random.nextBoolean()) {
                WorkOrderStatus status = WorkOrderStatus.values()[random.nextInt(WorkOrderStatus.values().length)];
                workOrders.add(aWorkOrder().forQuote(quote).number(QuoteNumber.workOrder(2026, ++sequence))
                        .status(status).createdAt(quote.createdAt().plus(Duration.ofDays(1))).build());
            }
        }
        return workOrders;
    }

    private Spec randomSpec(User owner, List<Customer> customers, Instant createdAt) {
        QuoteStatus status = QuoteStatus.values()[random.nextInt(QuoteStatus.values().length)];
        Money total = random.nextInt(20) == 0 ? Money.ZERO : Money.ofMinor(random.nextInt(5_000_001));
        LocalDate validUntil = status == QuoteStatus.SENT ? today.plusDays(random.nextInt(31) - 10L)
                : LocalDate.ofInstant(createdAt, zone).plusDays(30);
        return new Spec(owner, customers.get(random.nextInt(customers.size())), status, total, createdAt, validUntil,
                1 + random.nextInt(3));
    }

    private Instant randomTime() {
        Instant candidate;
        do {
            candidate = now.minusMillis(random.nextLong(SPAN_MILLIS));
        } while (!usedTimes.add(candidate));
        return candidate;
    }

    private Instant distinct(Instant wanted) {
        if (!usedTimes.add(wanted)) {
            throw new IllegalStateException("the random times already hold " + wanted);
        }
        return wanted;
    }

    private record Spec(User owner, Customer customer, QuoteStatus status, Money total, Instant createdAt,
            LocalDate validUntil, int revision) {
    }
}
