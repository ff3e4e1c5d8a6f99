package com.wqs.adapter.persistence;

import com.wqs.application.port.out.QuoteStatistics;
import com.wqs.application.port.out.QuoteStatisticsReport;
import com.wqs.application.port.out.QuoteStatisticsReport.MonthFigures;
import com.wqs.application.port.out.QuoteStatisticsReport.StatusFigures;
import com.wqs.application.port.out.QuoteSummary;
import com.wqs.application.port.out.StatisticsQuery;
import com.wqs.domain.quote.QuoteStatus;
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
 * come from {@code quote_stats} (per owner, status and UTC month), corrected exactly at the edges of
 * the asked interval with an indexed range count over {@code quotes}; so the cost depends on how many
 * quotes were created near the edges, not on how many exist.
 */
final class JdbiQuoteStatistics implements QuoteStatistics {
    /** Up to this length an interval is counted directly from the quotes instead of from the monthly totals. */
    private static final Duration DIRECT_COUNT_LIMIT = Duration.ofDays(31);

    private final Database db;

    JdbiQuoteStatistics(Database db) {
        this.db = db;
    }

    @Override
    public QuoteStatisticsReport compute(StatisticsQuery query) {
        return db.read(h -> {
            QuoteCounts counts = new QuoteCounts(h, db.dialect(), query.ownerId() == null ? null : query.ownerId().toString());
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
            monthly.add(new MonthFigures(months.get(i), figures.get(i).count(), Money.ofMinor(figures.get(i).totalMinor())));
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
        long won = count(byStatus, QuoteStatus.ACCEPTED) + count(byStatus, QuoteStatus.CONVERTED);
        long decided = won + count(byStatus, QuoteStatus.REJECTED) + count(byStatus, QuoteStatus.EXPIRED);
        if (decided == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(won).divide(BigDecimal.valueOf(decided), 4, RoundingMode.HALF_UP));
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

        /**
         * Quotes created in [from, to) per status. With R(t) the UTC month start nearest to t,
         * [from, to) = [R(from), R(to)) + [from, R(from)) + [R(to), to) where a reversed interval counts
         * negatively: whole months come from the summary table, the two edges (at most half a month
         * each) from the quotes.
         */
        Map<QuoteStatus, Figures> byStatus(Instant from, Instant to) {
            if (from != null && to != null) {
                if (!from.isBefore(to)) {
                    return Map.of();
                }
                if (Duration.between(from, to).compareTo(DIRECT_COUNT_LIMIT) <= 0) {
                    return quotesByStatus(from, to, false);
                }
            }
            Instant monthFrom = from == null ? null : MonthBuckets.nearestStart(from);
            Instant monthTo = to == null ? null : MonthBuckets.nearestStart(to);
            Map<QuoteStatus, Figures> result = summaryByStatus(monthFrom, monthTo);
            if (from != null) {
                addAll(result, signedQuotesByStatus(from, monthFrom));
            }
            if (to != null) {
                addAll(result, signedQuotesByStatus(monthTo, to));
            }
            return result;
        }

        /** For consecutive boundaries b0 < b1 < ... < bn, the quotes created in each [b(i), b(i+1)). */
        List<Figures> createdBetween(List<Instant> boundaries) {
            List<Instant> buckets = boundaries.stream().map(MonthBuckets::nearestStart).toList();
            Map<Long, Figures> summary = summaryByMonth(buckets.get(0), buckets.get(buckets.size() - 1));
            List<Figures> edges = new ArrayList<>();
            for (int i = 0; i < boundaries.size(); i++) {
                edges.add(signedQuotes(boundaries.get(i), buckets.get(i)));
            }
            List<Figures> result = new ArrayList<>();
            for (int i = 0; i + 1 < boundaries.size(); i++) {
                long bucketFrom = Columns.micros(buckets.get(i));
                long bucketTo = Columns.micros(buckets.get(i + 1));
                Figures whole = summary.entrySet().stream()
                        .filter(e -> e.getKey() >= bucketFrom && e.getKey() < bucketTo)
                        .map(Map.Entry::getValue)
                        .reduce(Figures.ZERO, Figures::plus);
                // [b(i), b(i+1)) = [b(i), R(i)) + [R(i), R(i+1)) - [b(i+1), R(i+1))
                result.add(whole.plus(edges.get(i)).plus(edges.get(i + 1).negate()));
            }
            return result;
        }

        List<QuoteSummary> recent(int limit) {
            Where where = owned(new Where(), "q.owner_id");
            return where.bind(h.createQuery(QuoteSummaries.SELECT + where.sql()
                    + " ORDER BY q.created_at DESC, " + number + " DESC LIMIT :limit"))
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

        private Map<QuoteStatus, Figures> summaryByStatus(Instant monthFrom, Instant monthTo) {
            Where where = owned(new Where(), "owner_id")
                    .andIfPresent("month_start >= :monthFrom", "monthFrom", Columns.microsOrNull(monthFrom))
                    .andIfPresent("month_start < :monthTo", "monthTo", Columns.microsOrNull(monthTo));
            Map<QuoteStatus, Figures> result = new EnumMap<>(QuoteStatus.class);
            where.bind(h.createQuery("SELECT status, SUM(quote_count) AS quotes, SUM(total_minor) AS total"
                    + " FROM quote_stats" + where.sql() + " GROUP BY status"))
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

        /** Quotes created in [a, b), or minus those in [b, a) when b is before a. */
        private Map<QuoteStatus, Figures> signedQuotesByStatus(Instant a, Instant b) {
            return a.isBefore(b) ? quotesByStatus(a, b, false) : quotesByStatus(b, a, true);
        }

        private Figures signedQuotes(Instant a, Instant b) {
            Map<QuoteStatus, Figures> byStatus = signedQuotesByStatus(a, b);
            return byStatus.values().stream().reduce(Figures.ZERO, Figures::plus);
        }

        private Map<QuoteStatus, Figures> quotesByStatus(Instant from, Instant to, boolean negate) {
            Map<QuoteStatus, Figures> result = new EnumMap<>(QuoteStatus.class);
            if (!from.isBefore(to)) {
                return result;
            }
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
