package com.wqs.adapter.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * The database named by {@code --db}, {@code --jdbc-url} (or their variables) cannot be used: one line naming
 * the option and the problem, and exit code 2 (a bad value, like any usage error), or 10 when a PostgreSQL
 * server cannot be reached (it may be back shortly). Never a stack trace: the cause is the database's own message.
 */
public final class DatabaseUnusableException extends RuntimeException {
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private final String option;
    private final int exitCode;

    private DatabaseUnusableException(String option, String message, int exitCode) {
        super(message);
        this.option = option;
        this.exitCode = exitCode;
    }

    public String option() {
        return option;
    }

    public int exitCode() {
        return exitCode;
    }

    /** A {@code --jdbc-url} that is not a PostgreSQL JDBC URL. */
    static DatabaseUnusableException notPostgres(String url) {
        return new DatabaseUnusableException("--jdbc-url", "--jdbc-url " + StoreLocation.withoutQuery(url)
                + ": not a PostgreSQL JDBC URL (jdbc:postgresql://HOST[:PORT]/DATABASE?user=...)", ExitCodes.USAGE);
    }

    /**
     * Checks a SQLite file before it is opened: not a folder, its folder there, and when it exists, a SQLite
     * database (an empty file is one, to be created).
     */
    static void checkSqliteFile(Path file, String option) {
        String named = option + " " + file;
        if (Files.isDirectory(file)) {
            throw usage(option, named + ": is a folder, not a database file");
        }
        Path folder = file.getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw usage(option, named + ": the folder " + folder + " does not exist");
        }
        if (!Files.exists(file)) {
            if (folder != null && !Files.isWritable(folder)) {
                throw usage(option, named + ": cannot create it, the folder " + folder + " is not writable");
            }
            return;
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw usage(option, named + ": cannot be read");
        }
        byte[] header = new byte[SQLITE_HEADER.length];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(header, 0, header.length);
        } catch (IOException e) {
            throw usage(option, named + ": cannot be read (" + e.getMessage() + ")");
        }
        if (read > 0 && !Arrays.equals(header, SQLITE_HEADER)) {
            throw usage(option, named + ": is not a SQLite database file");
        }
    }

    /**
     * Opening the store failed with {@code failure}: when a database error is under it, that error in one line
     * (exit 2, or 10 for a PostgreSQL connection that could not be made); else null (not a database problem).
     */
    static DatabaseUnusableException opening(StoreLocation location, String option, RuntimeException failure) {
        SQLException sql = null;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException found) {
                sql = found;
            }
        }
        if (sql == null) {
            return null;
        }
        String message = sql.getMessage() == null ? sql.getClass().getSimpleName() : sql.getMessage().strip();
        String state = sql.getSQLState();
        boolean unreachable = !location.isSqlite() && state != null && state.startsWith("08");
        String what = unreachable ? ": cannot reach the database server, try again later (" : ": cannot open the database (";
        return new DatabaseUnusableException(option, option + " " + location.describe() + what + firstLine(message) + ")",
                unreachable ? ExitCodes.UNAVAILABLE : ExitCodes.USAGE);
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end).strip();
    }

    private static DatabaseUnusableException usage(String option, String message) {
        return new DatabaseUnusableException(option, message, ExitCodes.USAGE);
    }
}
