package com.wqs.domain.user;

import java.util.Objects;
import java.util.UUID;

public record ApiTokenId(UUID value) {
    public ApiTokenId {
        Objects.requireNonNull(value, "value");
    }

    public static ApiTokenId newId() {
        return new ApiTokenId(UUID.randomUUID());
    }

    public static ApiTokenId of(String value) {
        return new ApiTokenId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
