package com.wqs.adapter.web.pdf;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import com.wqs.application.port.out.QuotePdfRenderer;

/** Quote PDFs rendered with openhtmltopdf. */
public final class PdfModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(QuotePdfRenderer.class).to(OpenHtmlQuotePdfRenderer.class).in(Singleton.class);
    }
}
