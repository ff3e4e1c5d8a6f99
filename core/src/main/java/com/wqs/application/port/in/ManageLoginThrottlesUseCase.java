package com.wqs.application.port.in;

import com.wqs.domain.user.Actor;
import java.util.List;

/** The login throttles in force (ADMIN only): see who is being slowed down, and let someone in again. */
public interface ManageLoginThrottlesUseCase {
    /** Every counter with failures in its window, blocking ones first. */
    List<LoginThrottleStatus> list(Actor actor);

    /**
     * Forgets the failures of one counter (a {@link LoginThrottleStatus#key()}); clearing one that has none
     * is fine. A key of no known form → VALIDATION on {@code key}.
     */
    void clear(Actor actor, String key);
}
