package com.wqs.application.port.in;

import com.wqs.domain.customer.CustomerId;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteId;
import com.wqs.domain.user.Actor;

/**
 * A new draft, owned by the actor, with the lines, rates and notes of a quote the actor may see, for the
 * same customer or another one ({@code customerId} null: the same), priced at today's catalogue and valid
 * for the configured validity from today.
 */
public interface DuplicateQuoteUseCase {
    /**
     * @throws com.wqs.domain.shared.ValidationException naming each line that no longer prices
     *     ({@code lines[i].productCode}: inactive or removed product, ...) or an unknown customer; nothing
     *     is created then
     */
    Quote duplicate(Actor actor, QuoteId source, CustomerId customerId);
}
