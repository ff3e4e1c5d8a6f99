package com.wqs.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The dashboard's recent list is read in index order on SQLite, so it stops after its first rows: before
 * V6 SQLite sorted every quote sharing the newest created_at ("USE TEMP B-TREE FOR RIGHT PART OF ORDER
 * BY"), which made {@code GET /api/v1/stats/quotes} slower with each quote created at the same instant.
 */
class SqliteRecentQuotesPlanTest {
    @RegisterExtension
    final TestDatabases.Sqlite databases = TestDatabases.sqlite();

    @Test
    void oneOwnersRecentQuotesAreReadInTheOrderOfTheOwnerCreationIndex() throws SQLException {
        Path file = databases.newFile();
        SqliteStore.migrate(file);

        List<String> plan = plan(file, JdbiQuoteStatistics.recentSql(" WHERE q.owner_id = :ownerId",
                Dialect.SQLITE.binaryOrder("q.number")), "owner");

        assertThat(plan).anySatisfy(step -> assertThat(step).contains("SEARCH q USING INDEX ix_quotes_owner_created"));
        assertThat(plan).noneSatisfy(step -> assertThat(step).contains("TEMP B-TREE"));
    }

    @Test
    void everyonesRecentQuotesAreReadInTheOrderOfTheCreationIndex() throws SQLException {
        Path file = databases.newFile();
        SqliteStore.migrate(file);

        List<String> plan = plan(file, JdbiQuoteStatistics.recentSql("", Dialect.SQLITE.binaryOrder("q.number")));

        assertThat(plan).anySatisfy(step -> assertThat(step).contains("SCAN q USING INDEX ix_quotes_created"));
        assertThat(plan).noneSatisfy(step -> assertThat(step).contains("TEMP B-TREE"));
    }

    /** SQLite's EXPLAIN QUERY PLAN of {@code sql}, its named parameters bound to {@code values} in order. */
    private static List<String> plan(Path file, String sql, String... values) throws SQLException {
        String positional = sql.replaceAll(":[a-zA-Z]+", "?");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                PreparedStatement statement = connection.prepareStatement("EXPLAIN QUERY PLAN " + positional)) {
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            statement.setInt(values.length + 1, 10);
            List<String> steps = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    steps.add(rs.getString("detail"));
                }
            }
            return steps;
        }
    }
}
