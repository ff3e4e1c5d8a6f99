package com.wqs.domain.quote;

import java.util.EnumSet;
import java.util.Set;

/** The quote lifecycle; each status knows where it may go next. */
public enum QuoteStatus {
    DRAFT,
    SENT,
    ACCEPTED,
    REJECTED,
    EXPIRED,
    CONVERTED,
    CANCELLED;

    public Set<QuoteStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SENT, CANCELLED);
            case SENT -> EnumSet.of(ACCEPTED, REJECTED, EXPIRED, DRAFT, CANCELLED);
            case ACCEPTED -> EnumSet.of(CONVERTED);
            case REJECTED, EXPIRED -> EnumSet.of(DRAFT);
            case CONVERTED, CANCELLED -> EnumSet.noneOf(QuoteStatus.class);
        };
    }

    public boolean canMoveTo(QuoteStatus target) {
        return next().contains(target);
    }

    /** Statuses that expiry must never overwrite. */
    public boolean isDecided() {
        return this == ACCEPTED || this == REJECTED || this == CONVERTED || this == CANCELLED;
    }
}
