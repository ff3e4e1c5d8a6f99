package com.wqs.application.inmemory;

import com.wqs.domain.shared.ConflictException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A catalogue table of immutable, versioned records with a unique code (materials, products): the
 * unique constraints, optimistic locking and code lookups both repositories share.
 */
final class CodedTable<I, T> {
    private final InMemoryDatabase database;
    private final String entity;
    private final Function<Tables, Map<I, T>> table;
    private final Function<T, I> id;
    private final Function<T, String> code;
    private final Function<T, Long> version;
    private final BiFunction<T, Long, T> withVersion;

    CodedTable(InMemoryDatabase database, String entity, Function<Tables, Map<I, T>> table, Function<T, I> id,
            Function<T, String> code, Function<T, Long> version, BiFunction<T, Long, T> withVersion) {
        this.database = database;
        this.entity = entity;
        this.table = table;
        this.id = id;
        this.code = code;
        this.version = version;
        this.withVersion = withVersion;
    }

    void insert(T row) {
        database.write(tables -> {
            Map<I, T> rows = table.apply(tables);
            if (rows.containsKey(id.apply(row))) {
                throw new ConflictException(entity + ".duplicate", entity + " " + id.apply(row) + " already exists");
            }
            checkCodeFree(rows, row);
            rows.put(id.apply(row), withVersion.apply(row, 0L));
        });
    }

    void update(T row) {
        database.write(tables -> {
            Map<I, T> rows = table.apply(tables);
            T stored = rows.get(id.apply(row));
            long next = Versions.next(entity, id.apply(row), stored == null ? null : version.apply(stored),
                    version.apply(row));
            checkCodeFree(rows, row);
            rows.put(id.apply(row), withVersion.apply(row, next));
        });
    }

    private void checkCodeFree(Map<I, T> rows, T row) {
        boolean taken = rows.values().stream()
                .anyMatch(other -> code.apply(other).equals(code.apply(row)) && !id.apply(other).equals(id.apply(row)));
        if (taken) {
            throw new ConflictException(entity + ".duplicate_code", entity + " code " + code.apply(row) + " is taken");
        }
    }

    Optional<T> findById(I key) {
        return database.read(tables -> Optional.ofNullable(table.apply(tables).get(key)));
    }

    Optional<T> findByCode(String wanted) {
        return database.read(tables -> table.apply(tables).values().stream()
                .filter(row -> code.apply(row).equals(wanted))
                .findFirst());
    }

    List<T> findByCodes(Collection<String> codes) {
        Set<String> wanted = Set.copyOf(codes);
        return database.read(tables -> table.apply(tables).values().stream()
                .filter(row -> wanted.contains(code.apply(row)))
                .sorted(Comparator.comparing(code))
                .toList());
    }

    /** Every row sorted by code. */
    List<T> findAll() {
        return database.read(tables -> table.apply(tables).values().stream()
                .sorted(Comparator.comparing(code))
                .toList());
    }

    boolean delete(I key) {
        return database.writeAndGet(tables -> table.apply(tables).remove(key) != null);
    }
}
