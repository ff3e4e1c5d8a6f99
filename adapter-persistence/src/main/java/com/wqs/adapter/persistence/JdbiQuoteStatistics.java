package com.wqs.adapter.persistence;

import com.wqs.application.port.out.QuoteStatistics;
import com.wqs.application.port.out.QuoteStatisticsReport;
import com.wqs.application.port.out.QuoteStatisticsReport.MonthFigures;
import com.wqs.application.port.out.QuoteStatisticsReport.StatusFigures;
import com.wqs.application.port.out.QuoteSummary;
import com.wqs.application.port.out.StatisticsQuery;
import com.wqs.domain.quote.QuoteStatus;
import com.wqs.domain.quote.WinRate;
import com.wqs.domain.shared.Money;
import com.wqs.domain.workorder.WorkOrderStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The dashboard figures from SQL aggregates, never from quotes loaded into memory. Counts and values
 * come from the summary tables (per owner, status and UTC month, and per UTC day), and only the quotes
 * created within half a day of an interval's edges are counted one by one, with an index-only range
 * count; so the cost depends on how many quotes were created around the edges, not on how many exist.
 */
final class JdbiQuoteStatistics implements QuoteStatistics {
    private final Database db;

    JdbiQuoteStatistics(Database db) {
        this.db = db;
    }

    @Override
    public QuoteStatisticsReport compute(StatisticsQuery query) {
        return db.read(h -> {
            String ownerId = query.ownerId() == null ? null : query.ownerId().toString();
            QuoteCounts counts = new QuoteCounts(h, db.dialect(), ownerId);
            Map<QuoteStatus, Figures> byStatus = counts.byStatus(query.from(), query.to());
            Figures total = byStatus.values().stream().reduce(Figures.ZERO, Figures::plus);
            LocalDate today = LocalDate.ofInstant(query.now(), query.zone());
            LocalDate lastExpiringDay = today.plusDays(QuoteStatisticsReport.EXPIRING_WITHIN_DAYS);
            return new QuoteStatisticsReport(
                    statusFigures(byStatus),
                    total.count(),
                    Money.ofMinor(total.totalMinor()),
                    average(total),
                    winRate(byStatus),
                    monthly(counts, query),
                    counts.recent(QuoteStatisticsReport.RECENT_LIMIT),
                    counts.sentExpiringCount(today, lastExpiringDay),
                    counts.sentExpiring(today, lastExpiringDay, QuoteStatisticsReport.EXPIRING_LIST_LIMIT),
                    workOrdersByStatus(counts.workOrdersByStatus()));
        });
    }

    private static List<MonthFigures> monthly(QuoteCounts counts, StatisticsQuery query) {
        YearMonth current = YearMonth.from(query.now().atZone(query.zone()));
        List<YearMonth> months = new ArrayList<>();
        List<Instant> boundaries = new ArrayList<>();
        for (int i = 11; i >= 0; i--) {
            months.add(current.minusMonths(i));
        }
        for (YearMonth month : months) {
            boundaries.add(month.atDay(1).atStartOfDay(query.zone()).toInstant());
        }
        boundaries.add(current.plusMonths(1).atDay(1).atStartOfDay(query.zone()).toInstant());
        List<Figures> figures = counts.createdBetween(boundaries);
        List<MonthFigures> monthly = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            Figures month = figures.get(i);
            monthly.add(new MonthFigures(months.get(i), month.count(), Money.ofMinor(month.totalMinor())));
        }
        return monthly;
    }

    private static Map<QuoteStatus, StatusFigures> statusFigures(Map<QuoteStatus, Figures> byStatus) {
        Map<QuoteStatus, StatusFigures> result = new EnumMap<>(QuoteStatus.class);
        for (QuoteStatus status : QuoteStatus.values()) {
            Figures figures = byStatus.getOrDefault(status, Figures.ZERO);
            result.put(status, new StatusFigures(figures.count(), Money.ofMinor(figures.totalMinor())));
        }
        return result;
    }

    private static Optional<Money> average(Figures total) {
        if (total.count() == 0) {
            return Optional.empty();
        }
        return Optional.of(Money.ofMinor(BigDecimal.valueOf(total.totalMinor())
                .divide(BigDecimal.valueOf(total.count()), 0, RoundingMode.HALF_UP)
                .longValueExact()));
    }

    private static Optional<BigDecimal> winRate(Map<QuoteStatus, Figures> byStatus) {
        return WinRate.of(status -> count(byStatus, status));
    }

    private static long count(Map<QuoteStatus, Figures> byStatus, QuoteStatus status) {
        return byStatus.getOrDefault(status, Figures.ZERO).count();
    }

    private static Map<WorkOrderStatus, Long> workOrdersByStatus(Map<WorkOrderStatus, Long> stored) {
        Map<WorkOrderStatus, Long> result = new EnumMap<>(WorkOrderStatus.class);
        for (WorkOrderStatus status : WorkOrderStatus.values()) {
            result.put(status, stored.getOrDefault(status, 0L));
        }
        return result;
    }

    /**
     * The newest quotes by creation time then number, read in the order of ix_quotes_owner_created (or
     * ix_quotes_created for everyone's), which stops after the first {@code :limit} rows even when many
     * quotes share one created_at (V6).
     */
    static String recentSql(String where, String numberOrder) {
        return QuoteSummaries.SELECT + where + " ORDER BY q.created_at DESC, " + numberOrder + " DESC LIMIT :limit";
    }

    /** A number of quotes and their summed value in minor units; negative in interval corrections. */
    record Figures(long count, long totalMinor) {
        static final Figures ZERO = new Figures(0, 0);

        Figures plus(Figures other) {
            return new Figures(count + other.count, totalMinor + other.totalMinor);
        }

        Figures negate() {
            return new Figures(-count, -totalMinor);
        }
    }

    /** The queries of one statistics call, for one owner or ({@code ownerId} null) everyone. */
    private static final class QuoteCounts {
        private final Handle h;
        private final String ownerId;
        private final String number;

        QuoteCounts(Handle h, Dialect dialect, String ownerId) {
            this.h = h;
            this.ownerId = ownerId;
            this.number = dialect.binaryOrder("q.number");
        }

        /** Quotes created in [from, to) per status; a null bound leaves that side open. */
        Map<QuoteStatus, Figures> byStatus(Instant from, Instant to) {
            if (from != null && to != null && !from.isBefore(to)) {
                return new EnumMap<>(QuoteStatus.class);
            }
            return between(from, to, StatsBucket.MONTH);
        }

        /** For consecutive boundaries b0 < b1 < ... < bn, the quotes created in each [b(i), b(i+1)). */
        List<Figures> createdBetween(List<Instant> boundaries) {
            List<Instant> starts = boundaries.stream().map(StatsBucket.MONTH::nearestStart).toList();
            Map<Long, Figures> months = summaryByMonth(starts.get(0), starts.get(starts.size() - 1));
            List<Figures> edges = new ArrayList<>();
            for (int i = 0; i < boundaries.size(); i++) {
                edges.add(total(between(boundaries.get(i), starts.get(i), StatsBucket.DAY)));
            }
            List<Figures> result = new ArrayList<>();
            for (int i = 0; i + 1 < boundaries.size(); i++) {
                long monthFrom = Columns.micros(starts.get(i));
                long monthTo = Columns.micros(starts.get(i + 1));
                Figures whole = months.entrySet().stream()
                        .filter(e -> e.getKey() >= monthFrom && e.getKey() < monthTo)
                        .map(Map.Entry::getValue)
                        .reduce(Figures.ZERO, Figures::plus);
                // [b(i), b(i+1)) = [b(i), R(i)) + [R(i), R(i+1)) - [b(i+1), R(i+1))
                result.add(whole.plus(edges.get(i)).plus(edges.get(i + 1).negate()));
            }
            return result;
        }

        /**
         * Quotes created from {@code a} to {@code b} per status, counted negatively when {@code b} is
         * before {@code a}; null is an open end. With R the bucket start nearest to an instant,
         * [a, b) = [R(a), R(b)) + [a, R(a)) + [R(b), b): whole buckets from their summary table, the two
         * edges (at most half a bucket each) with the next finer buckets, and within a day quote by quote.
         */
        private Map<QuoteStatus, Figures> between(Instant a, Instant b, StatsBucket bucket) {
            if (a != null && b != null) {
                if (a.equals(b)) {
                    return new EnumMap<>(QuoteStatus.class);
                }
                if (bucket == null) {
                    return a.isBefore(b) ? quotesByStatus(a, b, false) : quotesByStatus(b, a, true);
                }
                if (Duration.between(a, b).abs().compareTo(bucket.length()) <= 0) {
                    return between(a, b, finer(bucket));
                }
            }
            Instant startA = a == null ? null : bucket.nearestStart(a);
            Instant startB = b == null ? null : bucket.nearestStart(b);
            Map<QuoteStatus, Figures> result = startA != null && startB != null && startB.isBefore(startA)
                    ? negate(summaryByStatus(bucket, startB, startA))
                    : summaryByStatus(bucket, startA, startB);
            if (a != null) {
                addAll(result, between(a, startA, finer(bucket)));
            }
            if (b != null) {
                addAll(result, between(startB, b, finer(bucket)));
            }
            return result;
        }

        private static StatsBucket finer(StatsBucket bucket) {
            return bucket == StatsBucket.MONTH ? StatsBucket.DAY : null;
        }

        List<QuoteSummary> recent(int limit) {
            Where where = owned(new Where(), "q.owner_id");
            return where.bind(h.createQuery(recentSql(where.sql(), number)))
                    .bind("limit", limit)
                    .map((rs, ctx) -> QuoteSummaries.map(rs))
                    .list();
        }

        long sentExpiringCount(LocalDate first, LocalDate last) {
            Where where = sentValidBetween(first, last);
            return where.bind(h.createQuery("SELECT COUNT(*) FROM quotes q" + where.sql()))
                    .mapTo(Long.class)
                    .one();
        }

        List<QuoteSummary> sentExpiring(LocalDate first, LocalDate last, int limit) {
            Where where = sentValidBetween(first, last);
            return where.bind(h.createQuery(QuoteSummaries.SELECT + where.sql()
                    + " ORDER BY q.valid_until, " + number + " LIMIT :limit"))
                    .bind("limit", limit)
                    .map((rs, ctx) -> QuoteSummaries.map(rs))
                    .list();
        }

        Map<WorkOrderStatus, Long> workOrdersByStatus() {
            Where where = owned(new Where(), "owner_id");
            Map<WorkOrderStatus, Long> result = new EnumMap<>(WorkOrderStatus.class);
            where.bind(h.createQuery("SELECT status, SUM(order_count) AS orders FROM work_order_stats" + where.sql()
                    + " GROUP BY status"))
                    .map((rs, ctx) -> Map.entry(WorkOrderStatus.valueOf(rs.getString("status")), rs.getLong("orders")))
                    .forEach(e -> result.put(e.getKey(), e.getValue()));
            return result;
        }

        private Where sentValidBetween(LocalDate first, LocalDate last) {
            return owned(new Where(), "q.owner_id")
                    .and("q.status = :sent", "sent", QuoteStatus.SENT.name())
                    .and("q.valid_until >= :firstDay", "firstDay", Columns.date(first))
                    .and("q.valid_until <= :lastDay", "lastDay", Columns.date(last));
        }

        /** Whole buckets starting in [from, to) per status; a null bound leaves that side open. */
        private Map<QuoteStatus, Figures> summaryByStatus(StatsBucket bucket, Instant from, Instant to) {
            Map<QuoteStatus, Figures> result = new EnumMap<>(QuoteStatus.class);
            if (from != null && from.equals(to)) {
                return result;
            }
            Where where = owned(new Where(), "owner_id")
                    .andIfPresent(bucket.startColumn() + " >= :bucketFrom", "bucketFrom", Columns.microsOrNull(from))
                    .andIfPresent(bucket.startColumn() + " < :bucketTo", "bucketTo", Columns.microsOrNull(to));
            where.bind(h.createQuery("SELECT status, SUM(quote_count) AS quotes, SUM(total_minor) AS total"
                    + " FROM " + bucket.table() + where.sql() + " GROUP BY status"))
                    .map((rs, ctx) -> Map.entry(QuoteStatus.valueOf(rs.getString("status")),
                            new Figures(rs.getLong("quotes"), rs.getLong("total"))))
                    .forEach(e -> result.put(e.getKey(), e.getValue()));
            return result;
        }

        private Map<Long, Figures> summaryByMonth(Instant monthFrom, Instant monthTo) {
            Where where = owned(new Where(), "owner_id")
                    .and("month_start >= :monthFrom", "monthFrom", Columns.micros(monthFrom))
                    .and("month_start < :monthTo", "monthTo", Columns.micros(monthTo));
            Map<Long, Figures> result = new HashMap<>();
            where.bind(h.createQuery("SELECT month_start, SUM(quote_count) AS quotes, SUM(total_minor) AS total"
                    + " FROM quote_stats" + where.sql() + " GROUP BY month_start"))
                    .map((rs, ctx) -> Map.entry(rs.getLong("month_start"),
                            new Figures(rs.getLong("quotes"), rs.getLong("total"))))
                    .forEach(e -> result.put(e.getKey(), e.getValue()));
            return result;
        }

        private static Figures total(Map<QuoteStatus, Figures> byStatus) {
            return byStatus.values().stream().reduce(Figures.ZERO, Figures::plus);
        }

        private static Map<QuoteStatus, Figures> negate(Map<QuoteStatus, Figures> byStatus) {
            byStatus.replaceAll((status, figures) -> figures.negate());
            return byStatus;
        }

        /** Quotes created in [from, to) per status, counted one by one (from the covering index). */
        private Map<QuoteStatus, Figures> quotesByStatus(Instant from, Instant to, boolean negate) {
            Map<QuoteStatus, Figures> result = new EnumMap<>(QuoteStatus.class);
            Where where = owned(new Where(), "owner_id")
                    .and("created_at >= :createdFrom", "createdFrom", Columns.micros(from))
                    .and("created_at < :createdTo", "createdTo", Columns.micros(to));
            where.bind(h.createQuery("SELECT status, COUNT(*) AS quotes, SUM(total_minor) AS total FROM quotes"
                    + where.sql() + " GROUP BY status"))
                    .map((rs, ctx) -> Map.entry(QuoteStatus.valueOf(rs.getString("status")),
                            new Figures(rs.getLong("quotes"), rs.getLong("total"))))
                    .forEach(e -> result.put(e.getKey(), negate ? e.getValue().negate() : e.getValue()));
            return result;
        }

        private Where owned(Where where, String column) {
            return where.andIfPresent(column + " = :ownerId", "ownerId", ownerId);
        }

        private static void addAll(Map<QuoteStatus, Figures> into, Map<QuoteStatus, Figures> more) {
            more.forEach((status, figures) -> into.merge(status, figures, Figures::plus));
        }
    }
}
