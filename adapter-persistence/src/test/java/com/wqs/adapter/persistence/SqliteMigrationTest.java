package com.wqs.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wqs.domain.customer.Customer;
import com.wqs.testing.CustomerBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SqliteMigrationTest {
    @RegisterExtension
    final TestDatabases.Sqlite databases = TestDatabases.sqlite();

    @Test
    void migratingAMissingFileCreatesTheCurrentSchema() {
        Path file = databases.newFile();
        assertThat(SqliteStore.inspect(file).appliedVersion()).isEmpty();

        SchemaState state = SqliteStore.migrate(file);

        assertThat(state.isCurrent()).isTrue();
        assertThat(state.appliedVersion()).contains(state.latestKnownVersion());
        assertThat(file).exists();
        try (JdbiStore store = SqliteStore.open(file)) {
            assertThat(store.isReady()).isTrue();
            assertThat(store.users().count()).isZero();
        }
    }

    @Test
    void reopeningAnExistingFileKeepsItsDataAndMigratesNothing() {
        Path file = databases.newFile();
        Customer customer = CustomerBuilder.aCustomer().build();
        try (JdbiStore store = SqliteStore.openAndMigrate(file)) {
            store.customers().insert(customer);
        }

        SchemaState again = SqliteStore.migrate(file);
        try (JdbiStore reopened = SqliteStore.openAndMigrate(file)) {
            assertThat(again.isCurrent()).isTrue();
            assertThat(reopened.customers().findById(customer.id())).contains(customer);
        }
    }

    @Test
    void openingWithoutMigratingRefusesAMissingFileAndDoesNotCreateIt() {
        Path file = databases.newFile();

        assertThatThrownBy(() -> SqliteStore.open(file))
                .isInstanceOf(SchemaVersionException.class)
                .hasMessageContaining("schema version none")
                .hasMessageContaining("migrate");
        assertThat(file).doesNotExist();
    }

    @Test
    void aFileFromANewerReleaseIsRefusedAndLeftUnchanged() throws Exception {
        Path file = databases.newFile();
        SqliteStore.migrate(file);
        markAsMigratedByANewerRelease(file);
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> SqliteStore.openAndMigrate(file))
                .isInstanceOf(SchemaVersionException.class)
                .hasMessageContaining("schema version 999")
                .hasMessageContaining("newer")
                .hasMessageContaining("Nothing was changed");
        assertThatThrownBy(() -> SqliteStore.open(file)).isInstanceOf(SchemaVersionException.class);

        assertThat(sha256(Files.readAllBytes(file))).isEqualTo(sha256(before));
        assertThat(SqliteStore.inspect(file).newerVersion()).contains("999");
    }

    /** What a later release would leave behind: a migration this code does not have, recorded as applied. */
    private static void markAsMigratedByANewerRelease(Path file) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE future_feature (id TEXT PRIMARY KEY)");
            statement.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                    + " checksum, installed_by, execution_time, success) VALUES (999, '999', 'future feature', 'SQL',"
                    + " 'V999__future_feature.sql', 0, 'newer release', 1, 1)");
        }
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
