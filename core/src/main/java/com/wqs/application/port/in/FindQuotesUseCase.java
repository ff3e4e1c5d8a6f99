package com.wqs.application.port.in;

import com.wqs.application.port.out.Page;
import com.wqs.application.port.out.PageRequest;
import com.wqs.application.port.out.QuoteSearch;
import com.wqs.application.port.out.QuoteSummary;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteId;
import com.wqs.domain.quote.QuoteStatus;
import com.wqs.domain.shared.StatusChange;
import com.wqs.domain.user.Actor;
import java.util.List;

/**
 * Reading quotes. SALES see their own, ADMIN all (and may filter by owner), PRODUCTION every quote
 * that is not a draft. A quote the actor may not see is NOT_FOUND.
 */
public interface FindQuotesUseCase {
    Quote get(Actor actor, QuoteId id);

    Page<QuoteSummary> list(Actor actor, QuoteSearch search, PageRequest page);

    List<StatusChange<QuoteStatus>> history(Actor actor, QuoteId id);
}
