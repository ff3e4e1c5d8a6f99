package com.wqs.testing;

import com.wqs.domain.catalog.Settings;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.customer.CustomerId;
import com.wqs.domain.pricing.QuotePricing;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteId;
import com.wqs.domain.quote.QuoteLine;
import com.wqs.domain.quote.QuoteNumber;
import com.wqs.domain.quote.QuoteRates;
import com.wqs.domain.quote.QuoteRevision;
import com.wqs.domain.quote.QuoteStatus;
import com.wqs.domain.shared.Money;
import com.wqs.domain.shared.StatusChange;
import com.wqs.domain.user.User;
import com.wqs.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test quotes in any status, as if they had gone through the lifecycle:
 * {@code aQuote().owner(user).customer(customer).accepted().createdAt(t).total("123.45").build()}.
 *
 * <p>The history and the sent revisions are made up as the domain's verbs would record them, one
 * step an hour after {@code createdAt} (earlier revisions first when {@link #revision} is above 1).
 * The pricing is a hand-built {@link PricingBuilder} pricing of the lines unless {@link #pricing} is
 * given. Default numbers are unique and from 10000 up, so tests can pick lower ones freely.
 */
public final class QuoteBuilder {
    public static final Instant DEFAULT_CREATED_AT = Instant.parse("2026-03-02T09:30:00Z");
    private static final Duration STEP = Duration.ofHours(1);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private QuoteId id = QuoteId.newId();
    private String number = QuoteNumber.quote(2026, 10_000 + SEQUENCE.incrementAndGet());
    private UserId ownerId = UserId.newId();
    private Customer customer = CustomerBuilder.aCustomer().build();
    private Settings settings = SettingsBuilder.aSettings().build();
    private List<QuoteLine> lines = PricingBuilder.defaultLines();
    private QuoteRates rates = PricingBuilder.defaultRates();
    private Money total = Money.of("1000.00");
    private QuotePricing pricing;
    private LocalDate validUntil;
    private String notes = "";
    private QuoteStatus status = QuoteStatus.DRAFT;
    private int revision = 1;
    private String rejectionReason = "Too expensive";
    private Instant createdAt = DEFAULT_CREATED_AT;
    private long version;

    private QuoteBuilder() {
    }

    public static QuoteBuilder aQuote() {
        return new QuoteBuilder();
    }

    public QuoteBuilder id(QuoteId value) {
        this.id = value;
        return this;
    }

    public QuoteBuilder number(String value) {
        this.number = value;
        return this;
    }

    public QuoteBuilder owner(UserId value) {
        this.ownerId = value;
        return this;
    }

    public QuoteBuilder owner(User value) {
        return owner(value.id());
    }

    /** The quote's customer; its details are also what sent revisions froze. */
    public QuoteBuilder customer(Customer value) {
        this.customer = value;
        return this;
    }

    public QuoteBuilder customer(CustomerId value) {
        return customer(CustomerBuilder.aCustomer().id(value).build());
    }

    public QuoteBuilder lines(QuoteLine... value) {
        return lines(List.of(value));
    }

    public QuoteBuilder lines(List<? extends QuoteLine> value) {
        this.lines = List.copyOf(value);
        return this;
    }

    public QuoteBuilder rates(QuoteRates value) {
        this.rates = value;
        return this;
    }

    /** The current total; the rest of the breakdown is derived from it (see {@link PricingBuilder}). */
    public QuoteBuilder total(String value) {
        return total(Money.of(value));
    }

    public QuoteBuilder total(Money value) {
        this.total = value;
        return this;
    }

    /** Uses this pricing as is, instead of one derived from the lines, rates and total. */
    public QuoteBuilder pricing(QuotePricing value) {
        this.pricing = value;
        return this;
    }

    public QuoteBuilder validUntil(LocalDate value) {
        this.validUntil = value;
        return this;
    }

    public QuoteBuilder notes(String value) {
        this.notes = value;
        return this;
    }

    public QuoteBuilder status(QuoteStatus value) {
        this.status = value;
        return this;
    }

    public QuoteBuilder draft() {
        return status(QuoteStatus.DRAFT);
    }

    public QuoteBuilder sent() {
        return status(QuoteStatus.SENT);
    }

    public QuoteBuilder accepted() {
        return status(QuoteStatus.ACCEPTED);
    }

    public QuoteBuilder rejected() {
        return status(QuoteStatus.REJECTED);
    }

    public QuoteBuilder expired() {
        return status(QuoteStatus.EXPIRED);
    }

    public QuoteBuilder converted() {
        return status(QuoteStatus.CONVERTED);
    }

    public QuoteBuilder cancelled() {
        return status(QuoteStatus.CANCELLED);
    }

    /** The current revision; revisions before it were each sent and then revised. */
    public QuoteBuilder revision(int value) {
        if (value < 1) {
            throw new IllegalArgumentException("revisions start at 1: " + value);
        }
        this.revision = value;
        return this;
    }

    /** Used when the status is REJECTED. */
    public QuoteBuilder rejectionReason(String value) {
        this.rejectionReason = value;
        return this;
    }

    public QuoteBuilder createdAt(Instant value) {
        this.createdAt = value;
        return this;
    }

    /** The settings sent revisions froze; null models revisions sent before settings were frozen. */
    public QuoteBuilder settings(Settings value) {
        this.settings = value;
        return this;
    }

    public QuoteBuilder version(long value) {
        this.version = value;
        return this;
    }

    public Quote build() {
        QuotePricing priced = pricing != null ? pricing
                : PricingBuilder.aPricing().lines(lines).rates(rates).total(total).build();
        LocalDate until = validUntil != null ? validUntil : LocalDate.ofInstant(createdAt, ZoneOffset.UTC).plusDays(30);
        Lifecycle life = new Lifecycle(priced, until);
        for (int r = 1; r < revision; r++) {
            life.send(r);
            life.move(QuoteStatus.SENT, QuoteStatus.DRAFT, "revision " + (r + 1));
        }
        switch (status) {
            case DRAFT -> { }
            case SENT -> life.send(revision);
            case ACCEPTED -> life.send(revision).move(QuoteStatus.SENT, QuoteStatus.ACCEPTED, "");
            case REJECTED -> life.send(revision).move(QuoteStatus.SENT, QuoteStatus.REJECTED, rejectionReason);
            case EXPIRED -> life.send(revision).move(QuoteStatus.SENT, QuoteStatus.EXPIRED, "validity ended " + until);
            case CONVERTED -> life.send(revision).move(QuoteStatus.SENT, QuoteStatus.ACCEPTED, "")
                    .move(QuoteStatus.ACCEPTED, QuoteStatus.CONVERTED, "work order WO-" + number.substring(2));
            case CANCELLED -> life.move(QuoteStatus.DRAFT, QuoteStatus.CANCELLED, "");
        }
        return Quote.restore(id, number, ownerId, customer.id(), lines, priced, until, notes, revision, status,
                status == QuoteStatus.REJECTED ? rejectionReason : null, createdAt, life.at, life.revisions,
                life.history, version);
    }

    /** Records transitions one step apart, as the verbs of {@link Quote} do. */
    private final class Lifecycle {
        private final QuotePricing priced;
        private final LocalDate until;
        private final List<QuoteRevision> revisions = new ArrayList<>();
        private final List<StatusChange<QuoteStatus>> history = new ArrayList<>();
        private Instant at = createdAt;

        Lifecycle(QuotePricing priced, LocalDate until) {
            this.priced = priced;
            this.until = until;
        }

        Lifecycle send(int sentRevision) {
            move(QuoteStatus.DRAFT, QuoteStatus.SENT, "revision " + sentRevision);
            revisions.add(new QuoteRevision(sentRevision, at, until, customer, priced, notes, settings));
            return this;
        }

        Lifecycle move(QuoteStatus from, QuoteStatus to, String note) {
            at = at.plus(STEP);
            history.add(new StatusChange<>(from, to, ownerId.value(), at, note));
            return this;
        }
    }
}
