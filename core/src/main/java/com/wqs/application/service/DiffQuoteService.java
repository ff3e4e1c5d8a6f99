package com.wqs.application.service;

import com.wqs.application.port.in.DiffQuoteUseCase;
import com.wqs.application.port.out.Store;
import com.wqs.domain.pricing.RevisionDiff;
import com.wqs.domain.pricing.RevisionDiffer;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteId;
import com.wqs.domain.quote.QuoteRevision;
import com.wqs.domain.quote.QuoteStatus;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.shared.ValidationException;
import com.wqs.domain.user.Actor;
import java.util.List;
import java.util.stream.Collectors;

/** Compares a quote the actor may see with one of its earlier sent revisions; reads only. */
public final class DiffQuoteService implements DiffQuoteUseCase {
    private final Store store;
    private final QuoteAccess quotes;
    private final QuotePricer pricer;
    private final RevisionDiffer differ = new RevisionDiffer();

    public DiffQuoteService(Store store) {
        this.store = store;
        this.quotes = new QuoteAccess(store.quotes());
        this.pricer = new QuotePricer(store);
    }

    @Override
    public RevisionDiff diff(Actor actor, QuoteId id, Integer fromRevision) {
        return store.transactions().readOnly(() -> {
            Quote quote = quotes.visible(actor, id);
            QuoteRevision from = earlierRevision(quote, fromRevision);
            return differ.compare(from, quote.revision(), quote.status() == QuoteStatus.DRAFT, quote.lines(),
                    quote.pricing(), pricer.catalogFor(List.of(quote.lines(),
                            RevisionDiffer.requested(from.pricing().lines()))));
        });
    }

    private static QuoteRevision earlierRevision(Quote quote, Integer wanted) {
        List<QuoteRevision> earlier = quote.revisions().stream().filter(r -> r.revision() < quote.revision())
                .toList();
        if (wanted == null) {
            if (earlier.isEmpty()) {
                throw new ConflictException("quote.no_earlier_revision", "quote " + quote.number()
                        + " has no revision sent before revision " + quote.revision() + " to compare with");
            }
            return earlier.get(earlier.size() - 1);
        }
        return earlier.stream().filter(r -> r.revision() == wanted).findFirst()
                .orElseThrow(() -> new ValidationException("from", earlier.isEmpty()
                        ? "quote " + quote.number() + " has no revision sent before revision " + quote.revision()
                        : "must be a revision sent before revision " + quote.revision() + ": "
                                + earlier.stream().map(r -> String.valueOf(r.revision()))
                                        .collect(Collectors.joining(", "))));
    }
}
