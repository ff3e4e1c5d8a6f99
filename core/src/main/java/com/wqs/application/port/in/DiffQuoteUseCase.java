package com.wqs.application.port.in;

import com.wqs.domain.pricing.RevisionDiff;
import com.wqs.domain.quote.QuoteId;
import com.wqs.domain.user.Actor;

/**
 * What changed in a quote since an earlier sent revision, for whoever may see the quote. The current
 * content (the draft being revised, or the revision last sent) is compared with {@code fromRevision}, or
 * with the latest revision sent before the current one when it is null.
 */
public interface DiffQuoteUseCase {
    /**
     * @throws com.wqs.domain.shared.ValidationException on {@code from} when that revision was not sent
     *     before the current one
     * @throws com.wqs.domain.shared.ConflictException ({@code quote.no_earlier_revision}) when no revision
     *     was sent before the current one
     */
    RevisionDiff diff(Actor actor, QuoteId id, Integer fromRevision);
}
