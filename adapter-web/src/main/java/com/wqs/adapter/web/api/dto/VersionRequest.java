package com.wqs.adapter.web.api.dto;

/** The version a record was read at, for a change that carries nothing else. */
public record VersionRequest(Long version) {
    /** The OpenAPI description of a {@code version} every write of the record needs. */
    public static final String REQUIRED = "Required: the version of the record you read. When it was saved since,"
            + " the answer is 409 (<entity>.stale, carrying currentVersion, the version stored now) and nothing"
            + " changes; a missing version is a 400 naming it.";

    /** As {@link #REQUIRED}, for a DTO shared by create (which ignores it) and replace. */
    public static final String ON_REPLACE = "On a replace (PUT): " + REQUIRED + " Ignored on create.";
}
