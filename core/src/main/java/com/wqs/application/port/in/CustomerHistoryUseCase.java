package com.wqs.application.port.in;

import com.wqs.domain.customer.CustomerId;
import com.wqs.domain.user.Actor;

/** A customer's history as the actor may see it: SALES their own quotes, PRODUCTION no drafts, ADMIN all. */
public interface CustomerHistoryUseCase {
    /** @throws com.wqs.domain.shared.NotFoundException when there is no such customer */
    CustomerHistory history(Actor actor, CustomerId id);
}
