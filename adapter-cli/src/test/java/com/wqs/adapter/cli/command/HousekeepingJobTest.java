package com.wqs.adapter.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.wqs.application.inmemory.InMemoryStore;
import com.wqs.application.inmemory.Pbkdf2PasswordHasher;
import com.wqs.application.port.out.Session;
import com.wqs.application.service.AuthPolicy;
import com.wqs.application.service.UseCases;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteStatus;
import com.wqs.domain.user.User;
import com.wqs.testing.MutableClock;
import com.wqs.testing.QuoteBuilder;
import com.wqs.testing.UserBuilder;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class HousekeepingJobTest {
    private static final Instant NOW = Instant.parse("2026-03-10T10:00:00Z");

    private final InMemoryStore store = new InMemoryStore();
    private final UseCases useCases = UseCases.create(store, new Pbkdf2PasswordHasher(),
            (number, revision, draft, settings) -> new byte[0], new MutableClock(NOW), AuthPolicy.defaults());
    private final User user = UserBuilder.aUser().build();
    private final Session ended = session("ended", NOW.minus(Duration.ofHours(13)), NOW.minus(Duration.ofHours(1)));
    private final Session live = session("live", NOW.minus(Duration.ofMinutes(5)), NOW.plus(Duration.ofHours(11)));
    private final Logger log = (Logger) LoggerFactory.getLogger(HousekeepingJob.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void storeAUserWithAnEndedAndALiveSession() {
        logged.start();
        log.addAppender(logged);
        log.setLevel(Level.INFO); // as `serve` logs (the CLI's other commands log warnings only)
        store.transactions().run(() -> {
            store.users().insert(user);
            store.sessions().insert(ended);
            store.sessions().insert(live);
        });
    }

    @AfterEach
    void detachLog() {
        log.detachAppender(logged);
        log.setLevel(null);
    }

    @Test
    void expiresDueQuotesAndDeletesEndedSessionsLoggingHowMany() {
        Quote due = QuoteBuilder.aQuote().owner(user).validUntil(LocalDate.of(2026, 3, 1)).sent().build();
        store.transactions().run(() -> store.quotes().insert(due));

        new HousekeepingJob(useCases.expireQuotes(), useCases.authentication()).run();

        assertThat(store.quotes().findById(due.id()).orElseThrow().status()).isEqualTo(QuoteStatus.EXPIRED);
        assertThat(store.sessions().findByTokenHash(ended.tokenHash())).isEmpty();
        assertThat(store.sessions().findByTokenHash(live.tokenHash())).contains(live);
        assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly("Marked 1 quote(s) EXPIRED", "Removed 1 expired session(s)");
    }

    @Test
    void aFailingQuoteExpiryStillLetsTheSessionsBePurged() {
        HousekeepingJob job = new HousekeepingJob(() -> {
            throw new IllegalStateException("database unavailable");
        }, useCases.authentication());

        job.run();

        assertThat(store.sessions().findByTokenHash(ended.tokenHash())).isEmpty();
        assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly("Quote expiry failed; retrying in an hour", "Removed 1 expired session(s)");
        assertThat(logged.list.get(0).getThrowableProxy().getMessage()).isEqualTo("database unavailable");
    }

    private Session session(String name, Instant lastSeenAt, Instant expiresAt) {
        return new Session("hash-of-" + name, user.id(), "csrf-" + name, lastSeenAt, lastSeenAt, expiresAt);
    }
}
