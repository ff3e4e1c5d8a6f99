package com.wqs.application.inmemory;

import com.wqs.application.port.out.OffcutRepository;
import com.wqs.application.port.out.OffcutSearch;
import com.wqs.domain.cutting.Offcut;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The offcut rack: ids from a sequence, version 1 on insert and one more on every change (hand corrections,
 * {@link #consume}, {@link #revert}); {@code consume} takes an offcut only while it is AVAILABLE, inside the
 * database lock, so of two releases racing for it exactly one has it.
 */
final class InMemoryOffcutRepository implements OffcutRepository {
    static final String SEQUENCE = "offcut";
    /** Material code, colour (uncoloured first), longest first, then id: the order of every list. */
    static final Comparator<Offcut> RACK_ORDER = Comparator.comparing(Offcut::materialCode)
            .thenComparing(Offcut::colour, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Comparator.comparingInt(Offcut::lengthMm).reversed())
            .thenComparingLong(Offcut::id);

    private final InMemoryDatabase database;

    InMemoryOffcutRepository(InMemoryDatabase database) {
        this.database = database;
    }

    @Override
    public Offcut insert(Offcut offcut) {
        Objects.requireNonNull(offcut, "offcut");
        return database.writeAndGet(tables -> {
            long id = tables.nextId(SEQUENCE);
            Offcut stored = new Offcut(id, offcut.materialCode(), offcut.colour(), offcut.lengthMm(),
                    offcut.source(), offcut.note(), offcut.state(), offcut.createdByRelease(),
                    offcut.consumedByRelease(), offcut.createdAt(), 1);
            tables.offcuts.put(id, stored);
            return stored;
        });
    }

    @Override
    public void update(Offcut offcut) {
        Objects.requireNonNull(offcut, "offcut");
        database.write(tables -> {
            Offcut stored = tables.offcuts.get(offcut.id());
            long version = Versions.next("offcut", Offcut.label(offcut.id()), stored == null ? null : stored.version(),
                    offcut.version());
            // only colour, length, note and state change; the rest is the stored row's
            Long consumedBy = offcut.state() == Offcut.State.CONSUMED ? stored.consumedByRelease() : null;
            tables.offcuts.put(stored.id(), new Offcut(stored.id(), stored.materialCode(), offcut.colour(),
                    offcut.lengthMm(), stored.source(), offcut.note(), offcut.state(), stored.createdByRelease(),
                    consumedBy, stored.createdAt(), version));
        });
    }

    @Override
    public Optional<Offcut> findById(long id) {
        return database.read(tables -> Optional.ofNullable(tables.offcuts.get(id)));
    }

    @Override
    public List<Offcut> search(OffcutSearch search) {
        Predicate<Offcut> matching = matching(search == null ? OffcutSearch.available() : search);
        return database.read(tables -> tables.offcuts.values().stream()
                .filter(matching)
                .sorted(RACK_ORDER)
                .toList());
    }

    @Override
    public boolean consume(long id, long releaseId) {
        return database.writeAndGet(tables -> {
            Offcut stored = tables.offcuts.get(id);
            if (stored == null || !stored.isAvailable()) {
                return false;
            }
            tables.offcuts.put(id, with(stored, Offcut.State.CONSUMED, releaseId));
            return true;
        });
    }

    @Override
    public List<Offcut> consumedBy(long releaseId) {
        return database.read(tables -> tables.offcuts.values().stream()
                .filter(o -> o.state() == Offcut.State.CONSUMED && Objects.equals(o.consumedByRelease(), releaseId))
                .sorted(RACK_ORDER)
                .toList());
    }

    /**
     * Back on the rack first, then the release's own remainders thrown away, in two passes as the SQL stores
     * do: an offcut the release both left and cut (were there one) would not exist without it, so it ends
     * DISCARDED.
     */
    @Override
    public void revert(long releaseId) {
        database.write(tables -> {
            for (Offcut stored : List.copyOf(tables.offcuts.values())) {
                if (stored.state() == Offcut.State.CONSUMED
                        && Objects.equals(stored.consumedByRelease(), releaseId)) {
                    tables.offcuts.put(stored.id(), with(stored, Offcut.State.AVAILABLE, null));
                }
            }
            for (Offcut stored : List.copyOf(tables.offcuts.values())) {
                if (stored.isAvailable() && Objects.equals(stored.createdByRelease(), releaseId)) {
                    tables.offcuts.put(stored.id(), with(stored, Offcut.State.DISCARDED, null));
                }
            }
        });
    }

    private static Predicate<Offcut> matching(OffcutSearch search) {
        String code = search.materialCode() == null || search.materialCode().isBlank() ? null
                : search.materialCode().strip().toUpperCase(Locale.ROOT);
        String colour = search.colour() == null || search.colour().isBlank() ? null
                : search.colour().strip().toUpperCase(Locale.ROOT);
        return offcut -> search.states().contains(offcut.state())
                && (code == null || code.equals(offcut.materialCode()))
                // a colour is only looked at with a profile
                && (code == null || (search.uncolouredOnly() ? offcut.colour() == null
                        : colour == null || colour.equals(offcut.colour())));
    }

    private static Offcut with(Offcut stored, Offcut.State state, Long consumedBy) {
        return new Offcut(stored.id(), stored.materialCode(), stored.colour(), stored.lengthMm(), stored.source(),
                stored.note(), state, stored.createdByRelease(), consumedBy, stored.createdAt(),
                stored.version() + 1);
    }
}
