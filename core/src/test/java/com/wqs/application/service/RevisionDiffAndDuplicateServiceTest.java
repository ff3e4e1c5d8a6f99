package com.wqs.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wqs.application.port.in.QuoteCommand;
import com.wqs.application.port.out.PageRequest;
import com.wqs.application.port.out.QuoteSearch;
import com.wqs.domain.catalog.Product;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.pricing.RevisionDiff;
import com.wqs.domain.pricing.RevisionDiff.FieldChange;
import com.wqs.domain.quote.MaterialLine;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteId;
import com.wqs.domain.quote.QuoteStatus;
import com.wqs.domain.quote.WindowLine;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.shared.ForbiddenException;
import com.wqs.domain.shared.Money;
import com.wqs.domain.shared.NotFoundException;
import com.wqs.domain.shared.ValidationException;
import com.wqs.domain.customer.CustomerId;
import com.wqs.testing.CustomerBuilder;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevisionDiffAndDuplicateServiceTest {
    private final ServiceTestbed bed = new ServiceTestbed();

    /** Sent as revision 1 (5477.55), revised; the draft has 3 windows and no sealant line, glass now 130.00. */
    private Quote revisedDraft() {
        Quote sent = bed.sent(bed.sales);
        bed.useCases.quoteLifecycle().revise(bed.sales, sent.id());
        bed.setUnitCost("GL-CLR6", "130.00");
        return bed.useCases.updateQuote().update(bed.sales, sent.id(), bed.command(List.of(
                new WindowLine("SLD-2L", "GL-CLR6", "WHITE", 1500, 1200, 3, null))));
    }

    @Test
    void aRevisedDraftShowsItsChangesSinceTheLastSentRevision() {
        Quote draft = revisedDraft();

        RevisionDiff diff = bed.useCases.diffQuote().diff(bed.sales, draft.id(), null);

        assertThat(diff.fromRevision()).isEqualTo(1);
        assertThat(diff.toRevision()).isEqualTo(2);
        assertThat(diff.toDraft()).isTrue();
        assertThat(diff.changed()).singleElement()
                .satisfies(c -> assertThat(c.fields()).containsExactly(new FieldChange("quantity", "2", "3")));
        assertThat(diff.removed()).extracting(RevisionDiff.LineRef::code).containsExactly("CN-SIL");
        assertThat(diff.rates()).isEmpty();
        RevisionDiff.Totals totals = diff.totals();
        assertThat(totals.previous()).isEqualTo(Money.of("5477.55"));
        assertThat(totals.current()).isEqualTo(draft.pricing().total());
        assertThat(totals.ratesEffect()).isEqualTo(Money.ZERO);
        // Three windows at clear glass 120.00: 7660.93; at 130.00 (+56.70 cost): 7748.42.
        assertThat(totals.catalogueEffect()).isEqualTo(Money.of("87.49"));
        assertThat(totals.linesEffect().plus(totals.ratesEffect()).plus(totals.catalogueEffect()))
                .isEqualTo(totals.change());
    }

    @Test
    void aSentRevisionIsComparedWithTheOneBeforeAndFromPicksAnother() {
        Quote draft = revisedDraft();
        bed.useCases.quoteLifecycle().send(bed.sales, draft.id());
        bed.useCases.quoteLifecycle().revise(bed.sales, draft.id());
        bed.useCases.quoteLifecycle().send(bed.sales, draft.id());

        RevisionDiff latest = bed.useCases.diffQuote().diff(bed.admin, draft.id(), null);
        RevisionDiff sinceFirst = bed.useCases.diffQuote().diff(bed.production, draft.id(), 1);

        assertThat(latest.fromRevision()).isEqualTo(2);
        assertThat(latest.toRevision()).isEqualTo(3);
        assertThat(latest.toDraft()).isFalse();
        assertThat(latest.linesOrRatesChanged()).isFalse();
        assertThat(latest.totals().change()).isEqualTo(Money.ZERO);
        assertThat(sinceFirst.fromRevision()).isEqualTo(1);
        assertThat(sinceFirst.removed()).hasSize(1);
        assertThatThrownBy(() -> bed.useCases.diffQuote().diff(bed.sales, draft.id(), 3))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .singleElement().satisfies(err -> {
                            assertThat(err.field()).isEqualTo("from");
                            assertThat(err.message()).contains("1, 2");
                        }));
    }

    @Test
    void withoutAnEarlierSentRevisionThereIsNothingToCompare() {
        Quote draft = bed.draft(bed.sales);
        Quote sent = bed.sent(bed.sales);

        assertThatThrownBy(() -> bed.useCases.diffQuote().diff(bed.sales, draft.id(), null))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("quote.no_earlier_revision"));
        assertThatThrownBy(() -> bed.useCases.diffQuote().diff(bed.sales, sent.id(), null))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> bed.useCases.diffQuote().diff(bed.sales, sent.id(), 1))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void aQuoteTheActorMayNotSeeIsNotFound() {
        Quote draft = revisedDraft();
        assertThatThrownBy(() -> bed.useCases.diffQuote().diff(bed.otherSales, draft.id(), null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> bed.useCases.diffQuote().diff(bed.production, draft.id(), null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> bed.useCases.duplicateQuote().duplicate(bed.otherSales, draft.id(), null))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aDuplicateIsANewDraftOfTheActorRepricedAtTodaysCatalogue() {
        Quote sent = bed.sent(bed.sales);
        bed.setUnitCost("CN-SIL", "90.00");

        Quote copy = bed.useCases.duplicateQuote().duplicate(bed.admin, sent.id(), null);

        assertThat(copy.id()).isNotEqualTo(sent.id());
        assertThat(copy.number()).isNotEqualTo(sent.number());
        assertThat(copy.status()).isEqualTo(QuoteStatus.DRAFT);
        assertThat(copy.revision()).isEqualTo(1);
        assertThat(copy.ownerId()).isEqualTo(bed.adminUser.id());
        assertThat(copy.customerId()).isEqualTo(sent.customerId());
        assertThat(copy.lines()).isEqualTo(sent.lines());
        assertThat(copy.notes()).isEqualTo(sent.notes());
        assertThat(copy.pricing().rates()).isEqualTo(sent.pricing().rates());
        assertThat(copy.pricing().total()).isGreaterThan(sent.pricing().total());
        assertThat(copy.revisions()).isEmpty();
        assertThat(bed.reload(sent).status()).isEqualTo(QuoteStatus.SENT);
    }

    @Test
    void aDuplicateMayBeForAnotherCustomerButNotAnUnknownOne() {
        Customer other = CustomerBuilder.aCustomer().name("Other Homes").build();
        bed.store.transactions().run(() -> bed.store.customers().insert(other));
        Quote draft = bed.draft(bed.sales);

        Quote copy = bed.useCases.duplicateQuote().duplicate(bed.sales, draft.id(), other.id());

        assertThat(copy.customerId()).isEqualTo(other.id());
        assertThat(copy.ownerId()).isEqualTo(bed.salesUser.id());
        long before = quoteCount();
        assertThatThrownBy(() -> bed.useCases.duplicateQuote().duplicate(bed.sales, draft.id(), CustomerId.newId()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(err -> err.field()).containsExactly("customerId"));
        assertThat(quoteCount()).isEqualTo(before);
    }

    @Test
    void aLineThatNoLongerPricesRefusesTheCopyNamingItAndCreatesNothing() {
        Quote draft = bed.useCases.createQuote().create(bed.sales, bed.command(List.of(
                new MaterialLine("CN-SIL", BigDecimal.ONE, null),
                new WindowLine("SLD-2L", "GL-CLR6", null, 1500, 1200, 1, null))));
        Product slider = bed.store.products().findByCode("SLD-2L").orElseThrow();
        bed.store.transactions().run(() -> bed.store.products().update(new Product(slider.id(), slider.code(),
                slider.name(), slider.category(), slider.windowType(), slider.minWidthMm(), slider.maxWidthMm(),
                slider.minHeightMm(), slider.maxHeightMm(), slider.bom(), false, slider.version())));
        long before = quoteCount();

        assertThatThrownBy(() -> bed.useCases.duplicateQuote().duplicate(bed.sales, draft.id(), null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .singleElement().satisfies(err -> {
                            assertThat(err.field()).isEqualTo("lines[1].productCode");
                            assertThat(err.message()).contains("SLD-2L", "inactive");
                        }));
        assertThat(quoteCount()).isEqualTo(before);
    }

    @Test
    void productionMayNotDuplicate() {
        Quote sent = bed.sent(bed.sales);
        assertThatThrownBy(() -> bed.useCases.duplicateQuote().duplicate(bed.production, sent.id(), null))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> bed.useCases.duplicateQuote().duplicate(bed.admin, QuoteId.newId(), null))
                .isInstanceOf(NotFoundException.class);
    }

    private long quoteCount() {
        return bed.useCases.findQuotes().list(bed.admin, QuoteSearch.all(), PageRequest.FIRST).total();
    }
}
