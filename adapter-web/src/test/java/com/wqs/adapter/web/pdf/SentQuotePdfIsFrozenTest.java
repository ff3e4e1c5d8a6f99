package com.wqs.adapter.web.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.application.inmemory.InMemoryStore;
import com.wqs.application.port.in.RenderQuotePdfUseCase;
import com.wqs.application.service.RenderQuotePdfService;
import com.wqs.domain.catalog.Settings;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.user.Actor;
import com.wqs.domain.user.Role;
import com.wqs.domain.user.UserId;
import com.wqs.testing.QuoteBuilder;
import com.wqs.testing.SettingsBuilder;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The real renderer behind the PDF use case: a sent revision's PDF ignores later settings changes. */
class SentQuotePdfIsFrozenTest {
    private final InMemoryStore store = new InMemoryStore();
    private final RenderQuotePdfUseCase pdf = new RenderQuotePdfService(store, new OpenHtmlQuotePdfRenderer());
    private final Actor admin = new Actor(UserId.newId(), Role.ADMIN);

    @Test
    void changingCompanyTermsAndLocaleAfterSendLeavesTheSentPdfByteIdentical() throws IOException {
        Settings atSend = SettingsBuilder.aSettings().companyName("Ventanas Originales").terms("Original terms").build();
        Quote sent = QuoteBuilder.aQuote().owner(admin.userId()).settings(atSend).sent().build();
        store.transactions().run(() -> store.quotes().insert(sent));
        byte[] asSent = pdf.render(admin, sent.id(), null).content();

        store.settings().save(SettingsBuilder.aSettings().companyName("Ventanas Cambiadas").withoutLogo()
                .terms("Changed terms").locale("de-DE").currency("EUR").build());

        byte[] again = pdf.render(admin, sent.id(), null).content();
        assertThat(again).isEqualTo(asSent);
        assertThat(text(again)).contains("Ventanas Originales", "Original terms").doesNotContain("Ventanas Cambiadas");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
