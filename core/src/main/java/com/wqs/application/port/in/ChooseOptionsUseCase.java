package com.wqs.application.port.in;

import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteId;
import com.wqs.domain.user.Actor;
import java.util.List;

/**
 * Records the customer's choice of optional lines and alternatives on a SENT quote (e.g. accepted by
 * phone): the sent revision's frozen lines are re-priced with its frozen costs and rates (never today's
 * catalogue) and the choice is stored; accepting the quote then freezes it. Independent of any web
 * session: the actor may be a salesperson or, later, whoever a customer-facing link acts as.
 */
public interface ChooseOptionsUseCase {
    /**
     * @param revision the sent revision the choice was made on (the quote's current one)
     * @param chosenLines the indexes (from 0) of the optional lines taken and of each alternative group's
     *     chosen line; every other optional line is left out
     * @throws com.wqs.domain.shared.ValidationException naming {@code chosenLines} or {@code chosenLines[k]}
     * @throws com.wqs.domain.shared.ConflictException when the quote is not SENT or is at another revision
     */
    Quote choose(Actor actor, QuoteId id, int revision, List<Integer> chosenLines);
}
