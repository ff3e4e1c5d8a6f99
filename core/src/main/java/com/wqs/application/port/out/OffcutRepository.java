package com.wqs.application.port.out;

import com.wqs.domain.cutting.Offcut;
import java.util.List;
import java.util.Optional;

/** The offcut rack. */
public interface OffcutRepository {
    /** Stores a new offcut (its id and version are ignored) and returns it with the id the store assigned, version 1. */
    Offcut insert(Offcut offcut);

    /** Optimistic update of colour, length, note and state on {@code offcut.version()}; stale → CONFLICT. */
    void update(Offcut offcut);

    Optional<Offcut> findById(long id);

    /** Sorted by material code, colour (uncoloured first), length descending, then id. */
    List<Offcut> search(OffcutSearch search);

    /**
     * Marks an AVAILABLE offcut CONSUMED by the release, as one conditional update ({@code … WHERE state =
     * 'AVAILABLE'}), so two releases racing for it cannot both have it.
     *
     * @return whether this call consumed it (false: it is not available, or does not exist)
     */
    boolean consume(long id, long releaseId);

    /** The offcuts the release consumed, sorted as {@link #search}. */
    List<Offcut> consumedBy(long releaseId);

    /**
     * Undoes a release on the rack: the offcuts it consumed are AVAILABLE again, and those it created that are
     * still AVAILABLE are DISCARDED (those already consumed by a later release stay as they are).
     */
    void revert(long releaseId);
}
