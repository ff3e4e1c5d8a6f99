package com.wqs.adapter.persistence;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What was read for one version of a record, kept for the next read of that same version: a record's
 * stored version changes with every write, so an entry can never be read for a newer state, whichever
 * instance wrote it (several servers on one PostgreSQL). Least recently used entries go first beyond
 * {@code capacity}; an older version of a key is dropped when a newer one is put.
 */
final class VersionedCache<V> {
    private final Map<String, Entry<V>> entries;

    private record Entry<V>(long version, V value) {
    }

    VersionedCache(int capacity) {
        this.entries = new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry<V>> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Optional<V> get(String key, long version) {
        Entry<V> entry = entries.get(key);
        return entry != null && entry.version() == version ? Optional.of(entry.value()) : Optional.empty();
    }

    synchronized void put(String key, long version, V value) {
        Entry<V> current = entries.get(key);
        if (current == null || current.version() <= version) {
            entries.put(key, new Entry<>(version, value));
        }
    }

    synchronized int size() {
        return entries.size();
    }
}
