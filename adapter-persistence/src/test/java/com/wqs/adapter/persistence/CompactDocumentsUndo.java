package com.wqs.adapter.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import com.wqs.domain.pricing.QuotePricing;
import com.wqs.domain.quote.QuoteLine;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The undo of migration 11 for {@link OlderSchema}: the quote documents back to the JSON text of version 10
 * (what {@link StoredJson} writes), the shared parts' table dropped.
 */
final class CompactDocumentsUndo {
    private static final TypeReference<List<QuoteLine>> LINES = new TypeReference<>() {
    };

    private CompactDocumentsUndo() {
    }

    static void toJsonDocuments(Connection connection) throws SQLException {
        StoredJson json = new StoredJson();
        QuoteDocuments codec = new QuoteDocuments(json);
        Map<String, String> bodies = new HashMap<>();
        try (Statement s = connection.createStatement()) {
            s.execute("ALTER TABLE quotes ADD COLUMN lines_v10 TEXT");
            s.execute("ALTER TABLE quotes ADD COLUMN pricing_v10 TEXT");
            s.execute("ALTER TABLE quote_revisions ADD COLUMN pricing_v10 TEXT");
            try (ResultSet rs = s.executeQuery("SELECT hash, body FROM snapshot_parts")) {
                while (rs.next()) {
                    bodies.put(rs.getString("hash"), rs.getString("body"));
                }
            }
        }
        QuoteDocuments.PartSource source = hashes -> bodies;
        Map<String, String> quotePricing = new HashMap<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, lines, pricing FROM quotes");
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE quotes SET lines_v10 = ?, pricing_v10 = ? WHERE id = ?")) {
            while (rs.next()) {
                QuoteDocuments.StoredPricing stored = codec.readPricing(rs.getBytes("pricing"));
                String pricing = json.write(pricing(codec, stored, source));
                quotePricing.put(rs.getString("id"), pricing);
                update.setString(1, json.write(codec.readLines(rs.getBytes("lines"), stored), LINES));
                update.setString(2, pricing);
                update.setString(3, rs.getString("id"));
                update.executeUpdate();
            }
        }
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT quote_id, revision, customer, pricing, settings FROM quote_revisions");
                PreparedStatement update = connection.prepareStatement("UPDATE quote_revisions SET pricing_v10 = ?,"
                        + " customer = ?, settings = ? WHERE quote_id = ? AND revision = ?")) {
            while (rs.next()) {
                byte[] own = rs.getBytes("pricing");
                update.setString(1, own == null ? quotePricing.get(rs.getString("quote_id"))
                        : json.write(pricing(codec, codec.readPricing(own), source)));
                update.setString(2, bodies.get(rs.getString("customer")));
                update.setString(3, rs.getString("settings") == null ? null : bodies.get(rs.getString("settings")));
                update.setString(4, rs.getString("quote_id"));
                update.setInt(5, rs.getInt("revision"));
                update.executeUpdate();
            }
        }
        try (Statement s = connection.createStatement()) {
            s.execute("ALTER TABLE quotes DROP COLUMN lines");
            s.execute("ALTER TABLE quotes DROP COLUMN pricing");
            s.execute("ALTER TABLE quote_revisions DROP COLUMN pricing");
            s.execute("ALTER TABLE quotes RENAME COLUMN lines_v10 TO lines");
            s.execute("ALTER TABLE quotes RENAME COLUMN pricing_v10 TO pricing");
            s.execute("ALTER TABLE quote_revisions RENAME COLUMN pricing_v10 TO pricing");
            s.execute("DROP TABLE snapshot_parts");
        }
    }

    private static QuotePricing pricing(QuoteDocuments codec, QuoteDocuments.StoredPricing parsed,
            QuoteDocuments.PartSource source) {
        Map<String, QuoteDocuments.PartKind> kinds = new HashMap<>();
        QuoteDocuments.partsOf(parsed, kinds);
        return codec.pricing(parsed, codec.resolve(kinds, source));
    }
}
