package com.wqs.domain.shared;

import java.util.OptionalLong;

/**
 * A write made from a version of a record that is no longer the stored one (someone saved it meanwhile):
 * nothing was written. The code is {@code <entity>.stale}; {@link #currentVersion()} is the version stored
 * now, so a client can show what changed and save again deliberately with it (empty when it is not known,
 * e.g. the record was removed).
 */
public final class StaleVersionException extends ConflictException {
    private final Long currentVersion;

    public StaleVersionException(String entity, String message, Long currentVersion) {
        super(entity + ".stale", message);
        this.currentVersion = currentVersion;
    }

    /**
     * The usual refusal: "{@code what} was changed by someone else (version 4, you sent 3); reload it and
     * try again".
     */
    public static StaleVersionException of(String entity, String what, long currentVersion, long sentVersion) {
        return new StaleVersionException(entity, what + " was changed by someone else (version " + currentVersion
                + ", you sent " + sentVersion + "); reload it and try again", currentVersion);
    }

    public OptionalLong currentVersion() {
        return currentVersion == null ? OptionalLong.empty() : OptionalLong.of(currentVersion);
    }
}
