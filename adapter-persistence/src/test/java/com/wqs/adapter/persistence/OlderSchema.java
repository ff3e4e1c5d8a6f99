package com.wqs.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Turns the database a test made last back into what an older release left behind, for migration
 * tests that need data in an older schema: the migrations after the wanted version are undone, newest
 * first, and removed from Flyway's history. Each new migration adds its undo here.
 */
final class OlderSchema {
    private static final Map<Integer, List<String>> UNDO = Map.ofEntries(
            Map.entry(3, List.of("DROP TABLE quote_stats_daily")),
            Map.entry(4, List.of("ALTER TABLE quote_revisions DROP COLUMN settings")),
            Map.entry(5, List.of("DROP INDEX ix_quotes_status_valid_until", "DROP INDEX ix_quotes_owner_status_valid_until",
                    "CREATE INDEX ix_quotes_status_valid_until ON quotes (status, valid_until)",
                    "CREATE INDEX ix_quotes_owner_status_valid_until ON quotes (owner_id, status, valid_until)")),
            Map.entry(6, List.of("DROP INDEX ix_quotes_owner_created", "DROP INDEX ix_quotes_created",
                    "CREATE INDEX ix_quotes_owner_created ON quotes (owner_id, created_at, status, total_minor)",
                    "CREATE INDEX ix_quotes_created ON quotes (created_at, status, total_minor)")),
            Map.entry(7, List.of("ALTER TABLE products DROP COLUMN layout")),
            Map.entry(8, List.of("DROP TABLE offcuts", "DROP TABLE cut_list_release_orders", "DROP TABLE cut_list_releases")),
            Map.entry(9, List.of("DROP INDEX ix_login_attempts_time", "ALTER TABLE api_tokens DROP COLUMN last_used_at",
                    "ALTER TABLE api_tokens DROP COLUMN expires_at")),
            Map.entry(10, List.of("DROP TABLE outbox_mails", "DROP TABLE customer_links")),
            // V12 only sets PostgreSQL storage parameters of the summary tables: nothing a test reads changes.
            Map.entry(12, List.of()),
            Map.entry(13, List.of("ALTER TABLE users DROP COLUMN language", "ALTER TABLE customers DROP COLUMN language")));
    /** Undos that convert rows back, not only the schema. */
    private static final Map<Integer, TestDatabases.ConnectionWork> UNDO_DATA = Map.of(
            11, CompactDocumentsUndo::toJsonDocuments);

    private OlderSchema() {
    }

    static void backTo(TestDatabases databases, int version) {
        int latest = Integer.parseInt(SqliteStore.inspect(aFileThatDoesNotExist()).latestKnownVersion());
        Set<Integer> undone = new HashSet<>(UNDO.keySet());
        undone.addAll(UNDO_DATA.keySet());
        assertThat(undone).as("an undo for every migration after version 2")
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(3, latest).boxed().toList());
        for (int v = latest; v > version; v--) {
            if (UNDO_DATA.containsKey(v)) {
                databases.inLastDatabase(UNDO_DATA.get(v));
            } else {
                UNDO.get(v).forEach(databases::executeInLastDatabase);
            }
            databases.executeInLastDatabase("DELETE FROM flyway_schema_history WHERE version = '" + v + "'");
        }
    }

    /** Inspecting a missing file reads the migrations this code ships against an empty database. */
    private static Path aFileThatDoesNotExist() {
        return Path.of(System.getProperty("java.io.tmpdir"), "wqs-absent-" + UUID.randomUUID() + ".db");
    }
}
