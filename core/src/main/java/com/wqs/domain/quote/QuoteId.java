package com.wqs.domain.quote;

import java.util.Objects;
import java.util.UUID;

public record QuoteId(UUID value) {
    public QuoteId {
        Objects.requireNonNull(value, "value");
    }

    public static QuoteId newId() {
        return new QuoteId(UUID.randomUUID());
    }

    public static QuoteId of(String value) {
        return new QuoteId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
