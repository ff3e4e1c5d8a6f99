package com.wqs.application.port.in;

/**
 * An offcut entered or corrected by hand: profile (material code; fixed once stored), colour (null for an
 * uncoloured profile), length in mm, a note (e.g. where it lies), and for a correction the version it was read at.
 */
public record OffcutCommand(String materialCode, String colour, Integer lengthMm, String note, Long version) {
}
