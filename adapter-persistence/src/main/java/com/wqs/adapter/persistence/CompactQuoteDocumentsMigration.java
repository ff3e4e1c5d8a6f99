package com.wqs.adapter.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import com.wqs.domain.catalog.Settings;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.pricing.QuotePricing;
import com.wqs.domain.quote.QuoteLine;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Schema version 11: quote documents in their compact form ({@link QuoteDocuments}). Adds the shared parts'
 * table, converts every quote's lines and pricing and every revision's pricing, customer and settings
 * from the JSON text written up to version 10, a few hundred quotes at a time, and drops the JSON. A
 * revision priced as its quote is keeps no pricing of its own (NULL). It needs the codec, so it is a Java
 * migration, given to Flyway by {@link Migrations}; on SQLite the file keeps its size until a
 * {@code VACUUM} (the freed pages are reused by later rows).
 */
final class CompactQuoteDocumentsMigration implements JavaMigration {
    static final String VERSION = "11";
    private static final int CHUNK = 500;
    private static final TypeReference<List<QuoteLine>> LINES = new TypeReference<>() {
    };

    private final Dialect dialect;

    CompactQuoteDocumentsMigration(Dialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(VERSION);
    }

    @Override
    public String getDescription() {
        return "compact quote documents";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        String binary = dialect.binaryColumn();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE snapshot_parts (hash TEXT NOT NULL PRIMARY KEY, body TEXT NOT NULL)");
            ddl.execute("ALTER TABLE quotes ADD COLUMN lines_v11 " + binary);
            ddl.execute("ALTER TABLE quotes ADD COLUMN pricing_v11 " + binary);
            ddl.execute("ALTER TABLE quote_revisions ADD COLUMN pricing_v11 " + binary);
        }
        convert(connection, new StoredJson());
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("ALTER TABLE quotes DROP COLUMN lines");
            ddl.execute("ALTER TABLE quotes DROP COLUMN pricing");
            ddl.execute("ALTER TABLE quote_revisions DROP COLUMN pricing");
            ddl.execute("ALTER TABLE quotes RENAME COLUMN lines_v11 TO lines");
            ddl.execute("ALTER TABLE quotes RENAME COLUMN pricing_v11 TO pricing");
            ddl.execute("ALTER TABLE quote_revisions RENAME COLUMN pricing_v11 TO pricing");
        }
    }

    /** Converts the quotes in order of id, {@link #CHUNK} at a time, each with its revisions. */
    static void convert(Connection connection, StoredJson json) throws SQLException {
        QuoteDocuments codec = new QuoteDocuments(json);
        try (PreparedStatement next = connection.prepareStatement(
                "SELECT id, lines, pricing FROM quotes WHERE id > ? ORDER BY id LIMIT " + CHUNK);
                PreparedStatement revisionsOf = connection.prepareStatement("SELECT revision, customer, pricing,"
                        + " settings FROM quote_revisions WHERE quote_id = ?");
                PreparedStatement quote = connection.prepareStatement(
                        "UPDATE quotes SET lines_v11 = ?, pricing_v11 = ? WHERE id = ?");
                PreparedStatement revision = connection.prepareStatement("UPDATE quote_revisions SET pricing_v11 = ?,"
                        + " customer = ?, settings = ? WHERE quote_id = ? AND revision = ?");
                PreparedStatement part = connection.prepareStatement(
                        "INSERT INTO snapshot_parts (hash, body) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            String after = "";
            while (true) {
                next.setString(1, after);
                List<String[]> rows = new ArrayList<>();
                try (ResultSet rs = next.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new String[] {rs.getString("id"), rs.getString("lines"), rs.getString("pricing")});
                    }
                }
                if (rows.isEmpty()) {
                    return;
                }
                QuoteDocuments.NewParts parts = new QuoteDocuments.NewParts();
                for (String[] row : rows) {
                    QuotePricing pricing = json.read(row[2], QuotePricing.class);
                    QuoteDocuments.Written written = codec.write(json.read(row[1], LINES), pricing, parts);
                    quote.setBytes(1, written.lines());
                    quote.setBytes(2, written.pricing());
                    quote.setString(3, row[0]);
                    quote.addBatch();
                    for (OldRevision stored : revisions(revisionsOf, row[0])) {
                        QuotePricing own = json.read(stored.pricing(), QuotePricing.class);
                        if (own.equals(pricing)) {
                            revision.setNull(1, Types.BINARY);
                        } else {
                            revision.setBytes(1, codec.writePricing(own, parts));
                        }
                        revision.setString(2, codec.writePart(json.read(stored.customer(), Customer.class),
                                parts));
                        String settings = stored.settings();
                        revision.setString(3, settings == null ? null
                                : codec.writePart(json.read(settings, Settings.class), parts));
                        revision.setString(4, row[0]);
                        revision.setInt(5, stored.revision());
                        revision.addBatch();
                    }
                }
                for (Map.Entry<String, String> body : parts.bodies().entrySet()) {
                    part.setString(1, body.getKey());
                    part.setString(2, body.getValue());
                    part.addBatch();
                }
                part.executeBatch();
                quote.executeBatch();
                revision.executeBatch();
                after = rows.get(rows.size() - 1)[0];
            }
        }
    }

    private static List<OldRevision> revisions(PreparedStatement revisionsOf, String quoteId) throws SQLException {
        revisionsOf.setString(1, quoteId);
        List<OldRevision> revisions = new ArrayList<>();
        try (ResultSet rs = revisionsOf.executeQuery()) {
            while (rs.next()) {
                revisions.add(new OldRevision(rs.getInt("revision"), rs.getString("customer"), rs.getString("pricing"),
                        rs.getString("settings")));
            }
        }
        return revisions;
    }

    /** A revision row at version 10: its customer, pricing and settings as JSON. */
    private record OldRevision(int revision, String customer, String pricing, String settings) {
    }
}
