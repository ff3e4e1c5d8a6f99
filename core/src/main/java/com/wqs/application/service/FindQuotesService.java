package com.wqs.application.service;

import com.wqs.application.port.in.FindQuotesUseCase;
import com.wqs.application.port.out.Page;
import com.wqs.application.port.out.PageRequest;
import com.wqs.application.port.out.QuoteSearch;
import com.wqs.application.port.out.QuoteSummary;
import com.wqs.application.port.out.Store;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteId;
import com.wqs.domain.quote.QuoteStatus;
import com.wqs.domain.shared.StatusChange;
import com.wqs.domain.user.AccessPolicy;
import com.wqs.domain.user.Actor;
import java.util.List;

/** Reading quotes within what the actor may see; the filters narrow that, they never widen it. */
public final class FindQuotesService implements FindQuotesUseCase {
    private final Store store;
    private final QuoteAccess quotes;

    public FindQuotesService(Store store) {
        this.store = store;
        this.quotes = new QuoteAccess(store.quotes());
    }

    @Override
    public Quote get(Actor actor, QuoteId id) {
        return store.transactions().readOnly(() -> quotes.visible(actor, id));
    }

    @Override
    public Page<QuoteSummary> list(Actor actor, QuoteSearch search, PageRequest page) {
        QuoteSearch given = search == null ? QuoteSearch.all() : search;
        if (AccessPolicy.seesOnlyOwnQuotes(actor) && given.ownerId() != null && !given.ownerId().equals(actor.userId())) {
            return new Page<>(List.of(), 0, page.page(), page.size());
        }
        QuoteSearch visible = visibleTo(actor, given);
        return store.transactions().readOnly(() -> store.quotes().search(visible, page));
    }

    @Override
    public List<StatusChange<QuoteStatus>> history(Actor actor, QuoteId id) {
        return get(actor, id).history();
    }

    /** The search narrowed to what the actor may see. */
    static QuoteSearch visibleTo(Actor actor, QuoteSearch search) {
        QuoteSearch narrowed = AccessPolicy.seesOnlyOwnQuotes(actor) ? search.withOwner(actor.userId()) : search;
        return AccessPolicy.seesDrafts(actor) ? narrowed : narrowed.withoutDrafts();
    }
}
