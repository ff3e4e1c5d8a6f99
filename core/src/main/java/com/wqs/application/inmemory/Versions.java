package com.wqs.application.inmemory;

import com.wqs.domain.shared.StaleVersionException;

/** Optimistic locking as the SQL stores do it: update only the row still at the version the caller read. */
final class Versions {
    private Versions() {
    }

    /**
     * @param stored the stored version, or null when the row does not exist (deleted meanwhile)
     * @return the version to store
     * @throws StaleVersionException {@code <entity>.stale}, with the stored version, when the caller's version
     *         is not the stored one
     */
    static long next(String entity, Object id, Long stored, long expected) {
        if (stored == null || stored != expected) {
            throw new StaleVersionException(entity,
                    entity + " " + id + " was changed or removed by someone else; reload it and try again", stored);
        }
        return expected + 1;
    }
}
