package com.wqs.application.port.out;

import com.wqs.domain.shared.ConflictException;

/** The store refused a second work order for the same quote (or a reused idempotency key). */
public class DuplicateWorkOrderException extends ConflictException {
    public DuplicateWorkOrderException(String message) {
        super("work_order.duplicate", message);
    }
}
