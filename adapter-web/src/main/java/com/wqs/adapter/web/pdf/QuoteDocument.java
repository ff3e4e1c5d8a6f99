package com.wqs.adapter.web.pdf;

import com.wqs.adapter.web.drawing.ElevationSvg;
import com.wqs.adapter.web.format.DisplayFormat;
import com.wqs.adapter.web.format.LineOptionText;
import com.wqs.adapter.web.format.LogoDataUri;
import com.wqs.domain.catalog.CompanyProfile;
import com.wqs.domain.catalog.Settings;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.pricing.LineKind;
import com.wqs.domain.pricing.PricedLine;
import com.wqs.domain.pricing.QuotePricing;
import com.wqs.domain.quote.QuoteRevision;
import java.util.ArrayList;
import java.util.List;

/** What the quote PDF shows, already formatted for the installation's locale: the PDF template's model. */
public record QuoteDocument(
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
        boolean hasOptions) {

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

    public boolean hasDrawings() {
        return lines.stream().anyMatch(Line::hasDrawing);
    }

    public boolean hasDiscount() {
        return discount != null;
    }

    public static QuoteDocument of(String number, QuoteRevision revision, boolean draft, Settings settings) {
        DisplayFormat format = new DisplayFormat(settings);
        CompanyProfile company = settings.company();
        Customer customer = revision.customer();
        QuotePricing pricing = revision.pricing();
        List<Line> lines = new ArrayList<>();
        for (PricedLine line : pricing.lines()) {
            lines.add(line(line, pricing.lines(), format));
        }
        boolean discounted = !pricing.discount().isZero();
        return new QuoteDocument(
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
                LineOptionText.hasOptions(pricing.lines()));
    }

    private static Line line(PricedLine line, List<PricedLine> all, DisplayFormat format) {
        boolean window = line.kind() == LineKind.WINDOW;
        String description = line.description() == null || line.description().isBlank() ? line.code() : line.description();
        String details;
        String size;
        String quantity;
        if (window) {
            details = String.join(" · ", nonBlank(line.code(), line.glassCode(), line.colour()));
            size = format.number(line.widthMm()) + " × " + format.number(line.heightMm()) + " mm";
            quantity = format.number(line.quantity());
        } else {
            details = line.code();
            size = "";
            quantity = format.number(line.quantity()) + (line.unit() == null ? "" : " " + line.unit());
        }
        var geometry = line.geometry();
        return new Line(line.index() + 1, description, details, size, quantity, format.money(line.unitPrice()),
                format.money(line.price()), geometry.map(ElevationSvg::renderCompact).orElse(null),
                geometry.map(ElevationSvg::description).orElse(null), LineOptionText.of(line, all), line.included());
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
