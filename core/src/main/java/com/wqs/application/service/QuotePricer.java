package com.wqs.application.service;

import com.wqs.application.port.in.RatesCommand;
import com.wqs.application.port.out.Store;
import com.wqs.domain.catalog.BomLine;
import com.wqs.domain.catalog.LaborRate;
import com.wqs.domain.catalog.Material;
import com.wqs.domain.catalog.Product;
import com.wqs.domain.catalog.Settings;
import com.wqs.domain.pricing.PricingCatalog;
import com.wqs.domain.pricing.PricingEngine;
import com.wqs.domain.pricing.QuotePricing;
import com.wqs.domain.quote.MaterialLine;
import com.wqs.domain.quote.QuoteLine;
import com.wqs.domain.quote.QuoteRates;
import com.wqs.domain.quote.WindowLine;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Prices lines with the pricing engine over the current catalogue, reading only the codes the lines use. */
final class QuotePricer {
    private final Store store;
    private final PricingEngine engine;

    QuotePricer(Store store) {
        this.store = store;
        this.engine = new PricingEngine();
    }

    /**
     * Resolves the rates (defaults from {@code settings}) and prices the lines, adding every bad field
     * ({@code rates.field}, {@code lines[i].field}) to {@code validation}.
     *
     * @return the pricing, or null when something was invalid
     */
    QuotePricing price(Validation validation, List<QuoteLine> lines, RatesCommand rates, Settings settings) {
        List<QuoteLine> given = lines == null ? List.of() : lines;
        return price(validation, given, rates, settings, catalogFor(List.of(given)));
    }

    /** As {@link #price(Validation, List, RatesCommand, Settings)}, over a catalogue read beforehand. */
    QuotePricing price(Validation validation, List<QuoteLine> lines, RatesCommand rates, Settings settings,
            PricingCatalog catalog) {
        QuoteRates quoteRates = validation.check(() -> QuoteRatesFactory.resolve(rates, settings));
        // With bad rates the lines are still checked (priced with the defaults) so all errors show at once.
        QuoteRates ratesForLines = quoteRates == null ? QuoteRates.from(settings) : quoteRates;
        List<QuoteLine> given = lines == null ? List.of() : lines;
        QuotePricing pricing = validation.check(() -> engine.price(given, ratesForLines, catalog));
        return quoteRates == null ? null : pricing;
    }

    /** The catalogue records that the lines of these quotes use, read in one go. */
    PricingCatalog catalogFor(Collection<List<QuoteLine>> quotes) {
        Set<String> productCodes = new HashSet<>();
        Set<String> materialCodes = new HashSet<>();
        for (List<QuoteLine> lines : quotes) {
            for (QuoteLine line : lines) {
                if (line instanceof WindowLine window) {
                    productCodes.add(window.productCode());
                    materialCodes.add(window.glassCode());
                    if (window.layout() != null) {
                        materialCodes.addAll(window.layout().glassCodes());
                    }
                } else if (line instanceof MaterialLine material) {
                    materialCodes.add(material.materialCode());
                }
            }
        }
        productCodes.remove(null);
        List<Product> products = productCodes.isEmpty() ? List.of() : store.products().findByCodes(productCodes);
        products.forEach(product -> product.bom().stream().map(BomLine::materialCode).forEach(materialCodes::add));
        products.stream().map(product -> product.layout().defaultLayout()).filter(Objects::nonNull)
                .forEach(layout -> materialCodes.addAll(layout.glassCodes()));
        materialCodes.remove(null);
        List<LaborRate> laborRates = products.stream().map(Product::windowType).distinct()
                .flatMap(type -> store.laborRates().find(type).stream())
                .toList();
        List<Material> materials = materialCodes.isEmpty() ? List.of() : store.materials().findByCodes(materialCodes);
        return PricingCatalog.of(materials, products, laborRates);
    }
}
