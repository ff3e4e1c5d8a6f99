package com.wqs.adapter.persistence;

import java.sql.SQLException;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
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

        /**
         * The pool's connections begin IMMEDIATE transactions (the write lock) when auto-commit goes off, so
         * a read transaction is begun by hand on the auto-commit connection: a plain DEFERRED one.
         */
        @Override
        <T> T inReadTransaction(Handle handle, Supplier<T> work) {
            handle.execute("BEGIN DEFERRED");
            T result;
            try {
                result = work.get();
                handle.execute("COMMIT");
            } catch (RuntimeException | Error failure) {
                try {
                    handle.execute("ROLLBACK");
                } catch (RuntimeException rollbackFailure) {
                    failure.addSuppressed(rollbackFailure);
                }
                throw failure;
            }
            return result;
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

        /** Read only as PostgreSQL enforces it: a write slipped into a read use case fails loudly. */
        @Override
        <T> T inReadTransaction(Handle handle, Supplier<T> work) {
            return handle.inTransaction(h -> {
                h.execute("SET TRANSACTION READ ONLY");
                return work.get();
            });
        }
    };

    /** Runs {@code work} in a transaction that only reads, on a handle in auto-commit mode. */
    abstract <T> T inReadTransaction(Handle handle, Supplier<T> work);

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
