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
import com.wqs.application.port.in.PriceQuoteUseCase.PricingCheck;
import com.wqs.application.port.in.PriceQuoteUseCase.PricingRequest;
import com.wqs.domain.catalog.WindowType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
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
        return new CatalogReads().catalogFor(quotes);
    }

    /** Prices each request as {@link #price} does: its pricing, or the validation error it has. */
    List<PricingCheck> checkAll(List<PricingRequest> requests, Settings settings, PricingCatalog catalog) {
        List<PricingCheck> checks = new ArrayList<>(requests.size());
        for (PricingRequest request : requests) {
            Validation validation = new Validation();
            QuotePricing pricing = price(validation, request.lines(), request.rates(), settings, catalog);
            checks.add(validation.isValid() ? new PricingCheck(pricing, null) : new PricingCheck(null, validation.error()));
        }
        return checks;
    }

    /**
     * Catalogue reads for quotes priced batch after batch (an import): each batch's catalogue holds the
     * records it uses, read unless an earlier batch read them (or found them missing). The records are
     * kept as first read, so one of these serves one transaction, or checks that one confirms.
     */
    final class CatalogReads {
        private final Set<String> productCodesRead = new HashSet<>();
        private final Set<String> materialCodesRead = new HashSet<>();
        private final Set<WindowType> windowTypesRead = EnumSet.noneOf(WindowType.class);
        private final Map<String, Product> products = new HashMap<>();
        private final Map<String, Material> materials = new HashMap<>();
        private final Map<WindowType, LaborRate> laborRates = new EnumMap<>(WindowType.class);
        /** The catalogue of the records read so far; null when a record was read since it was made. */
        private PricingCatalog catalog;

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
            productCodes.removeAll(productCodesRead);
            List<Product> newProducts = productCodes.isEmpty() ? List.of() : store.products().findByCodes(productCodes);
            productCodesRead.addAll(productCodes);
            newProducts.forEach(product -> products.put(product.code(), product));
            newProducts.forEach(product -> product.bom().stream().map(BomLine::materialCode).forEach(materialCodes::add));
            newProducts.stream().map(product -> product.layout().defaultLayout()).filter(Objects::nonNull)
                    .forEach(layout -> materialCodes.addAll(layout.glassCodes()));
            materialCodes.remove(null);
            materialCodes.removeAll(materialCodesRead);
            newProducts.stream().map(Product::windowType).distinct().filter(windowTypesRead::add)
                    .flatMap(type -> store.laborRates().find(type).stream())
                    .forEach(rate -> laborRates.put(rate.windowType(), rate));
            List<Material> newMaterials = materialCodes.isEmpty() ? List.of()
                    : store.materials().findByCodes(materialCodes);
            materialCodesRead.addAll(materialCodes);
            newMaterials.forEach(material -> materials.put(material.code(), material));
            if (catalog == null || !newProducts.isEmpty() || !newMaterials.isEmpty()) {
                catalog = PricingCatalog.of(materials.values(), products.values(), laborRates.values());
            }
            return catalog;
        }
    }
}
