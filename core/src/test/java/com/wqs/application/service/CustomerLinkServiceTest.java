package com.wqs.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wqs.application.port.in.CustomerLinkUseCase.AcceptCommand;
import com.wqs.application.port.in.CustomerLinkUseCase.ChooseCommand;
import com.wqs.application.port.in.CustomerLinkUseCase.CustomerLinkView;
import com.wqs.application.port.in.CustomerLinkUseCase.LinkState;
import com.wqs.application.port.in.CustomerLinkUseCase.RejectCommand;
import com.wqs.application.port.in.QuoteCommand;
import com.wqs.application.port.in.QuoteDeliveryUseCase.SentQuote;
import com.wqs.application.port.in.RatesCommand;
import com.wqs.application.port.out.MailDeliveryException;
import com.wqs.domain.delivery.MailKind;
import com.wqs.domain.delivery.MailStatus;
import com.wqs.domain.delivery.OutboxMail;
import com.wqs.domain.pricing.PricingEngine;
import com.wqs.domain.quote.LineOption;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteStatus;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.shared.ForbiddenException;
import com.wqs.domain.shared.Money;
import com.wqs.domain.shared.NotFoundException;
import com.wqs.domain.shared.ValidationException;
import com.wqs.testing.CatalogFixtures;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerLinkServiceTest {
    private final ServiceTestbed bed = new ServiceTestbed();

    @Test
    void sendingStoresThePdfMakesALinkAndQueuesTheMailInOneGo() {
        SentQuote sent = send();

        assertThat(sent.quote().status()).isEqualTo(QuoteStatus.SENT);
        assertThat(sent.linkUrl()).matches("https://quotes\\.example/p/[A-Za-z0-9_-]{43}");
        assertThat(sent.emailed()).isTrue();
        OutboxMail queued = sent.delivery().latestToCustomer().orElseThrow();
        assertThat(queued.status()).isEqualTo(MailStatus.QUEUED);
        assertThat(queued.body()).contains(OutboxMail.LINK_PLACEHOLDER).doesNotContain(token(sent));
        assertThat(bed.store.customerLinks().findLatestForQuote(sent.quote().id()).orElseThrow().tokenHash())
                .isEqualTo(Sha256.hex(token(sent))).isNotEqualTo(token(sent));
        assertThat(bed.useCases.customerLinks().pdf(token(sent)).content()).isEqualTo(bed.pdf.render(
                sent.quote().number(), sent.quote().latestRevision().orElseThrow(), false,
                sent.quote().latestRevision().orElseThrow().settings()));
    }

    @Test
    void theWorkerPutsTheLinkIntoTheMailAndRetriesWithBackOff() {
        SentQuote sent = send();
        bed.mail.failure = new MailDeliveryException("421 try again later", false);

        assertThat(bed.useCases.outbox().deliverDue()).isZero();
        assertThat(bed.useCases.outbox().deliverDue()).as("not due again yet").isZero();
        bed.clock.advance(Duration.ofSeconds(30));
        assertThat(bed.useCases.outbox().deliverDue()).isZero();
        OutboxMail twice = bed.store.outbox().findForQuote(sent.quote().id()).get(0);
        assertThat(twice.attempts()).isEqualTo(2);
        assertThat(twice.nextAttemptAt()).isEqualTo(bed.clock.instant().plusSeconds(60));
        assertThat(twice.lastError()).isEqualTo("421 try again later");

        bed.mail.failure = null;
        bed.clock.advance(Duration.ofSeconds(60));
        assertThat(bed.useCases.outbox().deliverDue()).isEqualTo(1);
        assertThat(bed.mail.sent).singleElement().satisfies(m -> {
            assertThat(m.body()).contains(sent.linkUrl());
            assertThat(m.hasAttachment()).isTrue();
        });
    }

    @Test
    void aPermanentReplyFailsTheMailAtOnce() {
        SentQuote sent = send();
        bed.mail.failure = new MailDeliveryException("550 5.1.1 no such user", true);

        bed.useCases.outbox().deliverDue();

        OutboxMail failed = bed.store.outbox().findForQuote(sent.quote().id()).get(0);
        assertThat(failed.status()).isEqualTo(MailStatus.FAILED);
        assertThat(failed.lastError()).isEqualTo("550 5.1.1 no such user");
        assertThat(failed.linkToken()).isNull();
    }

    @Test
    void backOffDoublesUpToAnHour() {
        assertThat(DeliverOutboxService.backOff(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(DeliverOutboxService.backOff(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(DeliverOutboxService.backOff(5)).isEqualTo(Duration.ofMinutes(8));
        assertThat(DeliverOutboxService.backOff(9)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void acceptingRecordsTheProofOnceAndTellsTheOwner() {
        SentQuote sent = send();
        CustomerLinkView view = bed.useCases.customerLinks().view(token(sent));

        CustomerLinkView accepted = bed.useCases.customerLinks().accept(token(sent), accept(view, 1));
        CustomerLinkView again = bed.useCases.customerLinks().accept(token(sent), accept(view, 1));

        assertThat(accepted.state()).isEqualTo(LinkState.ACCEPTED);
        assertThat(again.state()).isEqualTo(LinkState.ACCEPTED);
        Quote quote = bed.reload(sent.quote());
        assertThat(quote.status()).isEqualTo(QuoteStatus.ACCEPTED);
        assertThat(quote.history()).filteredOn(h -> h.to() == QuoteStatus.ACCEPTED).hasSize(1)
                .allSatisfy(h -> assertThat(h.note()).isEqualTo("accepted by the customer: Ana Gómez"));
        var response = accepted.response().orElseThrow();
        assertThat(response.fullName()).isEqualTo("Ana Gómez");
        assertThat(response.clientAddress()).isEqualTo("203.0.113.7");
        assertThat(response.userAgent()).isEqualTo("Phone/1.0");
        assertThat(response.pdfSha256()).isEqualTo(view.pdfSha256());
        assertThat(bed.store.outbox().findForQuote(quote.id())).filteredOn(m -> m.kind() == MailKind.CUSTOMER_RESPONSE_TO_OWNER)
                .singleElement().satisfies(m -> assertThat(m.toAddress()).isEqualTo("sales@example.com"));
        assertThat(bed.useCases.quoteDelivery().notices(bed.sales)).extracting(n -> n.quoteNumber())
                .containsExactly(quote.number());
        assertThat(bed.useCases.quoteDelivery().notices(bed.otherSales)).isEmpty();
    }

    @Test
    void anAnswerNeedsTheLinksCsrfTokenTheRevisionSeenAndTheConfirmation() {
        SentQuote sent = send();
        CustomerLinkView view = bed.useCases.customerLinks().view(token(sent));
        var links = bed.useCases.customerLinks();

        assertThatThrownBy(() -> links.accept(token(sent), new AcceptCommand(1, "Ana", true, "forged", "", "")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> links.accept(token(sent), accept(view, 2)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("revision 2");
        assertThatThrownBy(() -> links.accept(token(sent), new AcceptCommand(1, " ", false, view.csrfToken(), "", "")))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors()).extracting(f -> f.field())
                        .containsExactly("fullName", "confirm"));
        assertThatThrownBy(() -> links.reject(token(sent), new RejectCommand(1, "", view.csrfToken(), "", "")))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> links.view("not-a-token")).isInstanceOf(NotFoundException.class);
        assertThat(bed.reload(sent.quote()).status()).isEqualTo(QuoteStatus.SENT);
    }

    @Test
    void theCustomerChoosesOptionsWithTheSentPricesUntilTheQuoteIsAnswered() {
        var base = CatalogFixtures.workedExampleLines();
        var lines = List.of(base.get(0), base.get(1).withOption(LineOption.optional(true)));
        Quote draft = bed.useCases.createQuote().create(bed.sales, new QuoteCommand(
                bed.draft(bed.sales).customerId(), lines, RatesCommand.DEFAULTS, null, ""));
        SentQuote sent = bed.useCases.quoteDelivery().send(bed.sales, draft.id());
        var links = bed.useCases.customerLinks();
        CustomerLinkView view = links.view(token(sent));
        Money withSealant = view.revision().pricing().total();

        assertThatThrownBy(() -> links.choose(token(sent), new ChooseCommand(1, List.of(), "forged")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> links.choose(token(sent), new ChooseCommand(2, List.of(), view.csrfToken())))
                .isInstanceOf(ConflictException.class);
        CustomerLinkView chosen = links.choose(token(sent), new ChooseCommand(1, List.of(), view.csrfToken()));

        assertThat(chosen.revision().pricing().total()).isLessThan(withSealant);
        assertThat(chosen.revision().pricing().total()).isEqualTo(new PricingEngine()
                .price(List.of(base.get(0)), view.revision().pricing().rates(),
                        CatalogFixtures.catalog()).total());
        assertThat(bed.reload(sent.quote()).pricing().total()).isEqualTo(chosen.revision().pricing().total());

        links.accept(token(sent), accept(chosen, 1));
        assertThatThrownBy(() -> links.choose(token(sent), new ChooseCommand(1, List.of(1), view.csrfToken())))
                .as("frozen once accepted").isInstanceOf(ConflictException.class);
        assertThat(bed.reload(sent.quote()).pricing().total()).isEqualTo(chosen.revision().pricing().total());
    }

    @Test
    void rejectingRecordsTheReason() {
        SentQuote sent = send();
        CustomerLinkView view = bed.useCases.customerLinks().view(token(sent));

        bed.useCases.customerLinks().reject(token(sent), new RejectCommand(1, "too dear", view.csrfToken(), "ip", "ua"));

        Quote quote = bed.reload(sent.quote());
        assertThat(quote.status()).isEqualTo(QuoteStatus.REJECTED);
        assertThat(quote.rejectionReason()).contains("too dear");
        assertThat(bed.useCases.customerLinks().view(token(sent)).state()).isEqualTo(LinkState.REJECTED);
    }

    @Test
    void anExpiredQuoteCannotBeAcceptedAndSaysWhy() {
        SentQuote sent = send();
        CustomerLinkView view = bed.useCases.customerLinks().view(token(sent));
        bed.clock.advance(Duration.ofDays(40));

        assertThat(bed.useCases.customerLinks().view(token(sent)).state()).isEqualTo(LinkState.EXPIRED);
        assertThatThrownBy(() -> bed.useCases.customerLinks().accept(token(sent), accept(view, 1)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("expired");
        assertThat(bed.reload(sent.quote()).status()).isEqualTo(QuoteStatus.SENT);
    }

    @Test
    void revisingOrCancellingRevokesTheLink() {
        SentQuote revised = send();
        SentQuote cancelled = send();
        CustomerLinkView view = bed.useCases.customerLinks().view(token(revised));

        bed.useCases.quoteLifecycle().revise(bed.sales, revised.quote().id());
        bed.useCases.quoteLifecycle().cancel(bed.sales, cancelled.quote().id(), "");

        CustomerLinkView replaced = bed.useCases.customerLinks().view(token(revised));
        assertThat(replaced.state()).isEqualTo(LinkState.REPLACED);
        assertThat(replaced.replacementRevision()).isEqualTo(2);
        assertThat(bed.useCases.customerLinks().view(token(cancelled)).state()).isEqualTo(LinkState.CANCELLED);
        assertThatThrownBy(() -> bed.useCases.customerLinks().accept(token(revised), accept(view, 1)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("replaced by revision 2");
        assertThatThrownBy(() -> bed.useCases.quoteDelivery().resend(bed.sales, revised.quote().id()))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aFailingPdfLeavesTheDraftUnsent() {
        Quote draft = bed.draft(bed.sales);
        UseCases failing = UseCases.create(bed.store, bed.hasher, (number, revision, isDraft, settings) -> {
            throw new com.wqs.domain.shared.UnavailableException("pdf.busy", "busy", Duration.ofSeconds(2));
        }, bed.clock, AuthPolicy.defaults(), new com.wqs.application.port.out.MailDelivery(bed.mail, ""));

        assertThatThrownBy(() -> failing.quoteDelivery().send(bed.sales, draft.id()))
                .isInstanceOf(com.wqs.domain.shared.UnavailableException.class);
        assertThat(bed.reload(draft).status()).isEqualTo(QuoteStatus.DRAFT);
        assertThat(bed.store.customerLinks().findLatestForQuote(draft.id())).isEmpty();
        assertThat(bed.store.outbox().findForQuote(draft.id())).isEmpty();
    }

    private SentQuote send() {
        return bed.useCases.quoteDelivery().send(bed.sales, bed.draft(bed.sales).id());
    }

    private static AcceptCommand accept(CustomerLinkView view, int revision) {
        return new AcceptCommand(revision, "Ana Gómez", true, view.csrfToken(), "203.0.113.7", "Phone/1.0");
    }

    private static String token(SentQuote sent) {
        return sent.linkUrl().substring(sent.linkUrl().lastIndexOf('/') + 1);
    }
}
