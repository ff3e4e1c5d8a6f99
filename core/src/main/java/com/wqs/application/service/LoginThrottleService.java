package com.wqs.application.service;

import com.wqs.application.port.in.LoginThrottleStatus;
import com.wqs.application.port.in.ManageLoginThrottlesUseCase;
import com.wqs.application.port.out.Store;
import com.wqs.domain.user.AccessPolicy;
import com.wqs.domain.user.Actor;
import java.time.Clock;
import java.util.List;

/** ADMINs see the login throttles in force and clear one, e.g. for a user locked out by an attack. */
final class LoginThrottleService implements ManageLoginThrottlesUseCase {
    private final Store store;
    private final Clock clock;
    private final LoginThrottle throttle;

    LoginThrottleService(Store store, Clock clock, AuthPolicy policy) {
        this.store = store;
        this.clock = clock;
        this.throttle = new LoginThrottle(store.loginAttempts(), policy.login());
    }

    @Override
    public List<LoginThrottleStatus> list(Actor actor) {
        requireAdmin(actor);
        return store.transactions().readOnly(() -> throttle.statuses(clock.instant()));
    }

    @Override
    public void clear(Actor actor, String key) {
        requireAdmin(actor);
        store.transactions().run(() -> throttle.clear(key));
    }

    private static void requireAdmin(Actor actor) {
        Access.require(AccessPolicy.canManageUsers(actor), "only ADMIN manages login throttles");
    }
}
