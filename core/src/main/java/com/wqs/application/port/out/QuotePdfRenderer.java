package com.wqs.application.port.out;

import com.wqs.domain.catalog.Settings;
import com.wqs.domain.quote.QuoteRevision;

/**
 * Renders a quote document as PDF. The same inputs always give the same bytes, so a sent revision's
 * PDF can be regenerated unchanged. A renderer may bound how many documents it renders at once and
 * throw {@link com.wqs.domain.shared.UnavailableException} when it is at capacity.
 */
public interface QuotePdfRenderer {
    byte[] render(String quoteNumber, QuoteRevision revision, boolean draft, Settings settings);
}
