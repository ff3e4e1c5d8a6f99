package com.wqs.adapter.web.page;

import com.wqs.adapter.web.drawing.ElevationSvg;
import com.wqs.adapter.web.format.DisplayFormat;
import com.wqs.adapter.web.format.LineOptionText;
import com.wqs.adapter.web.i18n.Messages;
import com.wqs.adapter.web.pdf.DocumentTexts;
import com.wqs.application.port.in.CustomerLinkUseCase.CustomerLinkView;
import com.wqs.application.port.in.CustomerLinkUseCase.LinkState;
import com.wqs.domain.catalog.CompanyProfile;
import com.wqs.domain.layout.LayoutGeometry;
import com.wqs.domain.pricing.PricedLine;
import com.wqs.domain.pricing.QuotePricing;
import gg.jte.Content;
import java.util.List;
import java.util.Optional;

/**
 * What the customer's page shows: only what the PDF shows (company, the revision's customer, lines with their
 * prices, discount, tax and total), never costs or margins. {@code token} makes the page's own URLs. In the
 * customer's language ({@code messages}, {@code format} in that language with the installation's currency).
 */
public record CustomerLinkViewModel(CustomerLinkView view, String token, DisplayFormat format, Messages messages,
        String logo, FieldErrors errors, String error) {

    /** A text of the page's language, for the template: {@code ${view.t(key, args)}} (args HTML-escaped). */
    public Content t(String key, Object... args) {
        return messages.localize(key, args);
    }

    /** A text of the page's language as plain text (for attributes and composed values). */
    public String text(String key, Object... args) {
        return messages.text(key, args);
    }

    /** The page's language tag, for {@code <html lang>}. */
    public String lang() {
        return messages.tag();
    }

    public CompanyProfile company() {
        return view.settings().company();
    }

    public String companyName() {
        return company().name().isBlank() ? "Window Quotation System" : company().name();
    }

    public QuotePricing pricing() {
        return view.revision().pricing();
    }

    public List<PricedLine> lines() {
        return pricing().lines();
    }

    /** How a line counts ("Optional — not included", ...); blank for a required line. */
    public String optionText(PricedLine line) {
        return LineOptionText.of(line, lines(), messages);
    }

    /** A window line's drawing as SVG markup, titled in the page's language; null for material lines. */
    public String drawing(PricedLine line) {
        Optional<LayoutGeometry> geometry;
        try {
            geometry = line.geometry();
        } catch (RuntimeException e) {
            // A stored line the current rules cannot place is shown without its drawing.
            return null;
        }
        return geometry.map(g -> ElevationSvg.render(g, ElevationSvg.DEFAULT_SIZE_PX, DocumentTexts.layout(g, messages)))
                .orElse(null);
    }

    public List<PricedLine> optionalLines() {
        return QuoteViewModel.Alternatives.optionalLines(lines());
    }

    public List<QuoteViewModel.Alternatives> alternatives() {
        return QuoteViewModel.Alternatives.of(lines());
    }

    /** The customer may still pick optional lines and alternatives (the link is open and the quote has some). */
    public boolean canChoose() {
        return open() && (!optionalLines().isEmpty() || !alternatives().isEmpty());
    }

    public boolean open() {
        return view.state() == LinkState.OPEN;
    }

    public String base() {
        return "/p/" + token;
    }

    public boolean hasDiscount() {
        return pricing().discount().amount().signum() != 0;
    }

    /** The plain sentence of where the quote stands, for every state but OPEN. */
    public String stateText() {
        return switch (view.state()) {
            case OPEN -> "";
            case ACCEPTED -> view.response()
                    .map(r -> messages.text("doc.link.state.accepted-by", companyName(), r.fullName(), format.dateTime(r.at())))
                    .orElseGet(() -> messages.text("doc.link.state.accepted", companyName()));
            case REJECTED -> view.response()
                    .map(r -> messages.text("doc.link.state.rejected-on", format.dateTime(r.at())))
                    .orElseGet(() -> messages.text("doc.link.state.rejected"));
            case EXPIRED -> messages.text("doc.link.state.expired", format.date(view.validUntil()), companyName());
            case REPLACED -> messages.text("doc.link.state.replaced", view.replacementRevision());
            case CANCELLED -> messages.text("doc.link.state.cancelled");
            case CLOSED -> messages.text("doc.link.state.closed", companyName());
        };
    }
}
