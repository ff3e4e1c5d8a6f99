package com.wqs.adapter.web.page;

import com.wqs.domain.catalog.Material;
import com.wqs.domain.catalog.MaterialCategory;
import com.wqs.domain.catalog.Product;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.pricing.PricedLine;
import com.wqs.domain.pricing.QuotePricing;
import com.wqs.domain.quote.LineOption;
import com.wqs.domain.quote.MaterialLine;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteLine;
import com.wqs.domain.quote.QuoteRates;
import com.wqs.domain.quote.WindowLine;
import com.wqs.domain.shared.Rate;
import java.util.List;
import java.util.TreeSet;

/**
 * The quote editor's model: the form's values as typed (so a refused form comes back unchanged), the
 * catalogue choices, the errors by field, and the last priced breakdown when there is one. {@code version}
 * is the version of the draft the form was filled from (blank for a new quote): saving a draft someone
 * else saved meanwhile is refused instead of overwriting their changes.
 */
public record QuoteEditorView(
        String quoteId,
        String number,
        int revision,
        String version,
        String customerId,
        List<Customer> customers,
        List<LineInput> lines,
        RatesInput rates,
        String validUntil,
        String notes,
        Choices choices,
        FieldErrors errors,
        QuotePricing pricing) {

    /**
     * One line as typed: {@code type} WINDOW or MATERIAL; the other type's fields are blank. A line may be
     * {@code optional} or one of an {@code alternativeGroup} (blank: none), and {@code chosen}.
     */
    public record LineInput(String type, String productCode, String glassCode, String colour, String widthMm,
            String heightMm, String quantity, String materialCode, String description, String layout,
            boolean optional, String alternativeGroup, boolean chosen) {

        /** A required line. */
        public LineInput(String type, String productCode, String glassCode, String colour, String widthMm,
                String heightMm, String quantity, String materialCode, String description, String layout) {
            this(type, productCode, glassCode, colour, widthMm, heightMm, quantity, materialCode, description, layout,
                    false, "", false);
        }

        /** A required line without a layout of its own. */
        public LineInput(String type, String productCode, String glassCode, String colour, String widthMm,
                String heightMm, String quantity, String materialCode, String description) {
            this(type, productCode, glassCode, colour, widthMm, heightMm, quantity, materialCode, description, "");
        }

        public boolean window() {
            return "WINDOW".equals(type);
        }

        /** The option as typed (the pricing checks its rules). */
        LineOption option() {
            return new LineOption(optional, alternativeGroup, chosen);
        }

        static LineInput of(QuoteLine line) {
            LineOption o = line.option();
            String group = o.alternativeGroup() == null ? "" : o.alternativeGroup();
            boolean chosen = !o.required() && o.chosen();
            if (line instanceof WindowLine w) {
                return new LineInput("WINDOW", w.productCode(), w.glassCode(), w.colour(),
                        Integer.toString(w.widthMm()), Integer.toString(w.heightMm()), Integer.toString(w.quantity()),
                        "", w.description(), w.layout() == null ? "" : w.layout().notation(), o.optional(), group,
                        chosen);
            }
            MaterialLine m = (MaterialLine) line;
            return new LineInput("MATERIAL", "", "", "", "", "", m.quantity().toPlainString(), m.materialCode(),
                    m.description(), "", o.optional(), group, chosen);
        }
    }

    /** Percentages as typed (16 for 16 %); the labour override is an amount per m², blank for none. */
    public record RatesInput(String profitMargin, String indirectRate, String discountRate, String taxRate,
            String laborRateOverride) {

        static RatesInput of(QuoteRates rates) {
            return new RatesInput(percent(rates.profitMargin()), percent(rates.indirectRate()),
                    percent(rates.discountRate()), percent(rates.taxRate()),
                    rates.laborRateOverride() == null ? "" : rates.laborRateOverride().toPlainString());
        }

        private static String percent(Rate rate) {
            return rate.percent().toPlainString();
        }
    }

    public record ProductChoice(String code, String name, int minWidthMm, int maxWidthMm, int minHeightMm,
            int maxHeightMm) {
    }

    public record MaterialChoice(String code, String name, String unit) {
    }

    /** What the selects offer: active products, glasses, profile colours, active materials. */
    public record Choices(List<ProductChoice> products, List<MaterialChoice> glasses, List<String> colours,
            List<MaterialChoice> materials) {

        static Choices of(List<Product> products, List<Material> materials) {
            List<ProductChoice> productChoices = products.stream()
                    .filter(Product::active)
                    .map(p -> new ProductChoice(p.code(), p.name(), p.minWidthMm(), p.maxWidthMm(), p.minHeightMm(),
                            p.maxHeightMm()))
                    .toList();
            List<Material> active = materials.stream().filter(Material::active).toList();
            TreeSet<String> colours = new TreeSet<>();
            active.stream().filter(m -> m.category() == MaterialCategory.PROFILE)
                    .forEach(m -> colours.addAll(m.colourCosts().keySet()));
            return new Choices(productChoices,
                    active.stream().filter(m -> m.category() == MaterialCategory.GLASS).map(Choices::choice).toList(),
                    List.copyOf(colours),
                    active.stream().map(Choices::choice).toList());
        }

        private static MaterialChoice choice(Material m) {
            return new MaterialChoice(m.code(), m.name(), m.unit().name());
        }
    }

    static QuoteEditorView ofQuote(Quote quote, List<Customer> customers, Choices choices) {
        return new QuoteEditorView(quote.id().toString(), quote.number(), quote.revision(),
                Long.toString(quote.version()), quote.customerId().toString(), customers, quote.lines().stream().map(LineInput::of).toList(),
                RatesInput.of(quote.pricing().rates()), quote.validUntil().toString(), quote.notes(), choices,
                FieldErrors.NONE, quote.pricing());
    }

    public boolean isNew() {
        return quoteId == null;
    }

    public String action() {
        return isNew() ? "/quotes" : "/quotes/" + quoteId + "/edit";
    }

    /** The openings a cell may have, for the layout controls. */
    public List<com.wqs.domain.layout.Opening> openings() {
        return List.of(com.wqs.domain.layout.Opening.values());
    }

    /** The priced line at a position, when the breakdown shown belongs to these lines. */
    public PricedLine pricedLine(int index) {
        if (pricing == null || pricing.lines().size() != lines.size()) {
            return null;
        }
        return pricing.lines().stream().filter(l -> l.index() == index).findFirst().orElse(null);
    }
}
