package com.wqs.application.service;

import com.wqs.domain.shared.ForbiddenException;

/** Role checks for whole kinds of action, where refusing does not reveal whether a record exists. */
final class Access {
    private Access() {
    }

    static void require(boolean allowed, String whatIsRefused) {
        if (!allowed) {
            throw new ForbiddenException(whatIsRefused);
        }
    }
}
