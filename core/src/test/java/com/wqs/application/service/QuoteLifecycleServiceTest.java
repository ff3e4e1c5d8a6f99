package com.wqs.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteRevision;
import com.wqs.domain.quote.QuoteStatus;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.shared.ForbiddenException;
import com.wqs.domain.shared.Money;
import com.wqs.domain.shared.NotFoundException;
import com.wqs.domain.shared.StatusChange;
import com.wqs.domain.shared.ValidationException;
import com.wqs.domain.user.Actor;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteLifecycleServiceTest {
    private final ServiceTestbed bed = new ServiceTestbed();

    @Test
    void sendingFreezesTheCustomerAndThePricingAsRevisionOne() {
        Quote draft = bed.draft(bed.sales);
        bed.clock.advance(Duration.ofDays(2));

        Quote sent = bed.useCases.quoteLifecycle().send(bed.sales, draft.id());

        assertThat(sent.status()).isEqualTo(QuoteStatus.SENT);
        QuoteRevision revision = sent.latestRevision().orElseThrow();
        assertThat(revision.revision()).isEqualTo(1);
        assertThat(revision.customer()).isEqualTo(bed.customer);
        assertThat(revision.pricing()).isEqualTo(draft.pricing());
        assertThat(revision.sentAt()).isEqualTo(ServiceTestbed.START.plus(Duration.ofDays(2)));
        // 30 days from the day it is sent, later than the draft's own date
        assertThat(sent.validUntil()).isEqualTo(LocalDate.of(2026, 4, 11));
        assertThat(revision.validUntil()).isEqualTo(sent.validUntil());
    }

    @Test
    void aDraftValidLongerThanTheDefaultKeepsItsDate() {
        var command = new com.wqs.application.port.in.QuoteCommand(bed.customer.id(), bed.workedExample().lines(), null,
                LocalDate.of(2026, 9, 1), null);
        Quote draft = bed.useCases.createQuote().create(bed.sales, command);

        assertThat(bed.useCases.quoteLifecycle().send(bed.sales, draft.id()).validUntil()).isEqualTo(LocalDate.of(2026, 9, 1));
    }

    @Test
    void laterCatalogueChangesDoNotAlterASentQuote() {
        Quote sent = bed.sent(bed.sales);
        bed.setUnitCost("GL-CLR6", "999.00");

        assertThat(bed.reload(sent).pricing().total()).isEqualTo(Money.of("5477.55"));
    }

    @Test
    void aQuoteWithoutLinesIsNotSent() {
        Quote empty = bed.useCases.createQuote().create(bed.sales, bed.command(List.of()));

        assertThatThrownBy(() -> bed.useCases.quoteLifecycle().send(bed.sales, empty.id()))
                .isInstanceOf(ValidationException.class);
        assertThat(bed.reload(empty).status()).isEqualTo(QuoteStatus.DRAFT);
    }

    @Test
    void acceptRejectReviseAndCancelAreRecordedWithWhoWhenAndWhy() {
        Quote sent = bed.sent(bed.sales);
        bed.clock.advance(Duration.ofHours(1));
        Quote rejected = bed.useCases.quoteLifecycle().reject(bed.sales, sent.id(), "Found it cheaper");
        Quote revised = bed.useCases.quoteLifecycle().revise(bed.admin, sent.id());
        Quote cancelled = bed.useCases.quoteLifecycle().cancel(bed.sales, sent.id(), "Customer moved away");

        assertThat(rejected.rejectionReason()).contains("Found it cheaper");
        assertThat(revised.revision()).isEqualTo(2);
        assertThat(revised.status()).isEqualTo(QuoteStatus.DRAFT);
        assertThat(cancelled.status()).isEqualTo(QuoteStatus.CANCELLED);
        List<StatusChange<QuoteStatus>> history = bed.useCases.findQuotes().history(bed.sales, sent.id());
        assertThat(history).extracting(StatusChange::to)
                .containsExactly(QuoteStatus.SENT, QuoteStatus.REJECTED, QuoteStatus.DRAFT, QuoteStatus.CANCELLED);
        assertThat(history.get(1).by()).isEqualTo(bed.sales.userId().value());
        assertThat(history.get(1).at()).isEqualTo(ServiceTestbed.START.plus(Duration.ofHours(1)));
        assertThat(history.get(1).note()).isEqualTo("Found it cheaper");
        assertThat(history.get(2).by()).isEqualTo(bed.admin.userId().value());
        assertThat(history.get(3).note()).isEqualTo("Customer moved away");
    }

    @Test
    void aRevisedQuoteIsSentAsTheNextRevisionAndKeepsTheEarlierOne() {
        Quote sent = bed.sent(bed.sales);
        bed.useCases.quoteLifecycle().reject(bed.sales, sent.id(), "Too expensive");
        bed.useCases.quoteLifecycle().revise(bed.sales, sent.id());

        Quote resent = bed.useCases.quoteLifecycle().send(bed.sales, sent.id());

        assertThat(resent.revisions()).extracting(QuoteRevision::revision).containsExactly(1, 2);
    }

    @Test
    void acceptingASentQuotePastItsValidityIsAConflict() {
        Quote sent = bed.sent(bed.sales);
        // valid until 9 April 2026 inclusive (UTC): the first instant of 10 April is too late
        bed.clock.set(Instant.parse("2026-04-10T00:00:00Z"));

        assertThatThrownBy(() -> bed.useCases.quoteLifecycle().accept(bed.sales, sent.id()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("quote.expired"));
        assertThat(bed.reload(sent).status()).isEqualTo(QuoteStatus.SENT);
    }

    @Test
    void acceptingOnTheLastValidDayWorks() {
        Quote sent = bed.sent(bed.sales);
        bed.clock.set(Instant.parse("2026-04-09T23:59:59Z"));

        assertThat(bed.useCases.quoteLifecycle().accept(bed.sales, sent.id()).status()).isEqualTo(QuoteStatus.ACCEPTED);
    }

    @Test
    void aForbiddenTransitionIsAConflictAndChangesNothing() {
        Quote draft = bed.draft(bed.sales);

        assertThatThrownBy(() -> bed.useCases.quoteLifecycle().accept(bed.sales, draft.id()))
                .isInstanceOf(ConflictException.class);
        assertThat(bed.reload(draft).status()).isEqualTo(QuoteStatus.DRAFT);
        assertThat(bed.reload(draft).version()).isEqualTo(draft.version());
    }

    @Test
    void rejectingNeedsAReason() {
        Quote sent = bed.sent(bed.sales);

        assertThatThrownBy(() -> bed.useCases.quoteLifecycle().reject(bed.sales, sent.id(), " "))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void onlyTheOwnerOrAnAdminMovesAQuote() {
        Quote sent = bed.sent(bed.sales);

        assertThatThrownBy(() -> bed.useCases.quoteLifecycle().accept(bed.otherSales, sent.id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> bed.useCases.quoteLifecycle().accept(bed.production, sent.id()))
                .isInstanceOf(ForbiddenException.class);
        assertThat(bed.useCases.quoteLifecycle().accept(bed.admin, sent.id()).status()).isEqualTo(QuoteStatus.ACCEPTED);
    }

    @Test
    void productionCannotEvenFindADraftToSend() {
        Quote draft = bed.draft(bed.sales);

        for (Actor outsider : List.of(bed.production, bed.otherSales)) {
            assertThatThrownBy(() -> bed.useCases.quoteLifecycle().send(outsider, draft.id()))
                    .isInstanceOf(NotFoundException.class);
        }
    }
}
