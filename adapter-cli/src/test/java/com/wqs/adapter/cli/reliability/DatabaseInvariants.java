package com.wqs.adapter.cli.reliability;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What must hold in a database the product wrote, whatever happened to the process: nothing half-written.
 * Each rule is a query listing the rows that break it (same SQL on SQLite and PostgreSQL, see
 * adapter-persistence's db/migration): a write that reached only some of its tables shows up here.
 */
public final class DatabaseInvariants {
    private static final Map<String, String> RULES = new LinkedHashMap<>();

    static {
        // A new draft has no history yet (creating is not a status change); every later status has.
        RULES.put("quote past its first draft without its history", "SELECT q.number FROM quotes q "
                + "WHERE q.status <> 'DRAFT' AND NOT EXISTS (SELECT 1 FROM quote_history h WHERE h.quote_id = q.id)");
        RULES.put("quote whose last recorded status is not its status", "SELECT q.number FROM quotes q "
                + "JOIN quote_history h ON h.quote_id = q.id AND h.seq = (SELECT MAX(seq) FROM quote_history x "
                + "WHERE x.quote_id = q.id) WHERE h.to_status <> q.status");
        RULES.put("sent (or later) quote without its frozen revision", "SELECT q.number FROM quotes q "
                + "WHERE q.status IN ('SENT', 'ACCEPTED', 'CONVERTED', 'REJECTED', 'EXPIRED') AND NOT EXISTS "
                + "(SELECT 1 FROM quote_revisions r WHERE r.quote_id = q.id AND r.revision = q.revision)");
        RULES.put("quote without lines or pricing", "SELECT q.number FROM quotes q WHERE q.lines IS NULL "
                + "OR q.pricing IS NULL OR q.pricing = ''");
        RULES.put("work order whose quote is not CONVERTED", "SELECT w.number FROM work_orders w "
                + "JOIN quotes q ON q.id = w.quote_id WHERE q.status <> 'CONVERTED'");
        RULES.put("CONVERTED quote without its work order", "SELECT q.number FROM quotes q WHERE q.status = "
                + "'CONVERTED' AND NOT EXISTS (SELECT 1 FROM work_orders w WHERE w.quote_id = q.id)");
        RULES.put("work order without its history", "SELECT w.number FROM work_orders w WHERE NOT EXISTS "
                + "(SELECT 1 FROM work_order_history h WHERE h.work_order_id = w.id)");
        RULES.put("work order whose last recorded status is not its status", "SELECT w.number FROM work_orders w "
                + "JOIN work_order_history h ON h.work_order_id = w.id AND h.seq = (SELECT MAX(seq) FROM "
                + "work_order_history x WHERE x.work_order_id = w.id) WHERE h.to_status <> w.status");
        RULES.put("quote number above its counter", "SELECT q.number FROM quotes q WHERE NOT EXISTS "
                + "(SELECT 1 FROM number_counters c WHERE c.series = 'QUOTE' AND c.last_value >= "
                + "CAST(SUBSTR(q.number, 8) AS INTEGER) AND c.year = CAST(SUBSTR(q.number, 3, 4) AS INTEGER))");
    }

    private DatabaseInvariants() {
    }

    /** Every broken rule, with the rows breaking it; empty when the database is whole. */
    public static List<String> violations(Connection connection) throws SQLException {
        List<String> violations = new ArrayList<>();
        for (Map.Entry<String, String> rule : RULES.entrySet()) {
            List<String> rows = column(connection, rule.getValue());
            if (!rows.isEmpty()) {
                violations.add(rule.getKey() + ": " + rows.size() + " " + rows.subList(0, Math.min(10, rows.size())));
            }
        }
        compare(violations, "quote_stats (per owner and status) against quotes",
                sums(connection, "SELECT owner_id, status, SUM(quote_count), SUM(total_minor) FROM quote_stats "
                        + "GROUP BY owner_id, status"),
                sums(connection, "SELECT owner_id, status, COUNT(*), SUM(total_minor) FROM quotes GROUP BY owner_id, status"));
        compare(violations, "quote_stats_daily (per owner and status) against quotes",
                sums(connection, "SELECT owner_id, status, SUM(quote_count), SUM(total_minor) FROM quote_stats_daily "
                        + "GROUP BY owner_id, status"),
                sums(connection, "SELECT owner_id, status, COUNT(*), SUM(total_minor) FROM quotes GROUP BY owner_id, status"));
        compare(violations, "work_order_stats against work_orders",
                sums(connection, "SELECT owner_id, status, SUM(order_count), 0 FROM work_order_stats GROUP BY owner_id, status"),
                sums(connection, "SELECT quote_owner_id, status, COUNT(*), 0 FROM work_orders GROUP BY quote_owner_id, status"));
        return violations;
    }

    private static void compare(List<String> violations, String what, Map<String, List<Long>> kept,
            Map<String, List<Long>> actual) {
        kept.values().removeIf(v -> v.get(0) == 0 && v.get(1) == 0);
        TreeSet<String> keys = new TreeSet<>(kept.keySet());
        keys.addAll(actual.keySet());
        List<String> differences = keys.stream().filter(k -> !Objects.equals(kept.get(k), actual.get(k)))
                .map(k -> k + " kept " + kept.get(k) + " actual " + actual.get(k)).toList();
        if (!differences.isEmpty()) {
            violations.add(what + ": " + differences.subList(0, Math.min(10, differences.size())));
        }
    }

    private static Map<String, List<Long>> sums(Connection connection, String sql) throws SQLException {
        Map<String, List<Long>> sums = new HashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                sums.put(rows.getString(1) + "/" + rows.getString(2), List.of(rows.getLong(3), rows.getLong(4)));
            }
        }
        return sums;
    }

    /** The first column of every row of a query. */
    public static List<String> column(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
