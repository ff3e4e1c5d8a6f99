package com.wqs.adapter.web.api.dto;

import com.wqs.domain.shared.StatusChange;
import java.time.Instant;

/** One recorded transition; {@code from} is null for the first entry. */
public record StatusChangeResponse(String from, String to, String by, Instant at, String note) {
    public static StatusChangeResponse from(StatusChange<?> c) {
        return new StatusChangeResponse(Decimals.name(c.from()), c.to().name(), c.by().toString(), c.at(), c.note());
    }
}
