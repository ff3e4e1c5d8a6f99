package com.wqs.adapter.cli.reliability;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh PostgreSQL schema of one test's own ({@code wqs_rel_<random>}) in the database named by
 * {@code WQS_TEST_POSTGRES_URL}, reached through {@code currentSchema} in the JDBC URL, and dropped with
 * everything in it by {@link #drop()}. As in adapter-persistence's tests: without the variable the test is
 * skipped with the reason; with it set and the database unreachable, the test fails.
 */
public final class PostgresSchema {
    public static final String URL_VARIABLE = "WQS_TEST_POSTGRES_URL";

    private final String baseUrl;
    private final String name = "wqs_rel_" + UUID.randomUUID().toString().replace("-", "");
    private boolean created;

    private PostgresSchema(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    static PostgresSchema create() {
        String baseUrl = System.getenv(URL_VARIABLE);
        assumeTrue(baseUrl != null && !baseUrl.isBlank(), URL_VARIABLE + " is not set: PostgreSQL test skipped "
                + "(.ci/run sets it)");
        PostgresSchema schema = new PostgresSchema(baseUrl);
        schema.execute("CREATE SCHEMA " + schema.name);
        schema.created = true;
        return schema;
    }

    /** The JDBC URL whose connections work in this schema. */
    public String url() {
        return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + name;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url());
    }

    /** Drops the schema (after the servers using it have stopped). */
    public void drop() {
        if (created) {
            execute("DROP SCHEMA " + name + " CASCADE");
            created = false;
        }
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(baseUrl);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run " + sql + " on " + URL_VARIABLE, e);
        }
    }
}
