package com.wqs.adapter.cli.demo;

import com.wqs.application.port.in.ConvertQuoteToWorkOrderUseCase.Conversion;
import com.wqs.application.port.in.QuoteCommand;
import com.wqs.application.port.in.RatesCommand;
import com.wqs.application.service.UseCases;
import com.wqs.domain.catalog.Product;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.quote.MaterialLine;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteLine;
import com.wqs.domain.quote.WindowLine;
import com.wqs.domain.user.Actor;
import com.wqs.domain.workorder.Priority;
import com.wqs.domain.workorder.WorkOrder;
import com.wqs.domain.workorder.WorkOrderDetails;
import com.wqs.domain.workorder.WorkOrderStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Plays a shop's last 15 months: quotes are created, sent, accepted, rejected, revised or cancelled,
 * accepted ones become work orders that move towards delivery. A fixed seed makes every run the same.
 */
final class QuoteHistory {
    private static final int MONTHS = 15;
    private static final String[] REJECTIONS = {"Found a cheaper offer", "Project postponed", "Budget cut",
        "Chose PVC windows instead", "Delivery time too long"};
    private final UseCases app;
    private final DemoClock clock;
    private final Instant now;
    private final List<Actor> sellers;
    private final Actor workshop;
    private final List<Customer> customers;
    private final List<Product> products;
    private final Random random = new Random(20_260_101L);
    private int quotes;
    private int workOrders;

    QuoteHistory(UseCases app, DemoClock clock, Instant now, List<Actor> sellers, Actor workshop,
            List<Customer> customers) {
        this.app = app;
        this.clock = clock;
        this.now = now;
        this.sellers = sellers;
        this.workshop = workshop;
        this.customers = customers;
        this.products = app.catalog().listProducts(sellers.get(0));
    }

    Result generate(int count, Runnable onQuote) {
        Instant start = now.atOffset(ZoneOffset.UTC).minusMonths(MONTHS).toInstant();
        long span = Duration.between(start, now).toMinutes();
        List<Instant> created = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            // sqrt skews towards recent months: a shop that is growing
            created.add(start.plus(Duration.ofMinutes((long) (Math.sqrt(random.nextDouble()) * span))));
        }
        created.sort(null);
        for (Instant createdAt : created) {
            Instant at = officeHours(createdAt);
            playQuote(at.isAfter(now) ? now : at);
            onQuote.run();
        }
        return new Result(quotes, workOrders);
    }

    private void playQuote(Instant createdAt) {
        Actor seller = random.nextInt(100) < 65 ? sellers.get(sellers.size() - 1) : sellers.get(0);
        Customer customer = customers.get(random.nextInt(customers.size()));
        int discount = pick(70, 0, 20, 5, 10, 10);
        clock.set(createdAt);
        Quote quote = app.createQuote().create(seller, new QuoteCommand(customer.id(), lines(),
                rates(discount), null, ""));
        quotes++;
        Instant sentAt = later(createdAt, 0, 3);
        if (sentAt.isAfter(now) || Duration.between(createdAt, now).toDays() < 3 && random.nextInt(100) < 60) {
            return;
        }
        clock.set(sentAt);
        app.quoteLifecycle().send(seller, quote.id());
        decide(seller, quote, sentAt, discount, true);
    }

    private void decide(Actor seller, Quote quote, Instant sentAt, int discount, boolean mayRevise) {
        Instant decidedAt = later(sentAt, 1, 25);
        if (decidedAt.isAfter(now)) {
            return;
        }
        int fate = random.nextInt(100);
        clock.set(decidedAt);
        if (fate < 42) {
            app.quoteLifecycle().accept(seller, quote.id());
            if (random.nextInt(100) < 75) {
                convert(seller, quote, decidedAt);
            }
        } else if (fate < 64) {
            app.quoteLifecycle().reject(seller, quote.id(), REJECTIONS[random.nextInt(REJECTIONS.length)]);
            if (mayRevise && random.nextInt(100) < 35) {
                revise(seller, quote, decidedAt, discount);
            }
        } else if (fate < 69) {
            app.quoteLifecycle().cancel(seller, quote.id(), "Customer no longer interested");
        }
        // otherwise no answer: the quote stays SENT and expires once its validity ends
    }

    private void revise(Actor seller, Quote quote, Instant rejectedAt, int discount) {
        Instant revisedAt = later(rejectedAt, 1, 5);
        if (revisedAt.isAfter(now)) {
            return;
        }
        clock.set(revisedAt);
        Quote draft = app.quoteLifecycle().revise(seller, quote.id());
        app.updateQuote().update(seller, draft.id(), new QuoteCommand(draft.customerId(), draft.lines(),
                rates(discount + 5), null, "Revised with an extra 5 % discount"));
        Instant resentAt = later(revisedAt, 0, 1);
        if (resentAt.isAfter(now)) {
            return;
        }
        clock.set(resentAt);
        app.quoteLifecycle().send(seller, draft.id());
        decide(seller, draft, resentAt, discount + 5, false);
    }

    private void convert(Actor seller, Quote quote, Instant acceptedAt) {
        Instant convertedAt = later(acceptedAt, 0, 3);
        if (convertedAt.isAfter(now)) {
            return;
        }
        clock.set(convertedAt);
        LocalDate delivery = LocalDate.ofInstant(convertedAt, ZoneOffset.UTC).plusDays(21 + random.nextInt(21));
        Priority priority = Priority.values()[pick(15, 0, 60, 1, 20, 2, 5, 3)];
        Conversion conversion = app.convertQuote().convert(seller, quote.id(),
                new WorkOrderDetails(priority, delivery, "Check site measurements before cutting.",
                        "Call the customer one day before delivery."), null);
        workOrders++;
        WorkOrder order = conversion.workOrder();
        Instant at = convertedAt;
        for (WorkOrderStatus next : List.of(WorkOrderStatus.MATERIALS_ORDERED, WorkOrderStatus.MATERIALS_RECEIVED,
                WorkOrderStatus.IN_PRODUCTION, WorkOrderStatus.QUALITY_CHECK, WorkOrderStatus.READY_FOR_DELIVERY,
                WorkOrderStatus.DELIVERED)) {
            at = later(at, 1, 6);
            if (at.isAfter(now)) {
                return;
            }
            clock.set(at);
            if (random.nextInt(100) < 2) {
                app.workOrders().changeStatus(workshop, order.id(), WorkOrderStatus.CANCELLED, "Customer cancelled");
                return;
            }
            app.workOrders().changeStatus(workshop, order.id(), next, "");
        }
    }

    private List<QuoteLine> lines() {
        List<QuoteLine> lines = new ArrayList<>();
        int windows = 1 + random.nextInt(4);
        for (int i = 0; i < windows; i++) {
            Product product = products.get(random.nextInt(products.size()));
            int width = size(product.minWidthMm(), Math.min(product.maxWidthMm(), product.minWidthMm() + 1600));
            int height = size(product.minHeightMm(), Math.min(product.maxHeightMm(), product.minHeightMm() + 1200));
            String glass = DemoCatalog.GLASSES.get(pick(40, 0, 15, 1, 15, 2, 10, 3, 10, 4, 10, 5));
            String colour = random.nextInt(100) < 20 ? null
                    : DemoCatalog.COLOURS.get(random.nextInt(DemoCatalog.COLOURS.size()));
            lines.add(new WindowLine(product.code(), glass, colour, width, height, 1 + random.nextInt(6), ""));
        }
        if (random.nextInt(100) < 25) {
            lines.add(new MaterialLine("CN-SIL", BigDecimal.valueOf(1 + random.nextInt(4)), "Spare silicone"));
        }
        return lines;
    }

    private static RatesCommand rates(int discountPercent) {
        return new RatesCommand(null, null, BigDecimal.valueOf(discountPercent).movePointLeft(2), null, null, null);
    }

    /** A size rounded to 10 mm within the range. */
    private int size(int min, int max) {
        return Math.min(max, (min + random.nextInt(max - min + 1)) / 10 * 10 + 10);
    }

    /** Picks from (weight, value) pairs. */
    private int pick(int... weightsAndValues) {
        int total = 0;
        for (int i = 0; i < weightsAndValues.length; i += 2) {
            total += weightsAndValues[i];
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < weightsAndValues.length; i += 2) {
            roll -= weightsAndValues[i];
            if (roll < 0) {
                return weightsAndValues[i + 1];
            }
        }
        throw new IllegalStateException("weights must be positive");
    }

    private Instant later(Instant from, int minDays, int maxDays) {
        return officeHours(from.plus(Duration.ofDays(minDays + random.nextInt(maxDays - minDays + 1))));
    }

    /** A moment within 08:00-18:00 UTC of {@code at}'s day, but never before {@code at}. */
    private Instant officeHours(Instant at) {
        Instant moved = at.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofMinutes(8 * 60 + random.nextInt(10 * 60)));
        return moved.isBefore(at) ? at : moved;
    }

    record Result(int quotes, int workOrders) {
        static final Result NONE = new Result(0, 0);
    }
}
