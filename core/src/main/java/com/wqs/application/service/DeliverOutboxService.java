package com.wqs.application.service;

import com.wqs.application.port.in.DeliverOutboxUseCase;
import com.wqs.application.port.out.MailDeliveryException;
import com.wqs.application.port.out.MailDelivery;
import com.wqs.application.port.out.OutgoingMail;
import com.wqs.application.port.out.Store;
import com.wqs.domain.delivery.OutboxMail;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Delivers the outbox: each due mail is claimed (so a second worker skips it), handed to the SMTP server
 * outside any transaction, and its outcome recorded. A temporary failure (server unreachable, a 4xx reply)
 * is retried with exponential back-off, 30 s doubling up to 1 h, at most {@value #MAX_ATTEMPTS} attempts;
 * a permanent one (a 5xx reply) fails the mail at once with the server's reply. Delivery is at least
 * once: a crash between the server's acceptance and the record sends the mail again, with the same
 * Message-ID, so the recipient's client can tell the duplicate.
 */
public final class DeliverOutboxService implements DeliverOutboxUseCase {
    static final int MAX_ATTEMPTS = 10;
    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration LONGEST_RETRY = Duration.ofHours(1);
    static final Duration LEASE = Duration.ofMinutes(2);
    private static final int BATCH = 20;
    private static final int MAX_ERROR = 1000;

    private final Store store;
    private final MailDelivery mail;
    private final Clock clock;

    public DeliverOutboxService(Store store, MailDelivery mail, Clock clock) {
        this.store = store;
        this.mail = mail;
        this.clock = clock;
    }

    @Override
    public int deliverDue() {
        if (!mail.sender().isConfigured()) {
            return 0;
        }
        int delivered = 0;
        Instant now = clock.instant();
        List<OutboxMail> due = store.transactions().readOnly(() -> store.outbox().findDue(now, BATCH));
        for (OutboxMail queued : due) {
            boolean mine = store.transactions().inTransaction(() ->
                    store.outbox().claim(queued.id(), queued.nextAttemptAt(), now.plus(LEASE)));
            if (mine && deliver(queued)) {
                delivered++;
            }
        }
        return delivered;
    }

    private boolean deliver(OutboxMail queued) {
        try {
            OutgoingMail outgoing = store.transactions().readOnly(() -> compose(queued));
            mail.sender().send(outgoing);
        } catch (MailDeliveryException e) {
            failed(queued, e.getMessage(), e.permanent());
            return false;
        } catch (RuntimeException e) {
            failed(queued, e.getClass().getSimpleName() + ": " + e.getMessage(), false);
            return false;
        }
        store.transactions().run(() -> store.outbox().markSent(queued.id(), clock.instant()));
        return true;
    }

    private void failed(OutboxMail queued, String reply, boolean permanent) {
        int attempts = queued.attempts() + 1;
        boolean giveUp = permanent || attempts >= MAX_ATTEMPTS;
        Instant next = clock.instant().plus(backOff(attempts));
        String error = reply == null ? "unknown error" : reply.length() > MAX_ERROR ? reply.substring(0, MAX_ERROR) : reply;
        store.transactions().run(() -> store.outbox().markAttemptFailed(queued.id(), error, next, giveUp));
    }

    /** 30 s after the first failure, doubling each time, at most an hour. */
    static Duration backOff(int attempts) {
        Duration delay = FIRST_RETRY;
        for (int i = 1; i < attempts && delay.compareTo(LONGEST_RETRY) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : delay;
    }

    private OutgoingMail compose(OutboxMail queued) {
        String body = queued.body();
        if (queued.linkToken() != null) {
            body = body.replace(OutboxMail.LINK_PLACEHOLDER, mail.linkFor(queued.linkToken()));
        }
        byte[] pdf = queued.attachment().flatMap(id -> store.customerLinks().pdf(id)).orElse(null);
        return new OutgoingMail(queued.toAddress(), queued.toName(), queued.subject(), body,
                pdf == null ? null : queued.attachmentName(), pdf, queued.messageId());
    }
}
