package com.wqs.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wqs.application.port.in.CustomerCommand;
import com.wqs.application.port.in.RenderQuotePdfUseCase;
import com.wqs.application.port.in.RenderQuotePdfUseCase.QuotePdf;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.shared.NotFoundException;
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
                new CustomerCommand("Acme Homes Renamed", null, null, null, null, null));
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
