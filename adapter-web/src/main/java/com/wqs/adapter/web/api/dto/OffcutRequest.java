package com.wqs.adapter.web.api.dto;

import com.wqs.domain.shared.TextLimits;

/**
 * An offcut put on the rack or corrected by hand: profile code (required to add; fixed afterwards), colour (none
 * for an uncoloured profile), length in mm, an optional note (where it lies), and for a correction the version
 * it was read at.
 */
public record OffcutRequest(@MaxLength(TextLimits.CODE) String materialCode,
        @MaxLength(TextLimits.COLOUR) String colour, Integer lengthMm, @MaxLength(TextLimits.DESCRIPTION) String note,
        Long version) {
}
