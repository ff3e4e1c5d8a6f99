package com.wqs.adapter.persistence;

import java.util.Optional;

/**
 * Where a database's schema stands relative to the migrations this code ships: {@code appliedVersion}
 * is empty for an empty database; {@code newerVersion} is set when the database was migrated by a
 * newer release than this one.
 */
public record SchemaState(Optional<String> appliedVersion, String latestKnownVersion, int pendingMigrations,
        Optional<String> newerVersion) {

    public boolean isCurrent() {
        return appliedVersion.isPresent() && pendingMigrations == 0 && newerVersion.isEmpty();
    }
}
