package com.wqs.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wqs.domain.customer.Customer;
import com.wqs.domain.customer.CustomerId;
import com.wqs.testing.CustomerBuilder;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresMigrationTest {
    @RegisterExtension
    final TestDatabases.Postgres databases = TestDatabases.postgres();

    @Test
    void migratingAnEmptySchemaCreatesTheCurrentSchemaAndReopeningKeepsTheData() {
        String url = databases.newSchemaUrl();
        assertThatThrownBy(() -> PostgresStore.open(url))
                .isInstanceOf(SchemaVersionException.class)
                .hasMessageContaining("migrate");
        Customer customer = CustomerBuilder.aCustomer().build();

        try (JdbiStore store = PostgresStore.openAndMigrate(url)) {
            assertThat(store.isReady()).isTrue();
            store.customers().insert(customer);
        }
        SchemaState again = PostgresStore.migrate(url);

        assertThat(again.isCurrent()).isTrue();
        try (JdbiStore reopened = PostgresStore.open(url)) {
            assertThat(reopened.customers().findById(customer.id())).contains(customer);
        }
    }

    @Test
    void theSummaryTablesLeaveRoomInEachPageForTheirUpdates() throws SQLException {
        String url = databases.newSchemaUrl();
        PostgresStore.migrate(url);

        List<String> options = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT relname, array_to_string(reloptions, ',') FROM pg_class"
                        + " WHERE relnamespace = current_schema()::regnamespace"
                        + " AND relname IN ('quote_stats', 'work_order_stats') ORDER BY relname")) {
            while (rows.next()) {
                options.add(rows.getString(1) + " " + rows.getString(2));
            }
        }
        assertThat(options).containsExactly("quote_stats fillfactor=50", "work_order_stats fillfactor=50");
    }

    @Test
    void aDatabaseFromAnOlderReleaseIsMigratedAndKeepsItsData() {
        String url = databases.newSchemaUrl();
        SqliteMigrationTest.migrateAsTheFirstReleaseDid(url);
        databases.executeInLastDatabase("INSERT INTO customers (id, name, email, phone, address, tax_id, notes,"
                + " name_folded, email_folded, phone_folded, tax_id_folded, version) VALUES ('"
                + SqliteMigrationTest.OLD_CUSTOMER + "', 'Old Customer', '', '', '', '', '', 'old customer', '', '', '', 0)");
        assertThatThrownBy(() -> PostgresStore.open(url)).isInstanceOf(SchemaVersionException.class)
                .hasMessageContaining("pending");

        try (JdbiStore store = PostgresStore.openAndMigrate(url)) {
            assertThat(PostgresStore.inspect(url).isCurrent()).isTrue();
            assertThat(store.customers().findById(CustomerId.of(SqliteMigrationTest.OLD_CUSTOMER)).orElseThrow().name())
                    .isEqualTo("Old Customer");
        }
    }

    @Test
    void aDatabaseFromANewerReleaseIsRefusedAndLeftUnchanged() throws SQLException {
        String url = databases.newSchemaUrl();
        PostgresStore.migrate(url);
        databases.executeInLastDatabase("INSERT INTO flyway_schema_history (installed_rank, version, description, type,"
                + " script, checksum, installed_by, execution_time, success) VALUES (999, '999', 'future feature',"
                + " 'SQL', 'V999__future_feature.sql', 0, 'newer release', 1, true)");
        List<String> before = contentsOfHistoryAndCatalog(url);

        assertThatThrownBy(() -> PostgresStore.openAndMigrate(url))
                .isInstanceOf(SchemaVersionException.class)
                .hasMessageContaining("schema version 999")
                .hasMessageContaining("Nothing was changed");
        assertThatThrownBy(() -> PostgresStore.open(url)).isInstanceOf(SchemaVersionException.class);

        assertThat(contentsOfHistoryAndCatalog(url)).isEqualTo(before);
    }

    /** The migration history and the schema's tables and columns, as text. */
    private static List<String> contentsOfHistoryAndCatalog(String url) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT installed_rank, version, checksum, success"
                    + " FROM flyway_schema_history ORDER BY installed_rank")) {
                while (rows.next()) {
                    lines.add(rows.getInt(1) + " " + rows.getString(2) + " " + rows.getString(3) + " " + rows.getBoolean(4));
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT table_name, column_name, data_type"
                    + " FROM information_schema.columns WHERE table_schema = current_schema()"
                    + " ORDER BY table_name, ordinal_position")) {
                while (rows.next()) {
                    lines.add(rows.getString(1) + "." + rows.getString(2) + " " + rows.getString(3));
                }
            }
        }
        return lines;
    }
}
