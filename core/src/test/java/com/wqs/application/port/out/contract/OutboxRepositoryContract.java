package com.wqs.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.application.port.out.OutboxRepository;
import com.wqs.domain.delivery.MailKind;
import com.wqs.domain.delivery.MailStatus;
import com.wqs.domain.delivery.OutboxMail;
import com.wqs.domain.quote.Quote;
import com.wqs.testing.QuoteBuilder;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of {@link OutboxRepository}. */
public abstract class OutboxRepositoryContract extends StoreContract {
    private Quote quote;

    private OutboxRepository outbox() {
        return store.outbox();
    }

    @BeforeEach
    void givenASentQuote() {
        quote = givenQuote(QuoteBuilder.aQuote().sent());
    }

    @Test
    void insertedMailIsFoundAsWritten() {
        OutboxMail mail = mail(NOW, NOW);

        outbox().insert(mail);

        assertThat(outbox().findById(mail.id())).contains(mail);
        assertThat(outbox().findForQuote(quote.id())).containsExactly(mail);
    }

    @Test
    void dueMailsAreTheQueuedOnesWhoseTimeHasComeOldestFirst() {
        OutboxMail later = mail(NOW, NOW.plusSeconds(60));
        OutboxMail due = mail(NOW, NOW.minusSeconds(5));
        OutboxMail dueNow = mail(NOW, NOW);
        outbox().insert(later);
        outbox().insert(due);
        outbox().insert(dueNow);

        assertThat(outbox().findDue(NOW, 10)).extracting(OutboxMail::id).containsExactly(due.id(), dueNow.id());
        assertThat(outbox().findDue(NOW, 1)).extracting(OutboxMail::id).containsExactly(due.id());
    }

    @Test
    void aMailIsClaimedByOneCallerOnly() {
        OutboxMail mail = mail(NOW, NOW);
        outbox().insert(mail);
        Instant lease = NOW.plusSeconds(120);

        assertThat(outbox().claim(mail.id(), NOW, lease)).isTrue();
        assertThat(outbox().claim(mail.id(), NOW, lease)).isFalse();
        assertThat(outbox().findDue(NOW.plusSeconds(60), 10)).isEmpty();
        assertThat(outbox().findDue(lease, 10)).hasSize(1);
    }

    @Test
    void sentMailForgetsItsLinkTokenAndCountsTheAttempt() {
        OutboxMail mail = mail(NOW, NOW);
        outbox().insert(mail);
        Instant at = NOW.plusSeconds(3);

        outbox().markSent(mail.id(), at);

        OutboxMail sent = outbox().findById(mail.id()).orElseThrow();
        assertThat(sent.status()).isEqualTo(MailStatus.SENT);
        assertThat(sent.sentAt()).isEqualTo(at);
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(sent.linkToken()).isNull();
        assertThat(outbox().findDue(NOW.plusSeconds(3600), 10)).isEmpty();
    }

    @Test
    void aFailedAttemptIsRetriedLaterOrGivenUp() {
        OutboxMail mail = mail(NOW, NOW);
        outbox().insert(mail);

        outbox().markAttemptFailed(mail.id(), "421 try later", NOW.plusSeconds(30), false);
        OutboxMail retried = outbox().findById(mail.id()).orElseThrow();
        assertThat(retried.status()).isEqualTo(MailStatus.QUEUED);
        assertThat(retried.attempts()).isEqualTo(1);
        assertThat(retried.lastError()).isEqualTo("421 try later");
        assertThat(retried.nextAttemptAt()).isEqualTo(NOW.plusSeconds(30));
        assertThat(retried.linkToken()).isEqualTo(mail.linkToken());

        outbox().markAttemptFailed(mail.id(), "550 no such user", NOW.plusSeconds(90), true);
        OutboxMail failed = outbox().findById(mail.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(MailStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(2);
        assertThat(failed.lastError()).isEqualTo("550 no such user");
        assertThat(failed.linkToken()).isNull();
        assertThat(outbox().findDue(NOW.plusSeconds(3600), 10)).isEmpty();
    }

    @Test
    void mailsOfAQuoteAreListedNewestFirst() {
        OutboxMail first = mail(NOW, NOW);
        OutboxMail second = mail(NOW.plusSeconds(10), NOW.plusSeconds(10));
        outbox().insert(first);
        outbox().insert(second);

        assertThat(outbox().findForQuote(quote.id())).extracting(OutboxMail::id).containsExactly(second.id(), first.id());
        assertThat(outbox().findForQuote(givenQuote(QuoteBuilder.aQuote()).id())).isEmpty();
    }

    private OutboxMail mail(Instant createdAt, Instant nextAttemptAt) {
        return new OutboxMail(UUID.randomUUID(), quote.id(), MailKind.QUOTE_TO_CUSTOMER, "buyer@acme.example",
                "Ana Gómez", "Quote Q-2026-00001 from Ventanas", "Dear Ana,\n" + OutboxMail.LINK_PLACEHOLDER + "\n",
                "token-" + UUID.randomUUID(), null, "Q-2026-00001-r1.pdf", "<" + UUID.randomUUID() + "@wqs.outbox>",
                MailStatus.QUEUED, 0, nextAttemptAt, "", createdAt, null);
    }
}
