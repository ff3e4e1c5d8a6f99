package com.wqs.adapter.persistence;

import com.wqs.application.port.out.CustomerLinkRepository;
import com.wqs.domain.delivery.CustomerLink;
import com.wqs.domain.delivery.CustomerLink.Revocation;
import com.wqs.domain.delivery.CustomerResponse;
import com.wqs.domain.delivery.CustomerResponse.Decision;
import com.wqs.domain.quote.QuoteId;
import com.wqs.domain.shared.ConflictException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** Customer links with their PDFs (the bytes read only by {@link #pdf}). */
final class JdbiCustomerLinkRepository implements CustomerLinkRepository {
    private static final String COLUMNS = "id, quote_id, revision, token_hash, csrf_token, pdf_sha256, created_at,"
            + " revoked_reason, replacement_revision, revoked_at, response_decision, response_revision, response_name,"
            + " response_reason, response_at, response_address, response_user_agent, response_pdf_sha256";

    private final Database db;

    JdbiCustomerLinkRepository(Database db) {
        this.db = db;
    }

    @Override
    public void insert(CustomerLink link, byte[] pdf) {
        try {
            db.writeVoid(h -> h.createUpdate("INSERT INTO customer_links (id, quote_id, revision, token_hash, csrf_token,"
                    + " pdf, pdf_sha256, created_at) VALUES (:id, :quoteId, :revision, :tokenHash, :csrf, :pdf, :pdfSha256,"
                    + " :createdAt)")
                    .bind("id", link.id().toString())
                    .bind("quoteId", link.quoteId().toString())
                    .bind("revision", link.revision())
                    .bind("tokenHash", link.tokenHash())
                    .bind("csrf", link.csrfToken())
                    .bind("pdf", pdf)
                    .bind("pdfSha256", link.pdfSha256())
                    .bind("createdAt", Columns.micros(link.createdAt()))
                    .execute());
        } catch (UnableToExecuteStatementException e) {
            if (db.dialect().isUniqueViolation(e)) {
                throw new ConflictException("customer_link.duplicate", "a customer link with this id or token exists");
            }
            throw e;
        }
    }

    @Override
    public Optional<CustomerLink> findByTokenHash(String tokenHash) {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM customer_links WHERE token_hash = :hash")
                .bind("hash", tokenHash)
                .map((rs, ctx) -> map(rs))
                .findOne());
    }

    @Override
    public Optional<CustomerLink> findLatestForQuote(QuoteId quoteId) {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM customer_links WHERE quote_id = :quoteId"
                + " ORDER BY revision DESC, created_at DESC LIMIT 1")
                .bind("quoteId", quoteId.toString())
                .map((rs, ctx) -> map(rs))
                .findOne());
    }

    @Override
    public Optional<byte[]> pdf(UUID linkId) {
        return db.read(h -> h.createQuery("SELECT pdf FROM customer_links WHERE id = :id")
                .bind("id", linkId.toString())
                .map((rs, ctx) -> rs.getBytes("pdf"))
                .findOne());
    }

    @Override
    public void replaceToken(UUID linkId, String newTokenHash) {
        db.writeVoid(h -> h.createUpdate("UPDATE customer_links SET token_hash = :hash WHERE id = :id")
                .bind("hash", newTokenHash)
                .bind("id", linkId.toString())
                .execute());
    }

    @Override
    public int revokeForQuote(QuoteId quoteId, Revocation revocation) {
        return db.write(h -> h.createUpdate("UPDATE customer_links SET revoked_reason = :reason,"
                + " replacement_revision = :replacement, revoked_at = :at"
                + " WHERE quote_id = :quoteId AND revoked_reason IS NULL")
                .bind("reason", revocation.reason().name())
                .bind("replacement", revocation.replacementRevision())
                .bind("at", Columns.micros(revocation.at()))
                .bind("quoteId", quoteId.toString())
                .execute());
    }

    @Override
    public boolean recordResponse(UUID linkId, CustomerResponse response) {
        return db.write(h -> h.createUpdate("UPDATE customer_links SET response_decision = :decision,"
                + " response_revision = :revision, response_name = :name, response_reason = :reason,"
                + " response_at = :at, response_address = :address, response_user_agent = :userAgent,"
                + " response_pdf_sha256 = :pdfSha256 WHERE id = :id AND response_decision IS NULL")
                .bind("decision", response.decision().name())
                .bind("revision", response.revision())
                .bind("name", response.fullName())
                .bind("reason", response.reason())
                .bind("at", Columns.micros(response.at()))
                .bind("address", response.clientAddress())
                .bind("userAgent", response.userAgent())
                .bind("pdfSha256", response.pdfSha256())
                .bind("id", linkId.toString())
                .execute()) == 1;
    }

    @Override
    public List<CustomerLink> findRespondedSince(Instant since, int limit) {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM customer_links WHERE response_at >= :since"
                + " ORDER BY response_at DESC LIMIT :limit")
                .bind("since", Columns.micros(since))
                .bind("limit", limit)
                .map((rs, ctx) -> map(rs))
                .list());
    }

    private static CustomerLink map(ResultSet rs) throws SQLException {
        String reason = rs.getString("revoked_reason");
        Revocation revocation = reason == null ? null : new Revocation(Revocation.Reason.valueOf(reason),
                rs.getInt("replacement_revision"), Columns.instant(rs, "revoked_at"));
        String decision = rs.getString("response_decision");
        CustomerResponse response = decision == null ? null : new CustomerResponse(Decision.valueOf(decision),
                rs.getInt("response_revision"), rs.getString("response_name"), rs.getString("response_reason"),
                Columns.instant(rs, "response_at"), rs.getString("response_address"),
                rs.getString("response_user_agent"), rs.getString("response_pdf_sha256"));
        return new CustomerLink(Columns.uuid(rs, "id"), new QuoteId(Columns.uuid(rs, "quote_id")), rs.getInt("revision"),
                rs.getString("token_hash"), rs.getString("csrf_token"), rs.getString("pdf_sha256"),
                Columns.instant(rs, "created_at"), revocation, response);
    }
}
