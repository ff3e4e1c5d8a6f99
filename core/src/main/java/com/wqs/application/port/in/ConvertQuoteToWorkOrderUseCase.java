package com.wqs.application.port.in;

import com.wqs.domain.quote.QuoteId;
import com.wqs.domain.user.Actor;
import com.wqs.domain.workorder.WorkOrder;
import com.wqs.domain.workorder.WorkOrderDetails;

/**
 * Turns an ACCEPTED quote into its one work order (owner or ADMIN). Idempotent: converting again
 * never creates a second work order.
 */
public interface ConvertQuoteToWorkOrderUseCase {
    /**
     * @param idempotencyKey optional client key; the same key with the same request replays the
     *     original result, with a different request it is UNPROCESSABLE
     */
    Conversion convert(Actor actor, QuoteId quoteId, WorkOrderDetails details, String idempotencyKey);

    enum Outcome {
        /** this call created the work order */
        CREATED,
        /** a retry of the request (same idempotency key and body) that created it */
        REPLAYED,
        /** the quote had already been converted by another request */
        ALREADY_CONVERTED
    }

    record Conversion(WorkOrder workOrder, Outcome outcome) {
    }
}
