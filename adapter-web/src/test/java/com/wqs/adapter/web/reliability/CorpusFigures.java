package com.wqs.adapter.web.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What the corpus run counted, per category, printed as the test's last lines. */
final class CorpusFigures {
    private final Map<String, Tally> byCategory = new TreeMap<>();
    private final List<String> violations = new ArrayList<>();

    void record(String category, int status, boolean databaseChangedOnReject) {
        Tally tally = byCategory.computeIfAbsent(category, c -> new Tally());
        tally.sent++;
        if (status < 400) {
            tally.accepted++;
        } else {
            tally.rejected.merge(status, 1, Integer::sum);
        }
        if (status >= 500) {
            tally.serverErrors++;
        }
        if (databaseChangedOnReject) {
            tally.changedOnReject++;
        }
    }

    void violation(String message) {
        violations.add(message);
    }

    List<String> violations() {
        return List.copyOf(violations);
    }

    int sent() {
        return byCategory.values().stream().mapToInt(t -> t.sent).sum();
    }

    List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-15s %6s %8s %8s %4s %14s  %s", "category", "sent", "accepted", "rejected", "5xx",
                "db-changed-rej", "rejected by status"));
        Tally total = new Tally();
        byCategory.forEach((category, tally) -> {
            lines.add(tally.line(category));
            total.add(tally);
        });
        lines.add(total.line("TOTAL"));
        return lines;
    }

    private static final class Tally {
        int sent;
        int accepted;
        int serverErrors;
        int changedOnReject;
        final Map<Integer, Integer> rejected = new TreeMap<>();

        void add(Tally other) {
            sent += other.sent;
            accepted += other.accepted;
            serverErrors += other.serverErrors;
            changedOnReject += other.changedOnReject;
            other.rejected.forEach((status, count) -> rejected.merge(status, count, Integer::sum));
        }

        String line(String name) {
            int rejectedCount = rejected.values().stream().mapToInt(Integer::intValue).sum();
            return String.format("%-15s %6d %8d %8d %4d %14d  %s", name, sent, accepted, rejectedCount, serverErrors,
                    changedOnReject, rejected);
        }
    }
}
