package com.wqs.adapter.persistence;

import com.wqs.application.port.out.Page;
import com.wqs.application.port.out.PageRequest;
import com.wqs.application.port.out.QuoteRepository;
import com.wqs.application.port.out.QuoteSearch;
import com.wqs.application.port.out.QuoteSort;
import com.wqs.application.port.out.QuoteSummary;
import com.wqs.domain.customer.CustomerId;
import com.wqs.domain.pricing.QuotePricing;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteId;
import com.wqs.domain.quote.QuoteLine;
import com.wqs.domain.quote.QuoteRevision;
import com.wqs.domain.quote.QuoteStatus;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.shared.StatusChange;
import com.wqs.domain.user.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.generic.GenericType;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Quotes: searchable and aggregated fields in columns, lines and pricing as JSON documents, sent
 * revisions and the status history in their own tables. Every write keeps {@code quote_stats} in step.
 */
final class JdbiQuoteRepository implements QuoteRepository {
    private static final String ROW_COLUMNS = "id, number, owner_id, customer_id, status, revision, total_minor,"
            + " valid_until, notes, rejection_reason, created_at, updated_at, lines, pricing, version";
    /** The row without its documents (lines, pricing), enough to find them in {@link #documents}. */
    private static final String SCALAR_COLUMNS = "id, number, owner_id, customer_id, status, revision,"
            + " valid_until, notes, rejection_reason, created_at, updated_at, version";
    /** Parsed documents of the quotes read most recently, by id and version (about 1-5 KB of objects a line). */
    static final int CACHED_QUOTES = 512;
    private static final StatusHistory<QuoteStatus> HISTORY =
            new StatusHistory<>("quote_history", "quote_id", QuoteStatus.class);

    private final Database db;
    /**
     * The parsed lines, pricing, revisions and status history of recently read quote versions: parsing
     * them again was most of the cost of reading a quote. Every write bumps the version, so an entry
     * is only ever read for the state it was parsed from.
     */
    private final VersionedCache<Documents> documents = new VersionedCache<>(CACHED_QUOTES);
    private final QuoteDocuments codec;

    JdbiQuoteRepository(Database db, StoredJson json) {
        this.db = db;
        this.codec = new QuoteDocuments(json);
    }

    @Override
    public void insert(Quote quote) {
        insertAll(List.of(quote));
    }

    /** Stores new quotes with batched statements, in the current transaction or one of its own. */
    @Override
    public void insertAll(List<Quote> quotes) {
        List<Quote> batch = List.copyOf(quotes);
        db.writeVoid(h -> {
            PreparedBatch rows = h.prepareBatch("INSERT INTO quotes (" + ROW_COLUMNS + ") VALUES (:id, :number, :ownerId,"
                    + " :customerId, :status, :revision, :totalMinor, :validUntil, :notes, :rejectionReason, :createdAt,"
                    + " :updatedAt, :lines, :pricing, 0) ON CONFLICT DO NOTHING");
            PreparedBatch revisions = revisionBatch(h);
            PreparedBatch history = HISTORY.batch(h);
            QuoteStatsDelta stats = new QuoteStatsDelta();
            QuoteDocuments.NewParts parts = new QuoteDocuments.NewParts();
            for (Quote quote : batch) {
                bindRow(rows, quote, codec.write(quote.lines(), quote.pricing(), parts)).add();
                addRevisions(revisions, quote, parts, 0);
                HISTORY.addNew(history, quote.id().toString(), quote.history(), 0);
                stats.added(quote);
            }
            insertParts(h, parts);
            int[] inserted = rows.execute();
            for (int i = 0; i < inserted.length; i++) {
                if (inserted[i] == 0) {
                    throw new ConflictException("quote.duplicate",
                            "quote " + batch.get(i).number() + " (id " + batch.get(i).id() + ") already exists");
                }
            }
            Rows.executeIfAny(revisions);
            Rows.executeIfAny(history);
            stats.apply(h);
        });
    }

    @Override
    public void update(Quote quote) {
        String id = quote.id().toString();
        db.writeVoid(h -> {
            Optional<StoredFigures> before = h.createQuery("SELECT status, total_minor, version FROM quotes WHERE id = :id")
                    .bind("id", id)
                    .map((rs, ctx) -> new StoredFigures(Columns.enumValue(QuoteStatus.class, rs, "status"),
                            rs.getLong("total_minor"), rs.getLong("version")))
                    .findOne()
                    .filter(stored -> stored.version() == quote.version());
            QuoteDocuments.NewParts parts = new QuoteDocuments.NewParts();
            QuoteDocuments.Written written = codec.write(quote.lines(), quote.pricing(), parts);
            if (before.isPresent()) {
                keepRevisionsPricedAsStored(h, id, written.pricing());
            }
            insertParts(h, parts);
            int updated = before.isEmpty() ? 0 : bindRow(h.createUpdate("UPDATE quotes SET"
                    + " customer_id = :customerId, status = :status, revision = :revision, total_minor = :totalMinor,"
                    + " valid_until = :validUntil, notes = :notes, rejection_reason = :rejectionReason,"
                    + " updated_at = :updatedAt, lines = :lines, pricing = :pricing, version = version + 1"
                    + " WHERE id = :id AND version = :version"), quote, written)
                    .bind("version", quote.version())
                    .execute();
            Rows.requireVersionedUpdate(h, "quotes", id, updated, "quote");

            PreparedBatch revisions = revisionBatch(h);
            int storedUpTo = h.createQuery("SELECT COALESCE(MAX(revision), 0) FROM quote_revisions"
                    + " WHERE quote_id = :id").bind("id", id).mapTo(Integer.class).one();
            QuoteDocuments.NewParts revisionParts = new QuoteDocuments.NewParts();
            addRevisions(revisions, quote, revisionParts, storedUpTo);
            insertParts(h, revisionParts);
            Rows.executeIfAny(revisions);
            updateChoice(h, quote, storedUpTo);
            PreparedBatch history = HISTORY.batch(h);
            HISTORY.addNew(history, id, quote.history(), HISTORY.storedCount(h, id));
            Rows.executeIfAny(history);

            QuoteStatsDelta stats = new QuoteStatsDelta();
            stats.removed(quote.ownerId(), before.get().status(), quote.createdAt(), before.get().totalMinor());
            stats.added(quote);
            stats.apply(h);
        });
    }

    @Override
    public Optional<Quote> findById(QuoteId id) {
        return db.read(h -> {
            Optional<StoredRow> row = h.createQuery("SELECT " + SCALAR_COLUMNS + " FROM quotes WHERE id = :id")
                    .bind("id", id.toString())
                    .map((rs, ctx) -> new StoredRow(rs, false))
                    .findOne();
            if (row.isEmpty()) {
                return Optional.empty();
            }
            Optional<Documents> cached = documents.get(row.get().id, row.get().version);
            if (cached.isPresent()) {
                return Optional.of(row.get().toQuote(cached.get()));
            }
            // Read whole in one statement: its documents belong to the version it carries.
            return h.createQuery("SELECT " + ROW_COLUMNS + " FROM quotes WHERE id = :id")
                    .bind("id", id.toString())
                    .map((rs, ctx) -> new StoredRow(rs, true))
                    .findOne()
                    .map(full -> full.toQuote(full.documents(h)));
        });
    }

    @Override
    public Page<QuoteSummary> search(QuoteSearch search, PageRequest page) {
        Where where = new Where()
                .andIfPresent("q.owner_id = :ownerId", "ownerId", text(search.ownerId()))
                .andIfPresent("q.status = :status", "status", search.status() == null ? null : search.status().name())
                .andIfPresent("q.customer_id = :customerId", "customerId", text(search.customerId()))
                .andIfPresent("q.status <> :draft", "draft", search.excludeDrafts() ? QuoteStatus.DRAFT.name() : null)
                .andIfPresent("(LOWER(q.number) LIKE :text ESCAPE '!' OR c.name_folded LIKE :text ESCAPE '!')",
                        "text", search.text() == null ? null : Columns.containsPattern(search.text()))
                .andIfPresent("q.created_at >= :createdFrom", "createdFrom", Columns.microsOrNull(search.createdFrom()))
                .andIfPresent("q.created_at < :createdTo", "createdTo", Columns.microsOrNull(search.createdTo()));
        // Only a text search needs the customers (their names): counting without it scans no join.
        String countFrom = search.text() == null ? " FROM quotes q" : QuoteSummaries.FROM;
        return db.read(h -> {
            long total = countFromSummaries(h, search).orElseGet(() -> where.bind(h.createQuery("SELECT COUNT(*)"
                    + countFrom + where.sql()))
                    .mapTo(Long.class)
                    .one());
            long rows = Math.max(0, Math.min(page.size(), total - page.offset()));
            if (rows == 0) {
                return new Page<>(List.of(), total, page.page(), page.size());
            }
            // A page nearer the end is read from the end: the same rows in reverse order, skipping only the
            // rows after it, so the last page costs what the first does (the order is total: number breaks ties).
            long fromEnd = total - page.offset() - rows;
            boolean reversed = fromEnd < page.offset();
            List<QuoteSummary> items = new ArrayList<>(where.bind(h.createQuery(QuoteSummaries.SELECT + where.sql()
                    + " ORDER BY " + orderBy(search.sort(), reversed) + " LIMIT :limit OFFSET :offset"))
                    .bind("limit", rows)
                    .bind("offset", reversed ? fromEnd : page.offset())
                    .map((rs, ctx) -> QuoteSummaries.map(rs))
                    .list());
            if (reversed) {
                Collections.reverse(items);
            }
            return new Page<>(items, total, page.page(), page.size());
        });
    }

    /**
     * The number of quotes a search by owner and status alone finds, added up from the monthly summaries
     * every quote write keeps in step (tens of rows a year), instead of counted quote by quote; empty for
     * a search by customer, text or creation time, which is counted from the quotes.
     */
    private static Optional<Long> countFromSummaries(Handle h, QuoteSearch search) {
        if (search.customerId() != null || search.text() != null || search.createdFrom() != null
                || search.createdTo() != null) {
            return Optional.empty();
        }
        Where where = new Where()
                .andIfPresent("owner_id = :ownerId", "ownerId", text(search.ownerId()))
                .andIfPresent("status = :status", "status", search.status() == null ? null : search.status().name())
                .andIfPresent("status <> :draft", "draft", search.excludeDrafts() ? QuoteStatus.DRAFT.name() : null);
        return Optional.of(where.bind(h.createQuery("SELECT CAST(COALESCE(SUM(quote_count), 0) AS BIGINT)"
                        + " FROM " + StatsBucket.MONTH.table() + where.sql()))
                .mapTo(Long.class)
                .one());
    }

    @Override
    public List<QuoteId> findSentValidBefore(LocalDate date) {
        return db.read(h -> h.createQuery("SELECT id FROM quotes WHERE status = :status AND valid_until < :date"
                + " ORDER BY valid_until, " + db.dialect().binaryOrder("number"))
                .bind("status", QuoteStatus.SENT.name())
                .bind("date", Columns.date(date))
                .map((rs, ctx) -> new QuoteId(Columns.uuid(rs, "id")))
                .list());
    }

    @Override
    public boolean existsForCustomer(CustomerId customerId) {
        return db.read(h -> h.createQuery("SELECT 1 FROM quotes WHERE customer_id = :customerId LIMIT 1")
                .bind("customerId", customerId.toString())
                .mapTo(Integer.class)
                .findOne()
                .isPresent());
    }

    /** The sort's ORDER BY terms, or the exact reverse of them. */
    private String orderBy(QuoteSort sort, boolean reversed) {
        String number = db.dialect().binaryOrder("q.number");
        String asc = reversed ? " DESC" : "";
        String desc = reversed ? "" : " DESC";
        return switch (sort) {
            case CREATED_DESC -> "q.created_at" + desc + ", " + number + desc;
            case CREATED_ASC -> "q.created_at" + asc + ", " + number + asc;
            case TOTAL_DESC -> "q.total_minor" + desc + ", " + number + desc;
            case TOTAL_ASC -> "q.total_minor" + asc + ", " + number + asc;
            case NUMBER_ASC -> number + asc;
            case NUMBER_DESC -> number + desc;
        };
    }

    /** Binds the row's columns; {@code documents} are the quote's lines and pricing as stored ({@link QuoteDocuments}). */
    private <S extends SqlStatement<S>> S bindRow(S statement, Quote quote, QuoteDocuments.Written documents) {
        return statement.bind("id", quote.id().toString())
                .bind("number", quote.number())
                .bind("ownerId", quote.ownerId().toString())
                .bind("customerId", quote.customerId().toString())
                .bind("status", quote.status().name())
                .bind("revision", quote.revision())
                .bind("totalMinor", quote.pricing().total().minorUnits())
                .bind("validUntil", Columns.date(quote.validUntil()))
                .bind("notes", quote.notes())
                .bind("rejectionReason", quote.rejectionReason().orElse(null))
                .bind("createdAt", Columns.micros(quote.createdAt()))
                .bind("updatedAt", Columns.micros(quote.updatedAt()))
                .bind("lines", documents.lines())
                .bind("pricing", documents.pricing());
    }

    /** Inserts the shared parts a write names that are not stored yet (by any instance). */
    private static void insertParts(Handle h, QuoteDocuments.NewParts parts) {
        if (parts.bodies().isEmpty()) {
            return;
        }
        PreparedBatch batch = h.prepareBatch("INSERT INTO snapshot_parts (hash, body) VALUES (:hash, :body)"
                + " ON CONFLICT DO NOTHING");
        parts.bodies().forEach((hash, body) -> batch.bind("hash", hash).bind("body", body).add());
        batch.execute();
    }

    /**
     * A revision priced as its quote is stored without a pricing of its own (NULL: the quote's). Before the
     * quote's pricing changes, such revisions are given a copy of the pricing stored so far.
     */
    private static void keepRevisionsPricedAsStored(Handle h, String id, byte[] newPricing) {
        h.createUpdate("UPDATE quote_revisions SET pricing = (SELECT q.pricing FROM quotes q WHERE q.id = :id)"
                + " WHERE quote_id = :id AND pricing IS NULL"
                + " AND EXISTS (SELECT 1 FROM quotes q WHERE q.id = :id AND q.pricing <> :pricing)")
                .bind("id", id)
                .bind("pricing", newPricing)
                .execute();
    }

    private static PreparedBatch revisionBatch(Handle h) {
        return h.prepareBatch("INSERT INTO quote_revisions (quote_id, revision, sent_at, valid_until, customer, pricing,"
                + " notes, settings) VALUES (:quoteId, :revision, :sentAt, :validUntil, :customer, :pricing, :notes,"
                + " :settings)");
    }

    /**
     * Adds the revisions numbered above {@code storedUpTo}: revisions are frozen once sent. A revision
     * priced as the quote still is stores no pricing of its own (see {@link #keepRevisionsPricedAsStored}).
     */
    private void addRevisions(PreparedBatch batch, Quote quote, QuoteDocuments.NewParts parts, int storedUpTo) {
        for (QuoteRevision revision : quote.revisions()) {
            if (revision.revision() > storedUpTo) {
                batch.bind("quoteId", quote.id().toString())
                        .bind("revision", revision.revision())
                        .bind("sentAt", Columns.micros(revision.sentAt()))
                        .bind("validUntil", Columns.date(revision.validUntil()))
                        .bind("customer", codec.writePart(revision.customer(), parts))
                        .bind("pricing", revisionPricing(quote, revision, parts))
                        .bind("notes", revision.notes())
                        .bind("settings", revision.frozenSettings().map(s -> codec.writePart(s, parts)).orElse(null))
                        .add();
            }
        }
    }

    /** A revision's stored pricing: none (NULL) when it is the quote's. */
    private byte[] revisionPricing(Quote quote, QuoteRevision revision, QuoteDocuments.NewParts parts) {
        return revision.pricing().equals(quote.pricing()) ? null : codec.writePricing(revision.pricing(), parts);
    }

    /**
     * A SENT quote's stored revision takes the customer's choice of options (the only change a sent
     * revision has: the quote's pricing re-priced from its frozen costs).
     */
    private void updateChoice(Handle h, Quote quote, int storedUpTo) {
        if (quote.status() != QuoteStatus.SENT) {
            return;
        }
        quote.latestRevision().filter(r -> r.revision() <= storedUpTo).ifPresent(revision -> {
            QuoteDocuments.NewParts parts = new QuoteDocuments.NewParts();
            byte[] pricing = revisionPricing(quote, revision, parts);
            insertParts(h, parts);
            h.createUpdate("UPDATE quote_revisions SET pricing = :pricing WHERE quote_id = :id AND revision = :revision")
                    .bind("pricing", pricing)
                    .bind("id", quote.id().toString())
                    .bind("revision", revision.revision())
                    .execute();
        });
    }

    /**
     * A quote's stored documents, parsed: its lines and pricing, and its revisions, joined with the shared
     * parts they name (read in one statement for those not cached).
     */
    private Documents readDocuments(Handle h, String quoteId, byte[] lines, byte[] pricing) {
        QuoteDocuments.StoredPricing quotePricing = codec.readPricing(pricing);
        Map<String, QuoteDocuments.PartKind> kinds = new HashMap<>();
        QuoteDocuments.partsOf(quotePricing, kinds);
        List<StoredRevision> stored = h.createQuery("SELECT revision, sent_at, valid_until, customer, pricing, notes,"
                + " settings FROM quote_revisions WHERE quote_id = :quoteId ORDER BY revision")
                .bind("quoteId", quoteId)
                .map((rs, ctx) -> {
                    byte[] own = rs.getBytes("pricing");
                    return new StoredRevision(rs.getInt("revision"), Columns.instant(rs, "sent_at"),
                            Columns.date(rs, "valid_until"), rs.getString("customer"),
                            own == null ? null : codec.readPricing(own), rs.getString("notes"), rs.getString("settings"));
                })
                .list();
        for (StoredRevision revision : stored) {
            kinds.put(revision.customer(), QuoteDocuments.PartKind.CUSTOMER);
            if (revision.settings() != null) {
                kinds.put(revision.settings(), QuoteDocuments.PartKind.SETTINGS);
            }
            if (revision.pricing() != null) {
                QuoteDocuments.partsOf(revision.pricing(), kinds);
            }
        }
        Map<String, Object> parts = codec.resolve(kinds, hashes -> h.createQuery("SELECT hash, body FROM snapshot_parts"
                + " WHERE hash IN (<hashes>)")
                .bindList("hashes", List.copyOf(hashes))
                .setMapKeyColumn("hash")
                .setMapValueColumn("body")
                .collectInto(new GenericType<Map<String, String>>() {
                }));
        QuotePricing priced = codec.pricing(quotePricing, parts);
        List<QuoteRevision> revisions = new ArrayList<>(stored.size());
        for (StoredRevision r : stored) {
            revisions.add(new QuoteRevision(r.revision(), r.sentAt(), r.validUntil(), codec.customer(r.customer(), parts),
                    r.pricing() == null ? priced : codec.pricing(r.pricing(), parts), r.notes(),
                    codec.settings(r.settings(), parts)));
        }
        return new Documents(codec.readLines(lines, quotePricing), priced, revisions, HISTORY.load(h, quoteId));
    }

    /** A revision row as read, before it is joined with its shared parts; a null pricing is the quote's. */
    private record StoredRevision(int revision, Instant sentAt, LocalDate validUntil, String customer,
            QuoteDocuments.StoredPricing pricing, String notes, String settings) {
    }

    private static String text(Object id) {
        return id == null ? null : id.toString();
    }

    /** What a quote version's row refers to, parsed: immutable, so one copy serves every read of that version. */
    private record Documents(List<QuoteLine> lines, QuotePricing pricing, List<QuoteRevision> revisions,
            List<StatusChange<QuoteStatus>> history) {
        Documents {
            lines = List.copyOf(lines);
            revisions = List.copyOf(revisions);
            history = List.copyOf(history);
        }
    }

    private record StoredFigures(QuoteStatus status, long totalMinor, long version) {
    }

    /** A quote row as read, before its revisions and history are attached. */
    private final class StoredRow {
        private final String id;
        private final String number;
        private final UserId ownerId;
        private final CustomerId customerId;
        private final QuoteStatus status;
        private final int revision;
        private final LocalDate validUntil;
        private final String notes;
        private final String rejectionReason;
        private final Instant createdAt;
        private final Instant updatedAt;
        private final byte[] lines;
        private final byte[] pricing;
        private final long version;

        StoredRow(ResultSet rs, boolean withDocuments) throws SQLException {
            id = rs.getString("id");
            number = rs.getString("number");
            ownerId = new UserId(Columns.uuid(rs, "owner_id"));
            customerId = new CustomerId(Columns.uuid(rs, "customer_id"));
            status = Columns.enumValue(QuoteStatus.class, rs, "status");
            revision = rs.getInt("revision");
            validUntil = Columns.date(rs, "valid_until");
            notes = rs.getString("notes");
            rejectionReason = rs.getString("rejection_reason");
            createdAt = Columns.instant(rs, "created_at");
            updatedAt = Columns.instant(rs, "updated_at");
            lines = withDocuments ? rs.getBytes("lines") : null;
            pricing = withDocuments ? rs.getBytes("pricing") : null;
            version = rs.getLong("version");
        }

        /** Parses this row's documents and loads its revisions and history, and keeps them for the next read. */
        Documents documents(Handle h) {
            Documents parsed = readDocuments(h, id, lines, pricing);
            // Not kept when read in a transaction that may write: the version may be its own, and roll back.
            if (!db.mayReadUncommitted()) {
                JdbiQuoteRepository.this.documents.put(id, version, parsed);
            }
            return parsed;
        }

        Quote toQuote(Documents documents) {
            return Quote.restore(QuoteId.of(id), number, ownerId, customerId, documents.lines(), documents.pricing(),
                    validUntil, notes, revision, status, rejectionReason, createdAt, updatedAt, documents.revisions(),
                    documents.history(), version);
        }
    }
}
