package com.wqs.adapter.web.api.dto;

import com.wqs.domain.cutting.Offcut;
import java.time.Instant;

/**
 * One offcut on the rack (or once on it): {@code label} as on the saw sheet (OC-17), state AVAILABLE, CONSUMED
 * or DISCARDED, the cut-list releases that left it and that used it (null when entered by hand / not used).
 */
public record OffcutResponse(long id, String label, String materialCode, String colour, int lengthMm, String source,
        String note, String state, Long createdByRelease, Long consumedByRelease, Instant createdAt, long version) {

    public static OffcutResponse from(Offcut o) {
        return new OffcutResponse(o.id(), o.label(), o.materialCode(), o.colour(), o.lengthMm(), o.source(),
                o.note(), o.state().name(), o.createdByRelease(), o.consumedByRelease(), o.createdAt(), o.version());
    }
}
