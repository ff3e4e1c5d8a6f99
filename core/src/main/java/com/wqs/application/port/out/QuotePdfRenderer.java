package com.wqs.application.port.out;

import com.wqs.domain.catalog.Settings;
import com.wqs.domain.quote.QuoteRevision;

/**
 * Renders a quote document as PDF. The same inputs always give the same bytes, so a sent revision's
 * PDF can be regenerated unchanged.
 */
public interface QuotePdfRenderer {
    byte[] render(String quoteNumber, QuoteRevision revision, boolean draft, Settings settings);
}
