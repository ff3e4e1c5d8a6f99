package com.wqs.adapter.cli;

import com.wqs.domain.shared.ValidationException;
import java.nio.file.Path;

/** Where the data lives: a SQLite file, or a database reached by a JDBC URL (PostgreSQL). */
public record StoreLocation(Path sqliteFile, String jdbcUrl) {
    public static StoreLocation sqlite(Path file) {
        return new StoreLocation(file.toAbsolutePath().normalize(), null);
    }

    public static StoreLocation jdbc(String url) {
        if (!url.startsWith("jdbc:")) {
            throw new ValidationException("--jdbc-url", "must start with jdbc: (e.g. jdbc:postgresql://host/db)");
        }
        return new StoreLocation(null, url);
    }

    public boolean isSqlite() {
        return sqliteFile != null;
    }

    /** For messages: the file, or the URL without its query (which may hold a password). */
    public String describe() {
        if (isSqlite()) {
            return sqliteFile.toString();
        }
        return withoutQuery(jdbcUrl);
    }

    static String withoutQuery(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
