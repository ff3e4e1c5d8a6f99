package com.wqs.domain.catalog;

import java.util.Objects;
import java.util.UUID;

public record MaterialId(UUID value) {
    public MaterialId {
        Objects.requireNonNull(value, "value");
    }

    public static MaterialId newId() {
        return new MaterialId(UUID.randomUUID());
    }

    public static MaterialId of(String value) {
        return new MaterialId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
