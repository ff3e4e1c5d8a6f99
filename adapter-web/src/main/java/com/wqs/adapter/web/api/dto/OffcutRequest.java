package com.wqs.adapter.web.api.dto;

/**
 * An offcut put on the rack or corrected by hand: profile code (required to add; fixed afterwards), colour (none
 * for an uncoloured profile), length in mm, an optional note (where it lies), and for a correction the version
 * it was read at.
 */
public record OffcutRequest(String materialCode, String colour, Integer lengthMm, String note, Long version) {
}
