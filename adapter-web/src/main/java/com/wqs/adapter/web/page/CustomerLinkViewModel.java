package com.wqs.adapter.web.page;

import com.wqs.adapter.web.format.DisplayFormat;
import com.wqs.adapter.web.format.LineOptionText;
import com.wqs.application.port.in.CustomerLinkUseCase.CustomerLinkView;
import com.wqs.application.port.in.CustomerLinkUseCase.LinkState;
import com.wqs.domain.catalog.CompanyProfile;
import com.wqs.domain.pricing.PricedLine;
import com.wqs.domain.pricing.QuotePricing;
import java.util.List;

/**
 * What the customer's page shows: only what the PDF shows (company, the revision's customer, lines with their
 * prices, discount, tax and total), never costs or margins. {@code token} makes the page's own URLs.
 */
public record CustomerLinkViewModel(CustomerLinkView view, String token, DisplayFormat format, String logo,
        FieldErrors errors, String error) {

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
        return LineOptionText.of(line, lines());
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
            case ACCEPTED -> "You accepted this quote" + view.response().map(r -> " as " + r.fullName() + " on "
                    + format.dateTime(r.at())).orElse("") + ". Thank you: " + companyName() + " will be in touch.";
            case REJECTED -> "You declined this quote" + view.response().map(r -> " on " + format.dateTime(r.at()))
                    .orElse("") + ".";
            case EXPIRED -> "This quote expired on " + format.date(view.validUntil()) + " and can no longer be accepted."
                    + " Ask " + companyName() + " for a new one.";
            case REPLACED -> "This quote was replaced by revision " + view.replacementRevision()
                    + ". You will get a link to the new revision when it is sent.";
            case CANCELLED -> "This quote was cancelled.";
            case CLOSED -> "This quote was already settled with " + companyName() + ".";
        };
    }
}
