package com.wqs.adapter.web.support;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A SHA-256 over every row of every table of a SQLite file, read with sqlite-jdbc beside the server (not
 * through the store's ports, so nothing the ports leave out escapes it), except the tables a refused
 * request may legitimately change: {@code sessions} (a signed-in request moves its idle expiry) and
 * {@code login_attempts} (a failed login is counted for throttling), and the columns such a request may
 * change: {@code api_tokens.last_used_at} (the request's token was used).
 */
public final class TableChecksum implements AutoCloseable {
    public static final Set<String> CHANGED_BY_REFUSED_REQUESTS = Set.of("sessions", "login_attempts");
    /** Columns (table.column) a refused request may change, left out of the checksum. */
    public static final Set<String> COLUMNS_CHANGED_BY_REFUSED_REQUESTS = Set.of("api_tokens.last_used_at");

    private final Connection connection;
    private long lastDataVersion = -1;
    private String lastChecksum;

    public TableChecksum(Path sqliteFile) {
        try {
            connection = DriverManager.getConnection("jdbc:sqlite:" + sqliteFile);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open " + sqliteFile, e);
        }
    }

    /** The tables the checksum covers. */
    public List<String> tables() {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
            while (rows.next()) {
                if (!CHANGED_BY_REFUSED_REQUESTS.contains(rows.getString(1))) {
                    tables.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return tables;
    }

    /**
     * Hex SHA-256 over the covered tables. SQLite's {@code data_version} tells whether another connection
     * committed since the last call; when none did, the last checksum still holds and nothing is read.
     */
    public String current() {
        long version = dataVersion();
        if (version != lastDataVersion || lastChecksum == null) {
            lastChecksum = compute();
            lastDataVersion = version;
        }
        return lastChecksum;
    }

    private long dataVersion() {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("PRAGMA data_version")) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Hex SHA-256 over the covered tables, each read in the order of all its columns. */
    public String compute() {
        MessageDigest digest = sha256();
        try (Statement statement = connection.createStatement()) {
            for (String table : tables()) {
                digest.update(("\u0001" + table).getBytes(StandardCharsets.UTF_8));
                try (ResultSet rows = statement.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY "
                        + allColumns(statement, table))) {
                    int columns = rows.getMetaData().getColumnCount();
                    Set<Integer> skipped = new HashSet<>();
                    for (int c = 1; c <= columns; c++) {
                        if (COLUMNS_CHANGED_BY_REFUSED_REQUESTS.contains(
                                table + "." + rows.getMetaData().getColumnName(c).toLowerCase(Locale.ROOT))) {
                            skipped.add(c);
                        }
                    }
                    while (rows.next()) {
                        digest.update((byte) 2);
                        for (int c = 1; c <= columns; c++) {
                            if (skipped.contains(c)) {
                                continue;
                            }
                            byte[] value = rows.getBytes(c);
                            digest.update(value == null ? new byte[] {3} : value);
                            digest.update((byte) 4);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String allColumns(Statement statement, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet info = statement.executeQuery("PRAGMA table_info(\"" + table + "\")")) {
            while (info.next()) {
                columns.add(String.valueOf(columns.size() + 1));
            }
        }
        return String.join(", ", columns);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
