package com.wqs.application.service;

import com.wqs.application.port.in.ImportResult;
import com.wqs.application.port.in.MaterialCommand;
import com.wqs.application.port.in.ProductCommand;
import com.wqs.application.port.out.Store;
import com.wqs.domain.catalog.Material;
import com.wqs.domain.catalog.MaterialId;
import com.wqs.domain.catalog.Product;
import com.wqs.domain.catalog.ProductId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * All-or-nothing catalogue imports, keyed by code: an existing code is updated, a new one created.
 * Every row is checked before anything is written, and every bad row is reported as {@code rows[i].field}.
 */
final class CatalogImport {
    private final Store store;

    CatalogImport(Store store) {
        this.store = store;
    }

    ImportResult materials(List<MaterialCommand> rows) {
        return store.transactions().inTransaction(() -> importAll(rows, new Kind<>(
                store.materials().findAll(), Material::code, MaterialCommand::code,
                (row, stored) -> CatalogCommands.material(stored == null ? MaterialId.newId() : stored.id(), row,
                        stored == null ? 0 : stored.version()),
                store.materials()::insert, store.materials()::update)));
    }

    /** BOM materials must be in the catalogue already (import materials first). */
    ImportResult products(List<ProductCommand> rows) {
        return store.transactions().inTransaction(() -> {
            Set<String> materialCodes = store.materials().findAll().stream().map(Material::code).collect(Collectors.toSet());
            return importAll(rows, new Kind<>(
                    store.products().findAll(), Product::code, ProductCommand::code,
                    (row, stored) -> CatalogCommands.product(stored == null ? ProductId.newId() : stored.id(), row,
                            stored == null ? 0 : stored.version(), materialCodes::contains),
                    store.products()::insert, store.products()::update));
        });
    }

    /** How to import one kind of record {@code R} from commands {@code C}. */
    private record Kind<C, R>(List<R> stored, Function<R, String> recordCode, Function<C, String> commandCode,
            BiFunction<C, R, R> build, Consumer<R> insert, Consumer<R> update) {
    }

    private static <C, R> ImportResult importAll(List<C> rows, Kind<C, R> kind) {
        Map<String, R> existing = kind.stored().stream().collect(Collectors.toMap(kind.recordCode(), Function.identity()));
        Validation validation = new Validation();
        List<R> records = new ArrayList<>();
        Map<String, Integer> firstRowOfCode = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            C row = rows.get(i);
            if (row == null) {
                validation.add(row(i), "is required");
                continue;
            }
            String code = normalised(kind.commandCode().apply(row));
            Integer firstRow = code == null ? null : firstRowOfCode.putIfAbsent(code, i);
            if (firstRow != null) {
                validation.add(row(i) + ".code", "repeats the code of row " + firstRow);
            }
            R record = validation.check(row(i) + ".", () -> kind.build().apply(row, existing.get(code)));
            if (record != null) {
                records.add(record);
            }
        }
        validation.throwIfInvalid();
        int updated = 0;
        for (R record : records) {
            if (existing.containsKey(kind.recordCode().apply(record))) {
                kind.update().accept(record);
                updated++;
            } else {
                kind.insert().accept(record);
            }
        }
        return new ImportResult(records.size() - updated, updated);
    }

    private static String row(int index) {
        return "rows[" + index + "]";
    }

    /** Codes are compared as the records store them (trimmed, upper case). */
    private static String normalised(String code) {
        return code == null || code.isBlank() ? null : code.trim().toUpperCase(Locale.ROOT);
    }
}
