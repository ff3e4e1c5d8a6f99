package com.wqs.domain.shared;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One recorded transition of a lifecycle: who moved it, when, from which state to which, and why. */
public record StatusChange<S extends Enum<S>>(S from, S to, UUID by, Instant at, String note) {
    public StatusChange {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        note = note == null ? "" : note;
    }
}
