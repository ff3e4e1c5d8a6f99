package com.wqs.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wqs.application.port.in.QuoteCommand;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.quote.MaterialLine;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.ForbiddenException;
import com.wqs.domain.shared.Money;
import com.wqs.domain.shared.NotFoundException;
import com.wqs.domain.shared.ValidationException;
import com.wqs.testing.CustomerBuilder;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class UpdateQuoteServiceTest {
    private final ServiceTestbed bed = new ServiceTestbed();

    @Test
    void replacesTheContentOfADraftAndRepricesIt() {
        Quote draft = bed.draft(bed.sales);
        Customer other = CustomerBuilder.aCustomer().name("Other Ltd").build();
        bed.store.transactions().run(() -> bed.store.customers().insert(other));
        QuoteCommand command = new QuoteCommand(other.id(), List.of(new MaterialLine("CN-SIL", new BigDecimal("3"), null)),
                null, null, "only sealant");

        Quote updated = bed.useCases.updateQuote().update(bed.sales, draft.id(), command);

        assertThat(updated.customerId()).isEqualTo(other.id());
        assertThat(updated.lines()).hasSize(1);
        assertThat(updated.notes()).isEqualTo("only sealant");
        assertThat(updated.pricing().base()).isEqualTo(Money.of("240.00"));
        assertThat(updated.number()).isEqualTo(draft.number());
        assertThat(updated.version()).isGreaterThan(draft.version());
    }

    @Test
    void anUpdatePicksUpTheCurrentCatalogue() {
        Quote draft = bed.draft(bed.sales);
        bed.setUnitCost("GL-CLR6", "200.00");

        Quote updated = bed.useCases.updateQuote().update(bed.sales, draft.id(), bed.workedExample());

        assertThat(updated.pricing().total()).isGreaterThan(draft.pricing().total());
        assertThat(bed.reload(updated).pricing()).isEqualTo(updated.pricing());
    }

    @Test
    void onlyDraftsAreUpdated() {
        Quote sent = bed.sent(bed.sales);

        assertThatThrownBy(() -> bed.useCases.updateQuote().update(bed.sales, sent.id(), bed.workedExample()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("quote.not_draft"));
    }

    @Test
    void badLinesAreReportedByIndexAndTheDraftStaysAsItWas() {
        Quote draft = bed.draft(bed.sales);
        QuoteCommand bad = bed.command(List.of(new MaterialLine("CN-SIL", BigDecimal.ONE, null),
                new MaterialLine("NO-SUCH", BigDecimal.ONE, null)));

        assertThatThrownBy(() -> bed.useCases.updateQuote().update(bed.sales, draft.id(), bad))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("lines[1].materialCode"));
        assertThat(bed.reload(draft).lines()).isEqualTo(draft.lines());
    }

    @Test
    void anotherSellerCannotFindTheDraftAndProductionNeverSeesDrafts() {
        Quote draft = bed.draft(bed.sales);

        assertThatThrownBy(() -> bed.useCases.updateQuote().update(bed.otherSales, draft.id(), bed.workedExample()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> bed.useCases.updateQuote().update(bed.production, draft.id(), bed.workedExample()))
                .isInstanceOf(NotFoundException.class);
        assertThat(bed.useCases.updateQuote().update(bed.admin, draft.id(), bed.workedExample()).ownerId())
                .isEqualTo(bed.sales.userId());
    }

    @Test
    void productionSeesASentQuoteButMayNotChangeIt() {
        Quote sent = bed.sent(bed.sales);

        assertThatThrownBy(() -> bed.useCases.updateQuote().update(bed.production, sent.id(), bed.workedExample()))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void anEditorHoldingAnOlderVersionGetsAConflictAndOverwritesNothing() {
        Quote draft = bed.draft(bed.sales);
        Quote saved = bed.useCases.updateQuote().update(bed.sales, draft.id(), bed.workedExample(), draft.version());
        QuoteCommand staleEdit = bed.command(List.of(new MaterialLine("CN-SIL", BigDecimal.ONE, null)));

        assertThatThrownBy(() -> bed.useCases.updateQuote().update(bed.sales, draft.id(), staleEdit, draft.version()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("quote.stale"));
        assertThat(bed.reload(draft).lines()).isEqualTo(saved.lines());
        assertThat(bed.reload(draft).version()).isEqualTo(saved.version());
        assertThat(bed.useCases.updateQuote().update(bed.sales, draft.id(), staleEdit, saved.version()).lines())
                .hasSize(1);
    }
}
