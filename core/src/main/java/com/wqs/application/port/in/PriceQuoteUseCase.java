package com.wqs.application.port.in;

import com.wqs.domain.pricing.QuotePricing;
import com.wqs.domain.quote.QuoteLine;
import com.wqs.domain.user.Actor;
import java.util.List;

/** Prices lines without saving anything (live editing, CLI dry run). */
public interface PriceQuoteUseCase {
    /** @throws com.wqs.domain.shared.ValidationException naming each bad field as {@code lines[i].field} */
    QuotePricing price(Actor actor, List<QuoteLine> lines, RatesCommand rates);
}
