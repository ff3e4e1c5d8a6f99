package com.wqs.application.inmemory;

import com.wqs.application.port.out.OutboxRepository;
import com.wqs.domain.delivery.MailStatus;
import com.wqs.domain.delivery.OutboxMail;
import com.wqs.domain.quote.QuoteId;
import com.wqs.domain.shared.ConflictException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

final class InMemoryOutboxRepository implements OutboxRepository {
    private final InMemoryDatabase database;

    InMemoryOutboxRepository(InMemoryDatabase database) {
        this.database = database;
    }

    @Override
    public void insert(OutboxMail mail) {
        database.write(tables -> {
            if (tables.outbox.containsKey(mail.id())) {
                throw new ConflictException("outbox.duplicate", "an outbox mail with this id exists");
            }
            tables.outbox.put(mail.id(), mail);
        });
    }

    @Override
    public Optional<OutboxMail> findById(UUID id) {
        return database.read(tables -> Optional.ofNullable(tables.outbox.get(id)));
    }

    @Override
    public List<OutboxMail> findDue(Instant now, int limit) {
        return database.read(tables -> tables.outbox.values().stream()
                .filter(m -> m.status() == MailStatus.QUEUED && !m.nextAttemptAt().isAfter(now))
                .sorted(Comparator.comparing(OutboxMail::nextAttemptAt).thenComparing(OutboxMail::createdAt))
                .limit(limit)
                .toList());
    }

    @Override
    public boolean claim(UUID id, Instant expectedNextAttemptAt, Instant leaseUntil) {
        return database.writeAndGet(tables -> {
            OutboxMail m = tables.outbox.get(id);
            if (m == null || m.status() != MailStatus.QUEUED || !m.nextAttemptAt().equals(expectedNextAttemptAt)) {
                return false;
            }
            tables.outbox.put(id, with(m, m.status(), m.attempts(), leaseUntil, m.lastError(), m.linkToken(), m.sentAt()));
            return true;
        });
    }

    @Override
    public void markSent(UUID id, Instant at) {
        database.write(tables -> tables.outbox.computeIfPresent(id, (key, m) ->
                with(m, MailStatus.SENT, m.attempts() + 1, m.nextAttemptAt(), "", null, at)));
    }

    @Override
    public void markAttemptFailed(UUID id, String error, Instant nextAttemptAt, boolean giveUp) {
        database.write(tables -> tables.outbox.computeIfPresent(id, (key, m) ->
                with(m, giveUp ? MailStatus.FAILED : MailStatus.QUEUED, m.attempts() + 1, nextAttemptAt, error,
                        giveUp ? null : m.linkToken(), m.sentAt())));
    }

    @Override
    public List<OutboxMail> findForQuote(QuoteId quoteId) {
        return database.read(tables -> tables.outbox.values().stream()
                .filter(m -> m.quoteId().equals(quoteId))
                .sorted(Comparator.comparing(OutboxMail::createdAt).thenComparing(m -> m.id().toString()).reversed())
                .toList());
    }

    private static OutboxMail with(OutboxMail m, MailStatus status, int attempts, Instant next, String error,
            String token, Instant sentAt) {
        return new OutboxMail(m.id(), m.quoteId(), m.kind(), m.toAddress(), m.toName(), m.subject(), m.body(), token,
                m.attachmentLinkId(), m.attachmentName(), m.messageId(), status, attempts, next, error, m.createdAt(),
                sentAt);
    }
}
