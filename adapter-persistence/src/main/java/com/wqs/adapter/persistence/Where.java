package com.wqs.adapter.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.statement.SqlStatement;

/** A WHERE clause built from optional filters, with the parameters its conditions use. */
final class Where {
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds {@code condition} (which uses {@code :name}) when {@code value} is not null. */
    Where andIfPresent(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value);
        }
        return this;
    }

    Where and(String condition, String name, Object value) {
        conditions.add(condition);
        parameters.put(name, value);
        return this;
    }

    /** Adds a condition without parameters. */
    Where and(String condition) {
        conditions.add(condition);
        return this;
    }

    String sql() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    <S extends SqlStatement<S>> S bind(S statement) {
        return statement.bindMap(parameters);
    }
}
