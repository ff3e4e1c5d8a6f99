package com.wqs.adapter.web.page;

import com.wqs.adapter.web.format.LineOptionText;
import com.wqs.adapter.web.i18n.Messages;
import com.wqs.application.port.out.WorkOrderSummary;
import com.wqs.domain.pricing.PricedLine;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteRevision;
import com.wqs.domain.quote.QuoteStatus;
import com.wqs.domain.user.AccessPolicy;
import com.wqs.domain.user.Actor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The quote page: the quote, the customer as the quote shows it (frozen once sent), the actions its
 * status allows for this user, its history, and the work order it became.
 */
public record QuoteViewModel(Quote quote, Customer customer, boolean canAct, List<TimelineEntry> timeline,
        WorkOrderSummary workOrder, FieldErrors errors, String error, Messages messages) {

    static QuoteViewModel of(Quote quote, Customer liveCustomer, Actor actor, List<TimelineEntry> timeline,
            WorkOrderSummary workOrder, FieldErrors errors, String error, Messages messages) {
        Customer shown = quote.status() == QuoteStatus.DRAFT
                ? liveCustomer
                : quote.latestRevision().map(QuoteRevision::customer).orElse(liveCustomer);
        return new QuoteViewModel(quote, shown, AccessPolicy.canActOnQuote(actor, quote.ownerId()), timeline,
                workOrder, errors, error, messages);
    }

    public String id() {
        return quote.id().toString();
    }

    public boolean canEdit() {
        return canAct && quote.status() == QuoteStatus.DRAFT;
    }

    public boolean canSend() {
        return canAct && quote.status().canMoveTo(QuoteStatus.SENT) && !quote.lines().isEmpty();
    }

    public boolean canResend() {
        return canAct && quote.status() == QuoteStatus.SENT;
    }

    public boolean canAccept() {
        return canAct && quote.status().canMoveTo(QuoteStatus.ACCEPTED);
    }

    public boolean canReject() {
        return canAct && quote.status().canMoveTo(QuoteStatus.REJECTED);
    }

    public boolean canRevise() {
        return canAct && quote.status() != QuoteStatus.DRAFT && quote.status().canMoveTo(QuoteStatus.DRAFT);
    }

    public boolean canCancel() {
        return canAct && quote.status().canMoveTo(QuoteStatus.CANCELLED);
    }

    public boolean canConvert() {
        return canAct && quote.status() == QuoteStatus.ACCEPTED;
    }

    /** The customer's choice of optional lines and alternatives is recorded on a sent quote that has them. */
    public boolean canChoose() {
        return canAct && quote.status() == QuoteStatus.SENT && hasOptions();
    }

    public boolean hasActions() {
        return canEdit() || canSend() || canAccept() || canReject() || canRevise() || canCancel() || canConvert()
                || canChoose();
    }

    /** Whether any line is optional or an alternative: the total is then that of the chosen lines. */
    public boolean hasOptions() {
        return LineOptionText.hasOptions(quote.pricing().lines());
    }

    /** How a line counts ("Optional — not included", "Alternative A of Glass (A / B), chosen: ..."); blank if required. */
    public String optionText(PricedLine line) {
        return LineOptionText.of(line, quote.pricing().lines(), messages);
    }

    public List<PricedLine> optionalLines() {
        return Alternatives.optionalLines(quote.pricing().lines());
    }

    /** The alternative groups in the order their first line appears, each with its lines. */
    public List<Alternatives> alternatives() {
        return Alternatives.of(quote.pricing().lines());
    }

    /** One alternative group of a choice form (the quote page's, the customer link's); {@code ordinal} names its radio buttons. */
    public record Alternatives(int ordinal, String group, List<PricedLine> lines) {
        /** The optional lines of {@code lines}. */
        public static List<PricedLine> optionalLines(List<PricedLine> lines) {
            return lines.stream().filter(l -> l.option().optional()).toList();
        }

        /** The alternative groups of {@code lines}, in the order their first line appears. */
        public static List<Alternatives> of(List<PricedLine> lines) {
            Map<String, List<PricedLine>> groups = new LinkedHashMap<>();
            lines.stream().filter(l -> l.option().alternativeGroup() != null)
                    .forEach(l -> groups.computeIfAbsent(l.option().alternativeGroup(), g -> new ArrayList<>()).add(l));
            List<Alternatives> result = new ArrayList<>();
            groups.forEach((group, members) -> result.add(new Alternatives(result.size(), group, List.copyOf(members))));
            return result;
        }
    }

    /** Sent revisions, newest first, each with its PDF. */
    public List<QuoteRevision> revisionsNewestFirst() {
        List<QuoteRevision> revisions = new ArrayList<>(quote.revisions());
        Collections.reverse(revisions);
        return revisions;
    }

    /** A draft never sent has a preview PDF marked DRAFT; once sent, the PDFs are those of the revisions. */
    public boolean hasDraftPreview() {
        return quote.revisions().isEmpty() && !quote.lines().isEmpty();
    }
}
