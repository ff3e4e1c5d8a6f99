package com.wqs.application.service;

import com.wqs.application.port.in.RenderQuotePdfUseCase;
import com.wqs.application.port.out.QuotePdfRenderer;
import com.wqs.application.port.out.Store;
import com.wqs.domain.catalog.Settings;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteId;
import com.wqs.domain.quote.QuoteRevision;
import com.wqs.domain.shared.NotFoundException;
import com.wqs.domain.user.Actor;

/**
 * The PDF of a sent revision (the requested one, else the latest), always rendered from the frozen
 * revision and the settings frozen with it, so it comes out unchanged. Revisions sent before settings
 * were frozen fall back to the current settings. A quote never sent gets a preview of its current
 * state with the current settings, marked draft and dated by its last change (not "now", so the
 * preview too is reproducible).
 */
public final class RenderQuotePdfService implements RenderQuotePdfUseCase {
    private final Store store;
    private final QuoteAccess quotes;
    private final QuotePdfRenderer renderer;

    public RenderQuotePdfService(Store store, QuotePdfRenderer renderer) {
        this.store = store;
        this.quotes = new QuoteAccess(store.quotes());
        this.renderer = renderer;
    }

    @Override
    public QuotePdf render(Actor actor, QuoteId id, Integer revision) {
        Document document = store.transactions().inTransaction(() -> document(actor, id, revision));
        byte[] content = renderer.render(document.quoteNumber(), document.revision(), document.draft(), document.settings());
        return new QuotePdf(fileName(document), content);
    }

    private record Document(String quoteNumber, QuoteRevision revision, boolean draft, Settings settings) {
    }

    private Document document(Actor actor, QuoteId id, Integer requested) {
        Quote quote = quotes.visible(actor, id);
        if (requested != null) {
            QuoteRevision revision = quote.revision(requested)
                    .orElseThrow(() -> new NotFoundException("quote_revision", quote.number() + " r" + requested));
            return sent(quote, revision);
        }
        return quote.latestRevision()
                .map(revision -> sent(quote, revision))
                .orElseGet(() -> new Document(quote.number(), preview(quote), true, store.settings().get()));
    }

    private Document sent(Quote quote, QuoteRevision revision) {
        Settings settings = revision.frozenSettings().orElseGet(() -> store.settings().get());
        return new Document(quote.number(), revision, false, settings);
    }

    private QuoteRevision preview(Quote quote) {
        Customer customer = store.customers().findById(quote.customerId())
                .orElseThrow(() -> new NotFoundException("customer", quote.customerId()));
        return new QuoteRevision(quote.revision(), quote.updatedAt(), quote.validUntil(), customer, quote.pricing(),
                quote.notes());
    }

    private static String fileName(Document document) {
        return document.quoteNumber() + "-r" + document.revision().revision() + (document.draft() ? "-draft" : "") + ".pdf";
    }
}
