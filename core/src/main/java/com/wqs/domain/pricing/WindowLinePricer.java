package com.wqs.domain.pricing;

import com.wqs.domain.catalog.BomLine;
import com.wqs.domain.catalog.FormulaException;
import com.wqs.domain.catalog.LaborRate;
import com.wqs.domain.catalog.Material;
import com.wqs.domain.catalog.MaterialCategory;
import com.wqs.domain.catalog.Product;
import com.wqs.domain.quote.QuoteLine;
import com.wqs.domain.quote.QuoteRates;
import com.wqs.domain.quote.WindowLine;
import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks and costs a window line: BOM needs with waste and whole stock bars, colour costs, glass with
 * glass waste, and labour (per type with its complexity, or the quote's override with complexity 1).
 */
final class WindowLinePricer {
    /** Beyond this (in units or in stock bars) a BOM formula is surely wrong; it also keeps bar counts in range. */
    static final BigDecimal MAX_NEED_PER_WINDOW = BigDecimal.valueOf(1_000_000);

    private final QuoteRates rates;
    private final PricingCatalog catalog;

    WindowLinePricer(QuoteRates rates, PricingCatalog catalog) {
        this.rates = rates;
        this.catalog = catalog;
    }

    /** The costed line, or empty after adding this line's errors (fields under {@code prefix}). */
    Optional<CostedLine> cost(int index, WindowLine line, String prefix, List<FieldError> errors) {
        int errorsBefore = errors.size();
        Optional<Product> product = checkProduct(line, prefix, errors);
        Optional<Material> glass = checkGlass(line, prefix, errors);
        product.ifPresent(p -> checkSize(p, line, prefix, errors));
        if (line.quantity() < 1 || line.quantity() > QuoteLine.MAX_QUANTITY) {
            errors.add(new FieldError(prefix + "quantity", "must be between 1 and " + QuoteLine.MAX_QUANTITY));
        }
        if (errors.size() > errorsBefore) {
            return Optional.empty();
        }
        try {
            LineCost cost = cost(line, product.orElseThrow(), glass.orElseThrow());
            if (cost.total().compareTo(PricingLimits.MAX_LINE_COST) > 0) {
                errors.add(new FieldError(prefix + "productCode", "the line would cost more than "
                        + PricingLimits.MAX_LINE_COST + "; check the product's BOM formulas"));
                return Optional.empty();
            }
            return Optional.of(new CostedLine(index, LineKind.WINDOW, line.productCode(),
                    describe(line, product.get(), glass.get()), line.glassCode(), line.colour(), line.widthMm(),
                    line.heightMm(), BigDecimal.valueOf(line.quantity()), "PIECE", cost));
        } catch (UnusableBomException e) {
            errors.add(new FieldError(prefix + "productCode", e.getMessage()));
            return Optional.empty();
        }
    }

    private Optional<Product> checkProduct(WindowLine line, String prefix, List<FieldError> errors) {
        String field = prefix + "productCode";
        Optional<Product> found = CodeLookup.find(line.productCode(), catalog::product, "product", field, errors);
        if (found.isEmpty()) {
            return found;
        }
        Product product = found.get();
        if (!product.active()) {
            errors.add(new FieldError(field, "product '" + product.code() + "' is inactive"));
        }
        for (BomLine bomLine : product.bom()) {
            if (catalog.material(bomLine.materialCode()).isEmpty()) {
                errors.add(new FieldError(field, "product '" + product.code() + "' uses material '"
                        + bomLine.materialCode() + "', which is not in the catalogue"));
            }
        }
        if (rates.laborRateOverride() == null && catalog.laborRate(product.windowType()).isEmpty()) {
            errors.add(new FieldError(field, "no labour rate for window type " + product.windowType()
                    + " (set one, or override the labour rate of the quote)"));
        }
        return found;
    }

    private Optional<Material> checkGlass(WindowLine line, String prefix, List<FieldError> errors) {
        String field = prefix + "glassCode";
        Optional<Material> found = CodeLookup.find(line.glassCode(), catalog::material, "glass", field, errors);
        if (found.isEmpty()) {
            return found;
        }
        if (found.get().category() != MaterialCategory.GLASS) {
            errors.add(new FieldError(field, "'" + line.glassCode() + "' is not a glass (it is "
                    + found.get().category() + ")"));
        } else if (!found.get().active()) {
            errors.add(new FieldError(field, "glass '" + line.glassCode() + "' is inactive"));
        }
        return found;
    }

    private static void checkSize(Product product, WindowLine line, String prefix, List<FieldError> errors) {
        if (!product.fitsWidth(line.widthMm())) {
            errors.add(new FieldError(prefix + "widthMm", "must be between " + product.minWidthMm() + " and "
                    + product.maxWidthMm() + " mm for " + product.code()));
        }
        if (!product.fitsHeight(line.heightMm())) {
            errors.add(new FieldError(prefix + "heightMm", "must be between " + product.minHeightMm() + " and "
                    + product.maxHeightMm() + " mm for " + product.code()));
        }
    }

    private LineCost cost(WindowLine line, Product product, Material glass) {
        WindowSize size = new WindowSize(line.widthMm(), line.heightMm());
        BigDecimal quantity = BigDecimal.valueOf(line.quantity());
        LineCost cost = new LineCost();
        List<BomLine> bom = product.bom();
        for (int i = 0; i < bom.size(); i++) {
            addBomLine(cost, i, bom.get(i), size.variables(), line, quantity);
        }
        BigDecimal glassArea = size.areaM2().multiply(BigDecimal.ONE.add(rates.glassWaste().fraction()))
                .multiply(quantity);
        cost.addMaterial(glass, glassArea, null, glass.unitCost());
        cost.setLabour(labour(product, size, quantity));
        return cost;
    }

    private void addBomLine(LineCost cost, int bomIndex, BomLine bomLine, Map<String, BigDecimal> variables,
            WindowLine line, BigDecimal quantity) {
        Material material = catalog.material(bomLine.materialCode()).orElseThrow();
        BigDecimal need = evaluate(bomIndex, bomLine, variables).max(BigDecimal.ZERO).multiply(bomLine.wasteFactor());
        if (need.compareTo(MAX_NEED_PER_WINDOW) > 0) {
            throw new UnusableBomException("BOM line " + (bomIndex + 1) + " ('" + bomLine.materialCode()
                    + "') needs " + need.stripTrailingZeros().toPlainString() + " per window at this size, more than "
                    + MAX_NEED_PER_WINDOW + "; check its formula");
        }
        Integer bars = null;
        if (material.boughtInBars()) {
            BigDecimal wholeBars = need.divide(material.stockLengthM(), 0, RoundingMode.CEILING);
            if (wholeBars.compareTo(MAX_NEED_PER_WINDOW) > 0) {
                throw new UnusableBomException("BOM line " + (bomIndex + 1) + " ('" + bomLine.materialCode()
                        + "') needs " + wholeBars + " stock bars per window at this size, more than "
                        + MAX_NEED_PER_WINDOW + "; check its formula");
            }
            need = wholeBars.multiply(material.stockLengthM());
            bars = wholeBars.multiply(quantity).intValueExact();
        }
        cost.addMaterial(material, need.multiply(quantity), bars, material.costFor(line.colour()));
    }

    private static BigDecimal evaluate(int bomIndex, BomLine bomLine, Map<String, BigDecimal> variables) {
        try {
            return bomLine.formula().evaluate(variables);
        } catch (FormulaException e) {
            throw new UnusableBomException("BOM line " + (bomIndex + 1) + " ('" + bomLine.materialCode()
                    + "') cannot be computed at this size: " + e.getMessage());
        }
    }

    private Money labour(Product product, WindowSize size, BigDecimal quantity) {
        if (rates.laborRateOverride() != null) {
            return Money.of(size.areaM2().multiply(rates.laborRateOverride()).multiply(quantity));
        }
        LaborRate rate = catalog.laborRate(product.windowType()).orElseThrow();
        return Money.of(size.areaM2().multiply(rate.ratePerM2()).multiply(rate.complexity()).multiply(quantity));
    }

    private static String describe(WindowLine line, Product product, Material glass) {
        if (!line.description().isEmpty()) {
            return line.description();
        }
        String description = product.name() + ", " + glass.name();
        return line.colour() == null ? description : description + ", " + line.colour();
    }

    /** A BOM that cannot be priced at the requested size. */
    private static final class UnusableBomException extends RuntimeException {
        UnusableBomException(String message) {
            super(message);
        }
    }
}
