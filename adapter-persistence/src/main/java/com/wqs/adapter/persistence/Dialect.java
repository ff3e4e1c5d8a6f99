package com.wqs.adapter.persistence;

import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** The few places where SQLite and PostgreSQL differ at run time; the schema itself is shared. */
enum Dialect {
    SQLITE {
        @Override
        String binaryOrder(String column) {
            return column; // SQLite compares text by bytes unless told otherwise
        }

        @Override
        boolean isUniqueViolation(SQLException e) {
            return e instanceof SQLiteException sqlite
                    && (sqlite.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE
                            || sqlite.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY);
        }
    },
    POSTGRESQL {
        @Override
        String binaryOrder(String column) {
            return column + " COLLATE \"C\"";
        }

        @Override
        boolean isUniqueViolation(SQLException e) {
            return "23505".equals(e.getSQLState());
        }
    };

    /** An ORDER BY term that sorts text by code point, as Java's {@code String.compareTo} does, whatever the locale. */
    abstract String binaryOrder(String column);

    abstract boolean isUniqueViolation(SQLException e);

    /** Whether {@code failure} (a JDBI exception or anything wrapping a driver error) is a unique-key violation. */
    boolean isUniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && isUniqueViolation(sql)) {
                return true;
            }
        }
        return false;
    }
}
