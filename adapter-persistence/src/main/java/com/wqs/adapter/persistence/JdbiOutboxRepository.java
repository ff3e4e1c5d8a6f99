package com.wqs.adapter.persistence;

import com.wqs.application.port.out.OutboxRepository;
import com.wqs.domain.delivery.MailKind;
import com.wqs.domain.delivery.MailStatus;
import com.wqs.domain.delivery.OutboxMail;
import com.wqs.domain.quote.QuoteId;
import com.wqs.domain.shared.ConflictException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** The e-mail outbox in the shared database, so a queued mail survives a restart and any instance delivers it. */
final class JdbiOutboxRepository implements OutboxRepository {
    private static final String COLUMNS = "id, quote_id, kind, to_address, to_name, subject, body, link_token,"
            + " attachment_link_id, attachment_name, message_id, status, attempts, next_attempt_at, last_error,"
            + " created_at, sent_at";

    private final Database db;

    JdbiOutboxRepository(Database db) {
        this.db = db;
    }

    @Override
    public void insert(OutboxMail mail) {
        try {
            db.writeVoid(h -> h.createUpdate("INSERT INTO outbox_mails (" + COLUMNS + ") VALUES (:id, :quoteId, :kind,"
                    + " :toAddress, :toName, :subject, :body, :linkToken, :attachmentLinkId, :attachmentName, :messageId,"
                    + " :status, :attempts, :nextAttemptAt, :lastError, :createdAt, :sentAt)")
                    .bind("id", mail.id().toString())
                    .bind("quoteId", mail.quoteId().toString())
                    .bind("kind", mail.kind().name())
                    .bind("toAddress", mail.toAddress())
                    .bind("toName", mail.toName())
                    .bind("subject", mail.subject())
                    .bind("body", mail.body())
                    .bind("linkToken", mail.linkToken())
                    .bind("attachmentLinkId", mail.attachmentLinkId() == null ? null : mail.attachmentLinkId().toString())
                    .bind("attachmentName", mail.attachmentName())
                    .bind("messageId", mail.messageId())
                    .bind("status", mail.status().name())
                    .bind("attempts", mail.attempts())
                    .bind("nextAttemptAt", Columns.micros(mail.nextAttemptAt()))
                    .bind("lastError", mail.lastError())
                    .bind("createdAt", Columns.micros(mail.createdAt()))
                    .bind("sentAt", Columns.microsOrNull(mail.sentAt()))
                    .execute());
        } catch (UnableToExecuteStatementException e) {
            if (db.dialect().isUniqueViolation(e)) {
                throw new ConflictException("outbox.duplicate", "an outbox mail with this id exists");
            }
            throw e;
        }
    }

    @Override
    public Optional<OutboxMail> findById(UUID id) {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM outbox_mails WHERE id = :id")
                .bind("id", id.toString())
                .map((rs, ctx) -> map(rs))
                .findOne());
    }

    @Override
    public List<OutboxMail> findDue(Instant now, int limit) {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM outbox_mails WHERE status = 'QUEUED'"
                + " AND next_attempt_at <= :now ORDER BY next_attempt_at, created_at LIMIT :limit")
                .bind("now", Columns.micros(now))
                .bind("limit", limit)
                .map((rs, ctx) -> map(rs))
                .list());
    }

    @Override
    public boolean claim(UUID id, Instant expectedNextAttemptAt, Instant leaseUntil) {
        return db.write(h -> h.createUpdate("UPDATE outbox_mails SET next_attempt_at = :lease WHERE id = :id"
                + " AND status = 'QUEUED' AND next_attempt_at = :expected")
                .bind("lease", Columns.micros(leaseUntil))
                .bind("id", id.toString())
                .bind("expected", Columns.micros(expectedNextAttemptAt))
                .execute()) == 1;
    }

    @Override
    public void markSent(UUID id, Instant at) {
        db.writeVoid(h -> h.createUpdate("UPDATE outbox_mails SET status = 'SENT', sent_at = :at, attempts = attempts + 1,"
                + " last_error = '', link_token = NULL WHERE id = :id")
                .bind("at", Columns.micros(at))
                .bind("id", id.toString())
                .execute());
    }

    @Override
    public void markAttemptFailed(UUID id, String error, Instant nextAttemptAt, boolean giveUp) {
        db.writeVoid(h -> h.createUpdate("UPDATE outbox_mails SET status = :status, attempts = attempts + 1,"
                + " last_error = :error, next_attempt_at = :next"
                + (giveUp ? ", link_token = NULL" : "") + " WHERE id = :id")
                .bind("status", (giveUp ? MailStatus.FAILED : MailStatus.QUEUED).name())
                .bind("error", error)
                .bind("next", Columns.micros(nextAttemptAt))
                .bind("id", id.toString())
                .execute());
    }

    @Override
    public List<OutboxMail> findForQuote(QuoteId quoteId) {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM outbox_mails WHERE quote_id = :quoteId"
                + " ORDER BY created_at DESC, id DESC")
                .bind("quoteId", quoteId.toString())
                .map((rs, ctx) -> map(rs))
                .list());
    }

    private static OutboxMail map(ResultSet rs) throws SQLException {
        long sentAt = rs.getLong("sent_at");
        Instant sent = rs.wasNull() ? null : Columns.instant(sentAt);
        return new OutboxMail(Columns.uuid(rs, "id"), new QuoteId(Columns.uuid(rs, "quote_id")),
                MailKind.valueOf(rs.getString("kind")), rs.getString("to_address"), rs.getString("to_name"),
                rs.getString("subject"), rs.getString("body"), rs.getString("link_token"),
                Columns.uuid(rs, "attachment_link_id"), rs.getString("attachment_name"), rs.getString("message_id"),
                MailStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), Columns.instant(rs, "next_attempt_at"),
                rs.getString("last_error"), Columns.instant(rs, "created_at"), sent);
    }
}
