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
 * {@code months} before {@code now}, totals from 1.00 to 50,000.00, five lines each, valid for 30 days
 * from creation. With {@code crowdExpiry}, every SENT quote is instead valid until a day around
 * {@code now} (some expiring within the week, some already past), to crowd the expiring list in tests.
 */
public final class RandomQuotes {
    /** Three windows and two material lines, as a typical quote has. */
    public static final List<QuoteLine> FIVE_LINES = List.of(
            new WindowLine("SLD-2L", "GL-CLR6", "WHITE", 1500, 1200, 2, "Living room"),
            new WindowLine("SLD-2L", "GL-CLR6", null, 2400, 1500, 1, "Terrace"),
            new WindowLine("FIX-1", "GL-LOWE6", null, 800, 600, 3, "Bathroom"),
            new MaterialLine("CN-SIL", new BigDecimal("3"), "Spare sealant"),
            new MaterialLine("HW-ROLL", new BigDecimal("8"), "Spare rollers"));

    private final Random random;
    private final Instant now;
    private final int months;
    private final boolean crowdExpiry;
    private boolean expirePastValidity;
    private List<QuoteLine> lines = FIVE_LINES;
    private int sequence;

    public RandomQuotes(long seed, Instant now, int months, boolean crowdExpiry) {
        this.random = new Random(seed);
        this.now = now;
        this.months = months;
        this.crowdExpiry = crowdExpiry;
    }

    /**
     * Makes SENT quotes whose validity ended before {@code now} EXPIRED, as the server's hourly expiry
     * job leaves them in a running installation.
     */
    public RandomQuotes expirePastValidity() {
        this.expirePastValidity = true;
        return this;
    }

    /** The lines every quote gets, instead of {@link #FIVE_LINES}. */
    public RandomQuotes lines(List<QuoteLine> value) {
        this.lines = List.copyOf(value);
        return this;
    }

    public Quote next(User owner, Customer customer) {
        QuoteStatus status = QuoteStatus.values()[random.nextInt(QuoteStatus.values().length)];
        Instant createdAt = now.minus(Duration.ofSeconds((long) (random.nextDouble() * months * 30.44 * 86_400)))
                .minusMillis(random.nextInt(1000));
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate validUntil = crowdExpiry && status == QuoteStatus.SENT
                ? today.plusDays(random.nextInt(30) - 10)
                : LocalDate.ofInstant(createdAt, ZoneOffset.UTC).plusDays(30);
        if (expirePastValidity && status == QuoteStatus.SENT && validUntil.isBefore(today)) {
            status = QuoteStatus.EXPIRED;
        }
        sequence++;
        return QuoteBuilder.aQuote()
                .number(QuoteNumber.quote(2000 + sequence / 99_999, 1 + sequence % 99_999))
                .owner(owner)
                .customer(customer)
                .status(status)
                .revision(1 + random.nextInt(2))
                .createdAt(createdAt)
                .validUntil(validUntil)
                .lines(lines)
                .total(Money.ofMinor(100 + random.nextInt(5_000_000)))
                .build();
    }

    /** A work order for a converted quote, in a random production status. */
    public WorkOrder workOrderFor(Quote converted) {
        WorkOrderStatus status = WorkOrderStatus.values()[random.nextInt(WorkOrderStatus.values().length)];
        return WorkOrderBuilder.aWorkOrder().forQuote(converted).status(status)
                .createdAt(converted.updatedAt()).build();
    }

    public Random random() {
        return random;
    }
}
