package com.wqs.application.port.in;

/** Moves SENT quotes whose validity ended to EXPIRED (run periodically; never touches decided quotes). */
public interface ExpireQuotesUseCase {
    /** @return how many quotes expired */
    int expireDue();
}
