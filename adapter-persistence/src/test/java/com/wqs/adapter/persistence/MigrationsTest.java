package com.wqs.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The quick schema check ({@link Migrations#VERSIONS} against the history table) agrees with Flyway. */
class MigrationsTest {
    private static final Pattern FILE = Pattern.compile("V(\\d+)__.+\\.sql");

    @RegisterExtension
    final TestDatabases.Sqlite databases = TestDatabases.sqlite();

    @Test
    void theKnownVersionsAreExactlyTheMigrationFiles() throws IOException, URISyntaxException {
        Path directory = Path.of(Migrations.class.getClassLoader().getResource("db/migration").toURI());
        List<String> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.map(p -> FILE.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(m -> m.group(1))
                    .collect(Collectors.toCollection(ArrayList::new));
        }
        files.add(CompactQuoteDocumentsMigration.VERSION);
        files.sort(Comparator.comparingInt(Integer::parseInt));
        assertThat(Migrations.VERSIONS).as("Migrations.VERSIONS lists every db/migration file and Java migration")
                .isEqualTo(files);
    }

    @Test
    void aHistoryMissingItsLastMigrationIsNotCurrentAndFlywaySaysWhatIsPending() throws SQLException {
        Path file = databases.newFile();
        SchemaState migrated = SqliteStore.migrate(file);
        assertThat(SqliteStore.inspect(file)).isEqualTo(migrated);
        assertThat(migrated.isCurrent()).isTrue();

        String last = Migrations.VERSIONS.get(Migrations.VERSIONS.size() - 1);
        execute(file, "DELETE FROM flyway_schema_history WHERE version = '" + last + "'");
        SchemaState behind = SqliteStore.inspect(file);

        assertThat(behind.isCurrent()).isFalse();
        assertThat(behind.pendingMigrations()).isEqualTo(1);
        assertThat(behind.appliedVersion()).contains(Migrations.VERSIONS.get(Migrations.VERSIONS.size() - 2));
    }

    @Test
    void onlyAHistoryOfEveryVersionAllSuccessfulPassesTheQuickCheck() throws SQLException {
        Path file = databases.newFile();
        SqliteStore.migrate(file);
        org.sqlite.SQLiteDataSource source = new org.sqlite.SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + file);
        assertThat(Migrations.historyListsEveryVersion(source)).isTrue();

        execute(file, "UPDATE flyway_schema_history SET success = 0 WHERE version = '1'");
        assertThat(Migrations.historyListsEveryVersion(source)).as("a failed migration: Flyway decides").isFalse();

        execute(file, "UPDATE flyway_schema_history SET success = 1 WHERE version = '1'");
        execute(file, "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                + " installed_by, execution_time, success) VALUES (999, '999', 'future', 'SQL', 'V999__future.sql',"
                + " 'x', 1, 1)");
        assertThat(Migrations.historyListsEveryVersion(source)).as("a newer release's migration").isFalse();
        assertThat(SqliteStore.inspect(file).newerVersion()).contains("999");

        org.sqlite.SQLiteDataSource empty = new org.sqlite.SQLiteDataSource();
        empty.setUrl("jdbc:sqlite::memory:");
        assertThat(Migrations.historyListsEveryVersion(empty)).as("no history table").isFalse();
    }

    private static void execute(Path file, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
