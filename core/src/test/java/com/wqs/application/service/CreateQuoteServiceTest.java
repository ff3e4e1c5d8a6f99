package com.wqs.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wqs.application.port.in.CreateQuoteUseCase;
import com.wqs.application.port.in.PriceQuoteUseCase.PricingCheck;
import com.wqs.application.port.in.PriceQuoteUseCase.PricingRequest;
import com.wqs.application.port.in.QuoteCommand;
import com.wqs.application.port.in.RatesCommand;
import com.wqs.application.port.out.QuoteSearch;
import com.wqs.application.port.out.PageRequest;
import com.wqs.domain.customer.CustomerId;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteStatus;
import com.wqs.domain.quote.WindowLine;
import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.ForbiddenException;
import com.wqs.domain.shared.Money;
import com.wqs.domain.shared.Rate;
import com.wqs.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CreateQuoteServiceTest {
    private final ServiceTestbed bed = new ServiceTestbed();

    @Test
    void createsAPricedNumberedDraftOwnedByTheActor() {
        Quote quote = bed.useCases.createQuote().create(bed.sales, bed.workedExample());

        assertThat(quote.number()).isEqualTo("Q-2026-00001");
        assertThat(quote.status()).isEqualTo(QuoteStatus.DRAFT);
        assertThat(quote.revision()).isEqualTo(1);
        assertThat(quote.ownerId()).isEqualTo(bed.sales.userId());
        assertThat(quote.customerId()).isEqualTo(bed.customer.id());
        assertThat(quote.pricing().total()).isEqualTo(Money.of("5477.55"));
        assertThat(quote.validUntil()).isEqualTo(LocalDate.of(2026, 4, 9));
        assertThat(quote.notes()).isEqualTo("Delivery in April");
        assertThat(quote.createdAt()).isEqualTo(ServiceTestbed.START);
        assertThat(bed.reload(quote).pricing()).isEqualTo(quote.pricing());
    }

    @Test
    void numbersFollowEachOther() {
        Quote first = bed.draft(bed.sales);
        Quote second = bed.draft(bed.otherSales);
        Quote third = bed.draft(bed.admin);

        assertThat(List.of(first.number(), second.number(), third.number()))
                .containsExactly("Q-2026-00001", "Q-2026-00002", "Q-2026-00003");
    }

    @Test
    void theNumberYearIsTheCreationYearInTheSettingsZone() {
        bed.changeSettings("Pacific/Auckland", 30);
        bed.clock.set(Instant.parse("2026-12-31T12:00:00Z")); // already 1 January 2027 in Auckland

        assertThat(bed.draft(bed.sales).number()).isEqualTo("Q-2027-00001");
    }

    @Test
    void ratesNotGivenComeFromTheSettings() {
        QuoteCommand command = new QuoteCommand(bed.customer.id(), bed.workedExample().lines(),
                new RatesCommand(null, null, new BigDecimal("0.05"), null, null, null), null, null);

        Quote quote = bed.useCases.createQuote().create(bed.sales, command);

        assertThat(quote.pricing().rates().profitMargin()).isEqualTo(Rate.of("0.25"));
        assertThat(quote.pricing().rates().taxRate()).isEqualTo(Rate.of("0.16"));
        assertThat(quote.pricing().rates().discountRate()).isEqualTo(Rate.of("0.05"));
        assertThat(quote.pricing().total()).isEqualTo(Money.of("5477.55"));
    }

    @Test
    void noRatesAtAllMeansTheDefaultsWithoutDiscount() {
        QuoteCommand command = new QuoteCommand(bed.customer.id(), bed.workedExample().lines(), null, null, null);

        Quote quote = bed.useCases.createQuote().create(bed.sales, command);

        assertThat(quote.pricing().rates().discountRate()).isEqualTo(Rate.ZERO);
        assertThat(quote.pricing().discount()).isEqualTo(Money.ZERO);
    }

    @Test
    void aGivenValidUntilIsKept() {
        QuoteCommand command = new QuoteCommand(bed.customer.id(), bed.workedExample().lines(), null,
                LocalDate.of(2026, 6, 30), null);

        assertThat(bed.useCases.createQuote().create(bed.sales, command).validUntil()).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void everyBadFieldIsReportedAndNothingIsStored() {
        QuoteCommand command = new QuoteCommand(CustomerId.newId(),
                List.of(new WindowLine("SLD-2L", "GL-CLR6", null, 100, 1200, 1, null)),
                new RatesCommand(new BigDecimal("-0.1"), null, null, new BigDecimal("11"), null, null),
                LocalDate.of(2026, 3, 9), null);

        assertThatThrownBy(() -> bed.useCases.createQuote().create(bed.sales, command))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactlyInAnyOrder("customerId", "validUntil", "rates.profitMargin", "rates.taxRate",
                                "lines[0].widthMm"));
        assertThat(bed.useCases.findQuotes().list(bed.admin, QuoteSearch.all(), PageRequest.FIRST).total()).isZero();
    }

    @Test
    void aDiscountAboveAHundredPercentIsAFieldError() {
        QuoteCommand command = new QuoteCommand(bed.customer.id(), bed.workedExample().lines(),
                new RatesCommand(null, null, new BigDecimal("1.5"), null, null, null), null, null);

        assertThatThrownBy(() -> bed.useCases.createQuote().create(bed.sales, command))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("rates.discountRate"));
    }

    @Test
    void aMissingCustomerIsAFieldError() {
        QuoteCommand command = new QuoteCommand(null, bed.workedExample().lines(), null, null, null);

        assertThatThrownBy(() -> bed.useCases.createQuote().create(bed.sales, command))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).containsExactly(new FieldError("customerId", "is required")));
    }

    @Test
    void aBadRequestDoesNotUseUpANumber() {
        QuoteCommand bad = new QuoteCommand(CustomerId.newId(), List.of(), null, null, null);
        assertThatThrownBy(() -> bed.useCases.createQuote().create(bed.sales, bad)).isInstanceOf(ValidationException.class);

        assertThat(bed.draft(bed.sales).number()).isEqualTo("Q-2026-00001");
    }

    @Test
    void createAllMakesTheDraftsCreateWouldInOrderWithConsecutiveNumbers() {
        Quote one = bed.useCases.createQuote().create(bed.sales, bed.workedExample());
        QuoteCommand plain = new QuoteCommand(bed.customer.id(), bed.workedExample().lines(), null, null, null);

        List<Quote> created = bed.useCases.createQuote().createAll(bed.sales, List.of(bed.workedExample(), plain));

        assertThat(created).extracting(Quote::number).containsExactly("Q-2026-00002", "Q-2026-00003");
        assertThat(created.get(0).pricing()).isEqualTo(one.pricing());
        assertThat(created.get(1).pricing()).isEqualTo(bed.useCases.createQuote().create(bed.sales, plain).pricing());
        for (Quote quote : created) {
            Quote stored = bed.reload(quote);
            assertThat(stored.pricing()).isEqualTo(quote.pricing());
            assertThat(stored.ownerId()).isEqualTo(bed.sales.userId());
            assertThat(stored.validUntil()).isEqualTo(one.validUntil());
            assertThat(stored.status()).isEqualTo(QuoteStatus.DRAFT);
        }
    }

    @Test
    void createAllWithABadCommandNamesItsIndexAndStoresNoneAndUsesUpNoNumber() {
        QuoteCommand unknownCustomer = new QuoteCommand(CustomerId.newId(), bed.workedExample().lines(), null, null,
                null);
        QuoteCommand tooNarrow = new QuoteCommand(bed.customer.id(),
                List.of(new WindowLine("SLD-2L", "GL-CLR6", null, 100, 1200, 1, null)), null, null, null);

        assertThatThrownBy(() -> bed.useCases.createQuote().createAll(bed.sales,
                List.of(bed.workedExample(), unknownCustomer, tooNarrow)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("quotes[1].customerId", "quotes[2].lines[0].widthMm"));
        assertThat(bed.useCases.findQuotes().list(bed.admin, QuoteSearch.all(), PageRequest.FIRST).total()).isZero();
        assertThat(bed.draft(bed.sales).number()).isEqualTo("Q-2026-00001");
    }

    @Test
    void laterBatchesPriceAsCreateWouldAndAreNumberedOn() {
        CreateQuoteUseCase.Batches batches = bed.useCases.createQuote().batches(bed.sales);
        List<Quote> first = batches.createAll(List.of(bed.workedExample()));
        List<PricingCheck> checks = batches.priceAll(List.of(
                new PricingRequest(bed.workedExample().lines(), bed.workedExample().rates())));
        List<Quote> second = batches.createAll(List.of(bed.workedExample()));

        assertThat(checks.get(0).pricing()).isEqualTo(first.get(0).pricing());
        assertThat(second.get(0).pricing()).isEqualTo(first.get(0).pricing());
        assertThat(second.get(0).number()).isEqualTo("Q-2026-00002");
        assertThatThrownBy(() -> bed.useCases.createQuote().batches(bed.production)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void productionDoesNotCreateQuotes() {
        assertThatThrownBy(() -> bed.useCases.createQuote().create(bed.production, bed.workedExample()))
                .isInstanceOf(ForbiddenException.class);
    }
}
