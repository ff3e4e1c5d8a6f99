package com.wqs.application.service;

import com.wqs.application.port.out.QuotePdfRenderer;
import com.wqs.domain.catalog.Settings;
import com.wqs.domain.quote.QuoteRevision;
import java.nio.charset.StandardCharsets;

/** Renders a text that names what it was given, and remembers the last call. */
final class RecordingPdfRenderer implements QuotePdfRenderer {
    volatile QuoteRevision lastRevision;
    volatile boolean lastDraft;

    @Override
    public byte[] render(String quoteNumber, QuoteRevision revision, boolean draft, Settings settings) {
        lastRevision = revision;
        lastDraft = draft;
        String text = quoteNumber + " r" + revision.revision() + (draft ? " DRAFT" : "") + " total "
                + revision.pricing().total() + " for " + revision.customer().name();
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
