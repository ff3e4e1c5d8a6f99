package com.wqs.application.port.out;

import com.wqs.domain.shared.ValidationException;

/** Which page to read: numbered from 1, at most 200 items. */
public record PageRequest(int page, int size) {
    public static final int MAX_SIZE = 200;
    public static final PageRequest FIRST = new PageRequest(1, 50);

    public PageRequest {
        if (page < 1) {
            throw new ValidationException("page", "must be 1 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new ValidationException("size", "must be between 1 and " + MAX_SIZE);
        }
    }

    public long offset() {
        return (long) (page - 1) * size;
    }
}
