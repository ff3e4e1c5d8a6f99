package com.wqs.adapter.persistence;

import com.wqs.domain.customer.Customer;
import com.wqs.domain.quote.MaterialLine;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteLine;
import com.wqs.domain.quote.QuoteNumber;
import com.wqs.domain.quote.QuoteStatus;
import com.wqs.domain.quote.WindowLine;
import com.wqs.domain.shared.Money;
import com.wqs.domain.user.User;
import com.wqs.domain.workorder.WorkOrder;
import com.wqs.domain.workorder.WorkOrderStatus;
import com.wqs.testing.QuoteBuilder;
import com.wqs.testing.WorkOrderBuilder;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

/**
 * Seeded random quotes for statistics tests and the benchmark: every status, created over the
 * {@code months} before {@code now}, totals from 1.00 to 50,000.00, SENT quotes valid until dates around
 * {@code now} (some expiring within the week, some already past), five lines each.
 */
final class RandomQuotes {
    /** Three windows and two material lines, as a typical quote has. */
    static final List<QuoteLine> FIVE_LINES = List.of(
            new WindowLine("SLD-2L", "GL-CLR6", "WHITE", 1500, 1200, 2, "Living room"),
            new WindowLine("SLD-2L", "GL-CLR6", null, 2400, 1500, 1, "Terrace"),
            new WindowLine("FIX-1", "GL-LOWE6", null, 800, 600, 3, "Bathroom"),
            new MaterialLine("CN-SIL", new BigDecimal("3"), "Spare sealant"),
            new MaterialLine("HW-ROLL", new BigDecimal("8"), "Spare rollers"));

    private final Random random;
    private final Instant now;
    private final int months;
    private int sequence;

    RandomQuotes(long seed, Instant now, int months) {
        this.random = new Random(seed);
        this.now = now;
        this.months = months;
    }

    Quote next(User owner, Customer customer) {
        QuoteStatus status = QuoteStatus.values()[random.nextInt(QuoteStatus.values().length)];
        Instant createdAt = now.minus(Duration.ofSeconds((long) (random.nextDouble() * months * 30.44 * 86_400)))
                .minusMillis(random.nextInt(1000));
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate validUntil = status == QuoteStatus.SENT
                ? today.plusDays(random.nextInt(30) - 10)
                : LocalDate.ofInstant(createdAt, ZoneOffset.UTC).plusDays(30);
        sequence++;
        return QuoteBuilder.aQuote()
                .number(QuoteNumber.quote(2000 + sequence / 99_999, 1 + sequence % 99_999))
                .owner(owner)
                .customer(customer)
                .status(status)
                .revision(1 + random.nextInt(2))
                .createdAt(createdAt)
                .validUntil(validUntil)
                .lines(FIVE_LINES)
                .total(Money.ofMinor(100 + random.nextInt(5_000_000)))
                .build();
    }

    /** A work order for a converted quote, in a random production status. */
    WorkOrder workOrderFor(Quote converted) {
        WorkOrderStatus status = WorkOrderStatus.values()[random.nextInt(WorkOrderStatus.values().length)];
        return WorkOrderBuilder.aWorkOrder().forQuote(converted).status(status)
                .createdAt(converted.updatedAt()).build();
    }

    Random random() {
        return random;
    }
}
