package com.wqs.adapter.web.pdf;

import com.wqs.adapter.web.drawing.ElevationSvg;
import com.wqs.adapter.web.format.DisplayFormat;
import com.wqs.adapter.web.format.WindowTotalsText;
import com.wqs.adapter.web.format.LineOptionText;
import com.wqs.adapter.web.format.LogoDataUri;
import com.wqs.adapter.web.i18n.Messages;
import com.wqs.domain.catalog.CompanyProfile;
import com.wqs.domain.catalog.Settings;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.pricing.LineKind;
import com.wqs.domain.pricing.PricedLine;
import com.wqs.domain.pricing.QuotePricing;
import com.wqs.domain.quote.QuoteRevision;
import com.wqs.domain.shared.Language;
import java.util.ArrayList;
import java.util.List;

/**
 * What the quote PDF shows, already formatted in the customer's language ({@link DocumentTexts#languageOf}) with
 * the installation's country and currency: the PDF template's model, with {@code t} its texts.
 */
public record QuoteDocument(
        Messages t,
        boolean draft,
        String companyName,
        List<String> companyLines,
        String companyTaxId,
        String logoDataUri,
        String number,
        int revision,
        String date,
        String validUntil,
        String customerName,
        List<String> customerLines,
        String customerTaxId,
        List<Line> lines,
        String subtotal,
        String discount,
        String discountRate,
        String tax,
        String taxRate,
        String total,
        String currency,
        String notes,
        String terms,
        boolean hasOptions,
        String windowTotals) {

    /**
     * One customer-facing line: no costs, only the price; {@code drawing} is a window's elevation as SVG
     * markup ({@link ElevationSvg}, escaped there) and {@code layoutText} its text alternative, both null for
     * material lines. {@code option} says how an optional line or an alternative counts ({@link LineOptionText};
     * blank for a required line); {@code included} whether its price is in the total.
     */
    public record Line(int position, String description, String details, String size, String quantity,
            String unitPrice, String price, String drawing, String layoutText, String option, boolean included) {

        public boolean hasDrawing() {
            return drawing != null;
        }

        public boolean hasOption() {
            return !option.isEmpty();
        }
    }

    /**
     * The page footer's CSS {@code content} value, "Page 2 of 4" in the document's language: the bundle's
     * {@code doc.pdf.page} as CSS strings around the page counters.
     */
    public String pageNumberCss() {
        String pattern = t.text("doc.pdf.page", "\0", "\1");
        StringBuilder css = new StringBuilder("\"");
        for (char c : pattern.toCharArray()) {
            switch (c) {
                case '\0' -> css.append("\" counter(page) \"");
                case '\1' -> css.append("\" counter(pages) \"");
                case '"', '\\' -> css.append('\\').append(c);
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                        css.append('\\').append(Integer.toHexString(c)).append(' ');
                    } else {
                        css.append(c);
                    }
                }
            }
        }
        return css.append('"').toString();
    }

    public boolean hasDrawings() {
        return lines.stream().anyMatch(Line::hasDrawing);
    }

    public boolean hasWindowTotals() {
        return windowTotals != null;
    }

    public boolean hasDiscount() {
        return discount != null;
    }

    /** The document in the language of the revision's customer, else the installation's. */
    public static QuoteDocument of(String number, QuoteRevision revision, boolean draft, Settings settings) {
        return of(number, revision, draft, settings, DocumentTexts.languageOf(revision, settings));
    }

    public static QuoteDocument of(String number, QuoteRevision revision, boolean draft, Settings settings,
            Language language) {
        DisplayFormat format = new DisplayFormat(settings, language);
        Messages t = Messages.of(language);
        CompanyProfile company = settings.company();
        Customer customer = revision.customer();
        QuotePricing pricing = revision.pricing();
        List<Line> lines = new ArrayList<>();
        for (PricedLine line : pricing.lines()) {
            lines.add(line(line, pricing.lines(), format, t));
        }
        boolean discounted = !pricing.discount().isZero();
        return new QuoteDocument(
                t,
                draft,
                company.name(),
                nonBlank(company.address(), company.phone(), company.email()),
                company.taxId(),
                LogoDataUri.forDocument(company),
                number,
                revision.revision(),
                format.date(revision.sentAt()),
                format.date(revision.validUntil()),
                customer.name(),
                nonBlank(customer.address(), customer.phone(), customer.email()),
                customer.taxId(),
                List.copyOf(lines),
                format.money(pricing.taxable()),
                discounted ? format.money(pricing.discount()) : null,
                format.percent(pricing.rates().discountRate()),
                format.money(pricing.tax()),
                format.percent(pricing.rates().taxRate()),
                format.money(pricing.total()),
                settings.currency(),
                revision.notes(),
                settings.terms(),
                LineOptionText.hasOptions(pricing.lines()),
                WindowTotalsText.of(pricing, format, t));
    }

    private static Line line(PricedLine line, List<PricedLine> all, DisplayFormat format, Messages t) {
        boolean window = line.kind() == LineKind.WINDOW;
        String description = line.description() == null || line.description().isBlank() ? line.code() : line.description();
        String details;
        String size;
        String quantity;
        if (window) {
            details = String.join(" · ", nonBlank(line.code(), line.glassCode(), line.colour()));
            size = t.text("doc.size", format.number(line.widthMm()), format.number(line.heightMm()));
            quantity = format.number(line.quantity());
        } else {
            details = line.code();
            size = "";
            quantity = line.unit() == null ? format.number(line.quantity())
                    : t.text("doc.quantity-unit", format.number(line.quantity()), t.unit(line.unit()));
        }
        var geometry = line.geometry();
        return new Line(line.index() + 1, description, details, size, quantity, format.money(line.unitPrice()),
                format.money(line.price()),
                geometry.map(g -> ElevationSvg.render(g, ElevationSvg.COMPACT_SIZE_PX, DocumentTexts.layout(g, t)))
                        .orElse(null),
                geometry.map(g -> DocumentTexts.layout(g, t)).orElse(null), LineOptionText.of(line, all, t),
                line.included());
    }

    private static List<String> nonBlank(String... values) {
        List<String> result = new ArrayList<>();
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                result.add(value);
            }
        }
        return List.copyOf(result);
    }
}
