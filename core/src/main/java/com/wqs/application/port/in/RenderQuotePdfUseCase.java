package com.wqs.application.port.in;

import com.wqs.domain.quote.QuoteId;
import com.wqs.domain.user.Actor;

/**
 * The customer's PDF of a quote: of the given sent revision, by default the latest sent one; a draft
 * never sent gets a preview marked DRAFT. Regenerating a sent revision gives identical bytes.
 */
public interface RenderQuotePdfUseCase {
    QuotePdf render(Actor actor, QuoteId id, Integer revision);

    record QuotePdf(String fileName, byte[] content) {
    }
}
