package com.wqs.domain.quote;

import com.wqs.domain.catalog.Settings;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.customer.CustomerId;
import com.wqs.domain.pricing.QuotePricing;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.shared.StatusChange;
import com.wqs.domain.shared.TextLimits;
import com.wqs.domain.shared.ValidationException;
import com.wqs.domain.user.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The quote aggregate. Only drafts are edited; {@link #send} freezes the priced snapshot as a
 * revision; every transition is recorded. Mutable, guarded by its verbs; stored with a version for
 * optimistic locking.
 */
public final class Quote {
    public static final int MAX_LINES = 200;
    public static final int MAX_NOTES = TextLimits.NOTES;

    private final QuoteId id;
    private final String number;
    private final UserId ownerId;
    private final Instant createdAt;
    private CustomerId customerId;
    private List<QuoteLine> lines;
    private QuotePricing pricing;
    private LocalDate validUntil;
    private String notes;
    private int revision;
    private QuoteStatus status;
    private String rejectionReason;
    private Instant updatedAt;
    private final List<QuoteRevision> revisions;
    private final List<StatusChange<QuoteStatus>> history;
    private final long version;

    private Quote(QuoteId id, String number, UserId ownerId, CustomerId customerId, List<QuoteLine> lines,
            QuotePricing pricing, LocalDate validUntil, String notes, int revision, QuoteStatus status,
            String rejectionReason, Instant createdAt, Instant updatedAt, List<QuoteRevision> revisions,
            List<StatusChange<QuoteStatus>> history, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.number = Objects.requireNonNull(number, "number");
        this.ownerId = Objects.requireNonNull(ownerId, "ownerId");
        this.customerId = Objects.requireNonNull(customerId, "customerId");
        this.lines = List.copyOf(lines);
        this.pricing = Objects.requireNonNull(pricing, "pricing");
        this.validUntil = Objects.requireNonNull(validUntil, "validUntil");
        this.notes = notes == null ? "" : notes;
        this.revision = revision;
        this.status = Objects.requireNonNull(status, "status");
        this.rejectionReason = rejectionReason;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.revisions = new ArrayList<>(revisions);
        this.history = new ArrayList<>(history);
        this.version = version;
    }

    /** A new draft, revision 1. The lines must already have been priced into {@code pricing}. */
    public static Quote newDraft(QuoteId id, String number, UserId owner, CustomerId customer, List<QuoteLine> lines,
            QuotePricing pricing, LocalDate validUntil, String notes, Instant now) {
        checkLinesAndNotes(lines, notes);
        return new Quote(id, number, owner, customer, lines, pricing, validUntil, notes, 1, QuoteStatus.DRAFT, null,
                now, now, List.of(), List.of(), 0);
    }

    /** Rebuilds a quote read from storage; no rule is re-checked. */
    public static Quote restore(QuoteId id, String number, UserId owner, CustomerId customer, List<QuoteLine> lines,
            QuotePricing pricing, LocalDate validUntil, String notes, int revision, QuoteStatus status,
            String rejectionReason, Instant createdAt, Instant updatedAt, List<QuoteRevision> revisions,
            List<StatusChange<QuoteStatus>> history, long version) {
        return new Quote(id, number, owner, customer, lines, pricing, validUntil, notes, revision, status,
                rejectionReason, createdAt, updatedAt, revisions, history, version);
    }

    /** Replaces the content of a draft (already priced). */
    public void edit(CustomerId customer, List<QuoteLine> newLines, QuotePricing newPricing, LocalDate newValidUntil,
            String newNotes, Instant now) {
        requireDraft();
        checkLinesAndNotes(newLines, newNotes);
        this.customerId = Objects.requireNonNull(customer, "customer");
        this.lines = List.copyOf(newLines);
        this.pricing = Objects.requireNonNull(newPricing, "pricing");
        this.validUntil = Objects.requireNonNull(newValidUntil, "validUntil");
        this.notes = newNotes == null ? "" : newNotes;
        this.updatedAt = now;
    }

    /**
     * Sends the draft: freezes the customer's details, the pricing and the document settings as
     * revision N, valid until {@code validUntil}.
     */
    public void send(Customer customer, Settings settings, LocalDate newValidUntil, UserId by, Instant now) {
        Objects.requireNonNull(settings, "settings");
        if (!customer.id().equals(customerId)) {
            throw new IllegalArgumentException("customer " + customer.id() + " is not the quote's customer");
        }
        if (lines.isEmpty()) {
            throw new ValidationException("lines", "a quote needs at least one line before it is sent");
        }
        move(QuoteStatus.SENT, by, now, "revision " + revision);
        this.validUntil = newValidUntil;
        revisions.add(new QuoteRevision(revision, now, newValidUntil, customer, pricing, notes, settings));
    }

    /**
     * Records the customer's choice of optional lines and alternatives on the SENT revision: the lines
     * take the new options and the quote and its latest revision take {@code newPricing}, the sent
     * revision re-priced from its frozen costs and rates. Accepting then freezes the choice.
     *
     * @throws ConflictException unless the quote is SENT and {@code sentRevision} is its current revision
     */
    public void choose(int sentRevision, List<LineOption> options, QuotePricing newPricing, Instant now) {
        if (status != QuoteStatus.SENT) {
            throw new ConflictException("quote.not_sent",
                    "quote " + number + " is " + status + "; options are chosen on a sent quote");
        }
        if (sentRevision != revision) {
            throw new ConflictException("quote.revision_changed",
                    "quote " + number + " is at revision " + revision + ", not " + sentRevision);
        }
        if (options.size() != lines.size() || newPricing.lines().size() != lines.size()) {
            throw new IllegalArgumentException("a choice covers every line of the quote");
        }
        List<QuoteLine> chosenLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            chosenLines.add(lines.get(i).withOption(options.get(i)));
        }
        this.lines = List.copyOf(chosenLines);
        this.pricing = newPricing;
        QuoteRevision sent = revisions.remove(revisions.size() - 1);
        revisions.add(sent.withPricing(newPricing));
        this.updatedAt = now;
    }

    /** Whether any line is optional or an alternative (so there is a choice to make). */
    public boolean hasOptions() {
        return lines.stream().anyMatch(l -> !l.option().required());
    }

    public void accept(UserId by, Instant now, ZoneId zone) {
        accept(by, now, zone, "");
    }

    /** Accepts with a note for the history (who accepted, when not the user {@code by}: "accepted by the customer"). */
    public void accept(UserId by, Instant now, ZoneId zone, String note) {
        if (status == QuoteStatus.SENT && isPastValidity(now, zone)) {
            throw new ConflictException("quote.expired", "quote " + number + " expired on " + validUntil);
        }
        move(QuoteStatus.ACCEPTED, by, now, note);
    }

    public void reject(String reason, UserId by, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new ValidationException("reason", "is required");
        }
        TextLimits.require("reason", reason.trim(), TextLimits.DESCRIPTION);
        move(QuoteStatus.REJECTED, by, now, reason.trim());
        this.rejectionReason = reason.trim();
    }

    /** Back to draft as the next revision. */
    public void revise(UserId by, Instant now) {
        move(QuoteStatus.DRAFT, by, now, "revision " + (revision + 1));
        this.revision++;
        this.rejectionReason = null;
    }

    public void cancel(String note, UserId by, Instant now) {
        TextLimits.require("note", note, TextLimits.DESCRIPTION);
        move(QuoteStatus.CANCELLED, by, now, note);
    }

    public void markConverted(String workOrderNumber, UserId by, Instant now) {
        move(QuoteStatus.CONVERTED, by, now, "work order " + workOrderNumber);
    }

    /**
     * Expires a SENT quote whose validity has passed (end of {@code validUntil} in {@code zone}).
     * Does nothing in any other status, so a decided quote is never overwritten.
     *
     * @return whether the quote expired now
     */
    public boolean expireIfDue(UserId by, Instant now, ZoneId zone) {
        if (status != QuoteStatus.SENT || !isPastValidity(now, zone)) {
            return false;
        }
        move(QuoteStatus.EXPIRED, by, now, "validity ended " + validUntil);
        return true;
    }

    public boolean isPastValidity(Instant now, ZoneId zone) {
        return !now.isBefore(validUntil.plusDays(1).atStartOfDay(zone).toInstant());
    }

    private void move(QuoteStatus target, UserId by, Instant now, String note) {
        if (!status.canMoveTo(target)) {
            throw new ConflictException("quote.invalid_transition",
                    "quote " + number + " cannot go from " + status + " to " + target);
        }
        history.add(new StatusChange<>(status, target, by.value(), now, note));
        this.status = target;
        this.updatedAt = now;
    }

    /** @throws ConflictException unless the quote is a draft (only drafts are edited) */
    public void requireDraft() {
        if (status != QuoteStatus.DRAFT) {
            throw new ConflictException("quote.not_draft", "quote " + number + " is " + status + "; only drafts are edited");
        }
    }

    private static void checkLinesAndNotes(List<QuoteLine> lines, String notes) {
        if (lines.size() > MAX_LINES) {
            throw new ValidationException("lines", "must have at most " + MAX_LINES + " lines");
        }
        if (notes != null && notes.length() > MAX_NOTES) {
            throw new ValidationException("notes", TextLimits.tooLong(MAX_NOTES));
        }
    }

    public QuoteId id() {
        return id;
    }

    public String number() {
        return number;
    }

    public UserId ownerId() {
        return ownerId;
    }

    public CustomerId customerId() {
        return customerId;
    }

    public List<QuoteLine> lines() {
        return lines;
    }

    public QuotePricing pricing() {
        return pricing;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public String notes() {
        return notes;
    }

    public int revision() {
        return revision;
    }

    public QuoteStatus status() {
        return status;
    }

    public Optional<String> rejectionReason() {
        return Optional.ofNullable(rejectionReason);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** Every sent revision, oldest first. */
    public List<QuoteRevision> revisions() {
        return List.copyOf(revisions);
    }

    public Optional<QuoteRevision> revision(int number) {
        return revisions.stream().filter(r -> r.revision() == number).findFirst();
    }

    public Optional<QuoteRevision> latestRevision() {
        return revisions.isEmpty() ? Optional.empty() : Optional.of(revisions.get(revisions.size() - 1));
    }

    public List<StatusChange<QuoteStatus>> history() {
        return List.copyOf(history);
    }

    /** The version read from storage; the repository's update expects it unchanged. */
    public long version() {
        return version;
    }
}
