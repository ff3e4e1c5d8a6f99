package com.wqs.application.port.in;

import com.wqs.domain.user.Actor;

/**
 * What the workshop needs to see first: its work orders by status, the deliveries that are late, due this
 * week and coming next, and the materials still to order. ADMIN and PRODUCTION see every work order, SALES
 * those of their own quotes.
 */
public interface ProductionOverviewUseCase {
    /** How many of the next deliveries the overview lists. */
    int NEXT_DELIVERIES = 10;

    ProductionOverview overview(Actor actor);
}
