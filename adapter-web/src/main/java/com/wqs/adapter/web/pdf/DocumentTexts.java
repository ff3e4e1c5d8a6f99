package com.wqs.adapter.web.pdf;

import com.wqs.adapter.web.i18n.Messages;
import com.wqs.domain.catalog.Settings;
import com.wqs.domain.layout.CellBox;
import com.wqs.domain.layout.LayoutGeometry;
import com.wqs.domain.quote.QuoteRevision;
import com.wqs.domain.shared.Language;

/**
 * The words of a customer's documents (the quote PDF and the customer link page) that are made in code: how
 * an optional line or an alternative counts, and a window's cells in words beside its drawing. In the
 * customer's language ({@link #languageOf}), from the {@code documents} bundle.
 */
public final class DocumentTexts {
    private DocumentTexts() {
    }

    /**
     * The language of a revision's documents: the one set on its customer (as frozen with the revision), else
     * the installation's ({@code settings}' locale, the settings frozen with the revision when there are some).
     */
    public static Language languageOf(QuoteRevision revision, Settings settings) {
        return revision.customer().languageOr(settings.language());
    }

    /** The drawing's text: "Window 1500 × 1200 mm: A sliding left 750 × 1200, B fixed 750 × 1200 (glass GL-4)". */
    public static String layout(LayoutGeometry g, Messages messages) {
        StringBuilder cells = new StringBuilder();
        for (int i = 0; i < g.cells().size(); i++) {
            CellBox cell = g.cells().get(i);
            if (i > 0) {
                cells.append(", ");
            }
            String opening = messages.text("doc.opening." + cell.opening().name());
            cells.append(cell.glassCode() == null
                    ? messages.text("doc.layout.cell", cell.label(), opening, cell.widthMm(), cell.heightMm())
                    : messages.text("doc.layout.cell-glass", cell.label(), opening, cell.widthMm(), cell.heightMm(),
                            cell.glassCode()));
        }
        return messages.text("doc.layout", g.widthMm(), g.heightMm(), cells);
    }
}
