package com.wqs.adapter.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;

/**
 * The schema migrations in {@code db/migration} (Flyway), shared by SQLite and PostgreSQL. The
 * composition root runs them before opening a store; a store only checks that the schema is current.
 * The one dialect-specific piece, the column of a database-assigned id, is the placeholder
 * {@code ${auto_id}}, set from the database migrated ({@link Dialect#autoIdColumn()}), and {@code ${binary}}
 * ({@link Dialect#binaryColumn()}); a line starting {@code ${postgresql}} runs on PostgreSQL alone
 * ({@link Dialect#postgresqlOnly()}).
 */
public final class Migrations {
    private static final String LOCATION = "classpath:db/migration";
    private static final String AUTO_ID_PLACEHOLDER = "auto_id";
    private static final String BINARY_PLACEHOLDER = "binary";
    private static final String POSTGRESQL_PLACEHOLDER = "postgresql";
    /**
     * The versions of the migrations in {@code db/migration}, in order ({@code MigrationsTest} checks them
     * against the files and the Java migrations): a database whose history lists exactly these, all successful, is current, which
     * {@link #inspect} then knows without Flyway scanning the class path and validating every checksum
     * (a sixth of a short command's start-up). Add a new migration's version here.
     */
    static final List<String> VERSIONS = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10",
            CompactQuoteDocumentsMigration.VERSION, "12", "13");

    private Migrations() {
    }

    /**
     * Brings the schema up to date. A database whose schema is newer than this code knows is refused
     * before anything is written.
     *
     * @throws SchemaVersionException when the database belongs to a newer release
     */
    public static SchemaState migrate(DataSource dataSource) {
        return migrate(dataSource, Dialect.of(dataSource), "behind this data source");
    }

    static SchemaState migrate(DataSource dataSource, Dialect dialect, String description) {
        requireNotNewer(inspect(dataSource, dialect), description);
        flyway(dataSource, dialect).migrate();
        return inspect(dataSource, dialect);
    }

    public static SchemaState inspect(DataSource dataSource) {
        return inspect(dataSource, Dialect.of(dataSource));
    }

    static SchemaState inspect(DataSource dataSource, Dialect dialect) {
        if (historyListsEveryVersion(dataSource)) {
            String latest = VERSIONS.get(VERSIONS.size() - 1);
            return new SchemaState(Optional.of(latest), latest, 0, Optional.empty());
        }
        MigrationInfoService info = flyway(dataSource, dialect).info();
        Optional<String> applied = Optional.ofNullable(info.current()).map(m -> m.getVersion().getVersion());
        String latest = Arrays.stream(info.all())
                .filter(m -> m.getState().isResolved())
                .map(MigrationInfo::getVersion)
                .max(Comparator.naturalOrder())
                .map(MigrationVersion::getVersion)
                .orElseThrow(() -> new IllegalStateException("no migrations found at " + LOCATION));
        Optional<String> newer = Arrays.stream(info.applied())
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED)
                .map(MigrationInfo::getVersion)
                .max(Comparator.naturalOrder())
                .map(MigrationVersion::getVersion);
        return new SchemaState(applied, latest, info.pending().length, newer);
    }

    /**
     * True when Flyway's history table lists exactly {@link #VERSIONS}, in order and all successful. Anything
     * else (no table, a failed, missing, extra or newer migration) is false, and Flyway itself says what.
     */
    static boolean historyListsEveryVersion(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT version, success FROM flyway_schema_history"
                        + " WHERE version IS NOT NULL ORDER BY installed_rank")) {
            List<String> applied = new ArrayList<>();
            while (rows.next()) {
                if (!rows.getBoolean("success")) {
                    return false;
                }
                applied.add(rows.getString("version"));
            }
            return applied.equals(VERSIONS);
        } catch (SQLException e) {
            return false;
        }
    }

    /** Refuses a database that is empty, behind or ahead of this code; {@code description} names it in the message. */
    static void requireCurrent(SchemaState state, String description) {
        requireNotNewer(state, description);
        if (!state.isCurrent()) {
            throw new SchemaVersionException("The database " + description + " is at schema version "
                    + state.appliedVersion().orElse("none") + " but this version of WQS needs version "
                    + state.latestKnownVersion() + " (" + state.pendingMigrations() + " migration(s) pending)."
                    + " Run the migrations first (`wqs migrate`, or openAndMigrate when embedding).");
        }
    }

    static void requireNotNewer(SchemaState state, String description) {
        state.newerVersion().ifPresent(newer -> {
            throw new SchemaVersionException("The database " + description + " has schema version " + newer
                    + ", newer than the latest this version of WQS knows (" + state.latestKnownVersion()
                    + "). It was written by a newer release: upgrade WQS to use it. Nothing was changed.");
        });
    }

    private static Flyway flyway(DataSource dataSource, Dialect dialect) {
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .placeholders(Map.of(AUTO_ID_PLACEHOLDER, dialect.autoIdColumn(), BINARY_PLACEHOLDER, dialect.binaryColumn(),
                        POSTGRESQL_PLACEHOLDER, dialect.postgresqlOnly()))
                .javaMigrations(new CompactQuoteDocumentsMigration(dialect))
                .failOnMissingLocations(true)
                .load();
    }
}
