package com.wqs.application.service;

import static com.wqs.testing.QuoteBuilder.aQuote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wqs.application.port.in.CustomerCommand;
import com.wqs.application.port.in.RenderQuotePdfUseCase;
import com.wqs.application.port.in.RenderQuotePdfUseCase.QuotePdf;
import com.wqs.domain.catalog.Settings;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.shared.NotFoundException;
import com.wqs.testing.SettingsBuilder;
import org.junit.jupiter.api.Test;

class RenderQuotePdfServiceTest {
    private final ServiceTestbed bed = new ServiceTestbed();
    private final RenderQuotePdfUseCase pdf = bed.useCases.quotePdf();

    @Test
    void aDraftNeverSentGetsAPreviewOfItsCurrentState() {
        Quote draft = bed.draft(bed.sales);

        QuotePdf preview = pdf.render(bed.sales, draft.id(), null);

        assertThat(preview.fileName()).isEqualTo("Q-2026-00001-r1-draft.pdf");
        assertThat(bed.pdf.lastDraft).isTrue();
        assertThat(bed.pdf.lastRevision.pricing()).isEqualTo(draft.pricing());
        assertThat(bed.pdf.lastRevision.customer()).isEqualTo(bed.customer);
    }

    @Test
    void bothRevisionsOfARevisedQuoteRenderUnchangedAndTheLatestSentIsTheDefault() {
        Quote quote = bed.sent(bed.sales);
        byte[] firstRevision = pdf.render(bed.sales, quote.id(), null).content();
        bed.useCases.quoteLifecycle().revise(bed.sales, quote.id());
        bed.useCases.customers().update(bed.sales, bed.customer.id(),
                new CustomerCommand("Acme Homes Renamed", null, null, null, null, null),
                bed.useCases.customers().get(bed.sales, bed.customer.id()).version());
        bed.setUnitCost("GL-CLR6", "300.00");
        bed.useCases.updateQuote().update(bed.sales, quote.id(), bed.workedExample());

        QuotePdf whileRevising = pdf.render(bed.sales, quote.id(), null);
        assertThat(whileRevising.fileName()).isEqualTo("Q-2026-00001-r1.pdf");
        assertThat(whileRevising.content()).isEqualTo(firstRevision);

        bed.useCases.quoteLifecycle().send(bed.sales, quote.id());
        QuotePdf second = pdf.render(bed.sales, quote.id(), null);
        assertThat(second.fileName()).isEqualTo("Q-2026-00001-r2.pdf");
        assertThat(new String(second.content())).contains("Acme Homes Renamed");
        assertThat(bed.pdf.lastDraft).isFalse();
        assertThat(pdf.render(bed.sales, quote.id(), 1).content()).isEqualTo(firstRevision);
    }

    @Test
    void aSentRevisionKeepsTheSettingsOfItsSendWhenTheSettingsChangeLater() {
        Settings atSend = bed.changeDocumentSettings(SettingsBuilder.aSettings().build());
        Quote quote = bed.sent(bed.sales);
        byte[] asSent = pdf.render(bed.sales, quote.id(), 1).content();

        bed.changeDocumentSettings(SettingsBuilder.aSettings().companyName("Ventanas Nuevas").withoutLogo()
                .terms("New terms").locale("de-DE").zone("Europe/Berlin").currency("EUR").build());

        assertThat(pdf.render(bed.sales, quote.id(), 1).content()).isEqualTo(asSent);
        assertThat(pdf.render(bed.sales, quote.id(), null).content()).isEqualTo(asSent);
        assertThat(bed.pdf.lastSettings.company()).isEqualTo(atSend.company());
        assertThat(bed.pdf.lastSettings.terms()).isEqualTo(atSend.terms());
        assertThat(bed.pdf.lastSettings.locale()).isEqualTo(atSend.locale());
    }

    @Test
    void aDraftPreviewUsesTheCurrentSettings() {
        Quote draft = bed.draft(bed.sales);
        bed.changeDocumentSettings(SettingsBuilder.aSettings().companyName("Ventanas Nuevas").terms("New terms").build());

        pdf.render(bed.sales, draft.id(), null);

        assertThat(bed.pdf.lastSettings.company().name()).isEqualTo("Ventanas Nuevas");
        assertThat(bed.pdf.lastSettings.terms()).isEqualTo("New terms");
    }

    @Test
    void aRevisionSentBeforeSettingsWereFrozenUsesTheCurrentSettings() {
        Quote legacy = aQuote().owner(bed.sales.userId()).customer(bed.customer).settings(null).sent().build();
        bed.store.transactions().run(() -> bed.store.quotes().insert(legacy));
        Settings current = bed.changeDocumentSettings(SettingsBuilder.aSettings().companyName("Ventanas Hoy").build());

        QuotePdf rendered = pdf.render(bed.sales, legacy.id(), 1);

        assertThat(rendered.fileName()).endsWith("-r1.pdf");
        assertThat(bed.pdf.lastSettings).isEqualTo(current);
    }

    @Test
    void aRevisionNeverSentIsNotFound() {
        Quote quote = bed.sent(bed.sales);

        assertThatThrownBy(() -> pdf.render(bed.sales, quote.id(), 2)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void productionPrintsSentQuotesButNotDrafts() {
        Quote sent = bed.sent(bed.sales);
        Quote draft = bed.draft(bed.sales);

        assertThat(pdf.render(bed.production, sent.id(), null).fileName()).endsWith("-r1.pdf");
        assertThatThrownBy(() -> pdf.render(bed.production, draft.id(), null)).isInstanceOf(NotFoundException.class);
    }
}
