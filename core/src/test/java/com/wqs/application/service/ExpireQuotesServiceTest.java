package com.wqs.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteStatus;
import com.wqs.domain.shared.StatusChange;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpireQuotesServiceTest {
    /** Quotes sent at the start are valid until 9 April 2026 inclusive (UTC). */
    private static final Instant LAST_VALID_MOMENT = Instant.parse("2026-04-09T23:59:59Z");
    private static final Instant FIRST_EXPIRED_MOMENT = Instant.parse("2026-04-10T00:00:00Z");

    private final ServiceTestbed bed = new ServiceTestbed();

    @Test
    void expiresSentQuotesOnceTheirLastValidDayHasEnded() {
        Quote sent = bed.sent(bed.sales);

        bed.clock.set(LAST_VALID_MOMENT);
        assertThat(bed.useCases.expireQuotes().expireDue()).isZero();
        assertThat(bed.reload(sent).status()).isEqualTo(QuoteStatus.SENT);

        bed.clock.set(FIRST_EXPIRED_MOMENT);
        assertThat(bed.useCases.expireQuotes().expireDue()).isEqualTo(1);
        Quote expired = bed.reload(sent);
        assertThat(expired.status()).isEqualTo(QuoteStatus.EXPIRED);
        StatusChange<QuoteStatus> change = expired.history().get(expired.history().size() - 1);
        assertThat(change.from()).isEqualTo(QuoteStatus.SENT);
        assertThat(change.by()).as("recorded as done by the owner").isEqualTo(bed.sales.userId().value());
        assertThat(change.at()).isEqualTo(FIRST_EXPIRED_MOMENT);
    }

    @Test
    void neverOverwritesADecidedQuote() {
        Quote accepted = bed.accepted(bed.sales);
        Quote rejected = bed.useCases.quoteLifecycle().reject(bed.sales, bed.sent(bed.sales).id(), "No budget");
        Quote converted = bed.accepted(bed.sales);
        bed.useCases.convertQuote().convert(bed.sales, converted.id(), null, null);
        Quote cancelled = bed.useCases.quoteLifecycle().cancel(bed.sales, bed.sent(bed.sales).id(), "Withdrawn");
        Quote draft = bed.draft(bed.sales);
        Quote due = bed.sent(bed.sales);
        bed.clock.set(Instant.parse("2026-12-31T00:00:00Z"));

        assertThat(bed.useCases.expireQuotes().expireDue()).isEqualTo(1);

        assertThat(List.of(accepted, rejected, converted, cancelled, draft, due))
                .extracting(quote -> bed.reload(quote).status())
                .containsExactly(QuoteStatus.ACCEPTED, QuoteStatus.REJECTED, QuoteStatus.CONVERTED,
                        QuoteStatus.CANCELLED, QuoteStatus.DRAFT, QuoteStatus.EXPIRED);
    }

    @Test
    void runningAgainChangesNothing() {
        bed.sent(bed.sales);
        bed.sent(bed.otherSales);
        bed.clock.set(FIRST_EXPIRED_MOMENT);

        assertThat(bed.useCases.expireQuotes().expireDue()).isEqualTo(2);
        assertThat(bed.useCases.expireQuotes().expireDue()).isZero();
    }

    @Test
    void theEndOfTheDayIsTheEndOfItInTheSettingsZone() {
        bed.changeSettings("America/New_York", 30);
        Quote sent = bed.sent(bed.sales); // 10 March 06:00 in New York: valid until 9 April there

        bed.clock.set(Instant.parse("2026-04-10T03:59:59Z")); // 23:59:59 on 9 April in New York (EDT)
        assertThat(bed.useCases.expireQuotes().expireDue()).isZero();
        bed.clock.set(Instant.parse("2026-04-10T04:00:00Z"));
        assertThat(bed.useCases.expireQuotes().expireDue()).isEqualTo(1);
        assertThat(bed.reload(sent).status()).isEqualTo(QuoteStatus.EXPIRED);
    }
}
