package com.wqs.adapter.web.pdf;

import com.wqs.adapter.web.i18n.Messages;
import com.wqs.domain.catalog.Settings;
import com.wqs.domain.layout.CellBox;
import com.wqs.domain.layout.LayoutGeometry;
import com.wqs.domain.pricing.PricedLine;
import com.wqs.domain.quote.LineOption;
import com.wqs.domain.quote.QuoteRevision;
import com.wqs.domain.shared.Language;
import java.util.List;

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
        return revision.customer().languageOr(Language.of(settings.locale()));
    }

    /**
     * Nothing for a required line, "Optional — not included" (or "included") for an optional one, and for one
     * of an alternative group its letter among the group's lines and the chosen one:
     * "Alternative B of Glass (A / B), chosen: A — Clear — not included".
     */
    public static String option(PricedLine line, List<PricedLine> all, Messages messages) {
        LineOption option = line.option();
        if (option.required()) {
            return "";
        }
        if (option.optional()) {
            return messages.text(option.chosen() ? "doc.option.optional-included" : "doc.option.optional-not-included");
        }
        List<PricedLine> group = all.stream()
                .filter(l -> option.alternativeGroup().equals(l.option().alternativeGroup()))
                .toList();
        StringBuilder letters = new StringBuilder();
        String own = "";
        String chosen = messages.text("doc.option.none");
        for (int k = 0; k < group.size(); k++) {
            String letter = letter(k);
            letters.append(k == 0 ? "" : " / ").append(letter);
            if (group.get(k).index() == line.index()) {
                own = letter;
            }
            if (group.get(k).option().chosen()) {
                PricedLine pick = group.get(k);
                chosen = messages.text("doc.option.chosen", letter,
                        pick.description() == null || pick.description().isBlank() ? pick.code() : pick.description());
            }
        }
        return messages.text(option.chosen() ? "doc.option.alternative" : "doc.option.alternative-not-included", own,
                option.alternativeGroup(), letters, chosen);
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

    private static String letter(int k) {
        return k < 26 ? String.valueOf((char) ('A' + k)) : "A" + (k + 1);
    }
}
