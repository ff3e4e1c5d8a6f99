package com.wqs.application.service;

import com.wqs.application.port.out.QuotePdfRenderer;
import com.wqs.domain.catalog.Settings;
import com.wqs.domain.quote.QuoteRevision;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Renders a text that names what it was given (quote and document settings), and remembers the last call. */
final class RecordingPdfRenderer implements QuotePdfRenderer {
    volatile QuoteRevision lastRevision;
    volatile boolean lastDraft;
    volatile Settings lastSettings;

    @Override
    public byte[] render(String quoteNumber, QuoteRevision revision, boolean draft, Settings settings) {
        lastRevision = revision;
        lastDraft = draft;
        lastSettings = settings;
        String text = quoteNumber + " r" + revision.revision() + (draft ? " DRAFT" : "") + " total "
                + revision.pricing().total() + " for " + revision.customer().name()
                + " | " + settings.company() + " logo " + Arrays.toString(settings.company().logo())
                + " | " + settings.locale().toLanguageTag() + " " + settings.zone() + " " + settings.currency()
                + " | " + settings.terms();
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
