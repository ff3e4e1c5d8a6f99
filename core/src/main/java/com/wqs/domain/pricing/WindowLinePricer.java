package com.wqs.domain.pricing;

import com.wqs.domain.catalog.BomLine;
import com.wqs.domain.catalog.BomPieces;
import com.wqs.domain.catalog.Formula;
import com.wqs.domain.catalog.FormulaException;
import com.wqs.domain.catalog.FormulaValues;
import com.wqs.domain.catalog.LaborRate;
import com.wqs.domain.catalog.Material;
import com.wqs.domain.catalog.MaterialCategory;
import com.wqs.domain.catalog.Product;
import com.wqs.domain.catalog.ProductLayout;
import com.wqs.domain.layout.Layout;
import com.wqs.domain.layout.LayoutGeometry;
import com.wqs.domain.layout.Pane;
import com.wqs.domain.quote.QuoteLine;
import com.wqs.domain.quote.QuoteRates;
import com.wqs.domain.quote.WindowLine;
import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.Money;
import com.wqs.domain.shared.TextLimits;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks and costs a window line: its layout placed in its size, BOM needs per scope with waste and whole
 * stock bars, colour costs, glass as the sum of its pane areas per glass with glass waste, and labour (per
 * type with its complexity, or the quote's override with complexity 1).
 */
final class WindowLinePricer {
    /** Beyond this (in units or in stock bars) a BOM formula is surely wrong; it also keeps bar counts in range. */
    static final BigDecimal MAX_NEED_PER_WINDOW = BigDecimal.valueOf(1_000_000);
    static final BigDecimal MAX_PIECE_MM = BigDecimal.valueOf(100_000);

    private final QuoteRates rates;
    private final PricingCatalog catalog;
    /** Each product's BOM materials, looked up once per pricing: a quote's lines repeat their products. */
    private final Map<Product, BomMaterials> boms = new IdentityHashMap<>();

    WindowLinePricer(QuoteRates rates, PricingCatalog catalog) {
        this.rates = rates;
        this.catalog = catalog;
    }

    /** The costed line, or empty after adding this line's errors (fields under {@code prefix}). */
    Optional<CostedLine> cost(int index, WindowLine line, String prefix, List<FieldError> errors) {
        int errorsBefore = errors.size();
        Optional<Product> product = checkProduct(line, prefix, errors);
        Optional<Material> glass = checkGlass(line, prefix, errors);
        Optional<LaidOutWindow> window = product.flatMap(p -> checkSize(p, line, prefix, errors)
                ? layOut(p, line, prefix, errors) : Optional.empty());
        if (line.quantity() < 1 || line.quantity() > QuoteLine.MAX_QUANTITY) {
            errors.add(new FieldError(prefix + "quantity", "must be between 1 and " + QuoteLine.MAX_QUANTITY));
        }
        TextLimits.check(errors, prefix + "colour", line.colour(), TextLimits.COLOUR);
        TextLimits.check(errors, prefix + "description", line.description(), TextLimits.DESCRIPTION);
        if (errors.size() > errorsBefore) {
            return Optional.empty();
        }
        try {
            LaidOutWindow laidOut = window.orElseThrow();
            LineCost cost = cost(line, product.orElseThrow(), laidOut);
            if (cost.total().compareTo(PricingLimits.MAX_LINE_COST) > 0) {
                errors.add(new FieldError(prefix + "productCode", "the line would cost more than "
                        + PricingLimits.MAX_LINE_COST + "; check the product's BOM formulas"));
                return Optional.empty();
            }
            return Optional.of(new CostedLine(index, LineKind.WINDOW, line.productCode(),
                    describe(line, product.get(), glass.get()), line.glassCode(), line.colour(), line.widthMm(),
                    line.heightMm(), BigDecimal.valueOf(line.quantity()), "PIECE", cost, laidOut.layout(),
                    product.get().layout().divisionWidthMm(), laidOut.panes()));
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
        Material[] materials = bom(product).materials;
        for (int i = 0; i < materials.length; i++) {
            if (materials[i] == null) {
                errors.add(new FieldError(field, "product '" + product.code() + "' uses material '"
                        + product.bom().get(i).materialCode() + "', which is not in the catalogue"));
            }
        }
        if (rates.laborRateOverride() == null && catalog.laborRate(product.windowType()).isEmpty()) {
            errors.add(new FieldError(field, "no labour rate for window type " + product.windowType()
                    + " (set one, or override the labour rate of the quote)"));
        }
        return found;
    }

    private Optional<Material> checkGlass(WindowLine line, String prefix, List<FieldError> errors) {
        return checkGlass(line.glassCode(), prefix + "glassCode", errors);
    }

    /** The glass of that code, or empty after adding an error on {@code field} (unknown, not a glass, inactive). */
    private Optional<Material> checkGlass(String code, String field, List<FieldError> errors) {
        Optional<Material> found = CodeLookup.find(code, catalog::material, "glass", field, errors);
        if (found.isEmpty()) {
            return found;
        }
        if (found.get().category() != MaterialCategory.GLASS) {
            errors.add(new FieldError(field, "'" + code + "' is not a glass (it is " + found.get().category() + ")"));
            return Optional.empty();
        } else if (!found.get().active()) {
            errors.add(new FieldError(field, "glass '" + code + "' is inactive"));
            return Optional.empty();
        }
        return found;
    }

    /** The line's layout (its own, or the product's default) placed in its size, with one window's panes. */
    private Optional<LaidOutWindow> layOut(Product product, WindowLine line, String prefix, List<FieldError> errors) {
        ProductLayout rules = product.layout();
        Layout defaultLayout = rules.effectiveDefault(product.windowType());
        Layout layout = line.layout() == null ? defaultLayout : line.layout();
        if (!rules.lineMayChange() && !layout.equals(defaultLayout)) {
            errors.add(new FieldError(prefix + "layout", "product '" + product.code()
                    + "' does not allow changing its layout " + defaultLayout.notation()));
            return Optional.empty();
        }
        Optional<LayoutGeometry> geometry = LayoutGeometry.place(layout, line.widthMm(), line.heightMm(),
                rules.divisionWidthMm(), rules.minCellMm(), prefix + "layout.", errors);
        if (geometry.isEmpty()) {
            return Optional.empty();
        }
        boolean glassOk = true;
        for (int k = 0; k < geometry.get().cells().size(); k++) {
            String cellGlass = geometry.get().cells().get(k).glassCode();
            if (cellGlass != null) {
                glassOk &= checkGlass(cellGlass, prefix + "layout.cells[" + k + "].glassCode", errors).isPresent();
            }
        }
        if (!glassOk) {
            return Optional.empty();
        }
        List<Pane> panes = geometry.get().panes(rules.fixedDeduction(), rules.sashDeduction(), line.glassCode());
        return Optional.of(new LaidOutWindow(new WindowSize(line.widthMm(), line.heightMm()),
                BigDecimal.valueOf(line.quantity()), layout, geometry.get(), panes));
    }

    /** True when the size is within the product's range, else adds the errors. */
    private static boolean checkSize(Product product, WindowLine line, String prefix, List<FieldError> errors) {
        int before = errors.size();
        if (!product.fitsWidth(line.widthMm())) {
            errors.add(new FieldError(prefix + "widthMm", "must be between " + product.minWidthMm() + " and "
                    + product.maxWidthMm() + " mm for " + product.code()));
        }
        if (!product.fitsHeight(line.heightMm())) {
            errors.add(new FieldError(prefix + "heightMm", "must be between " + product.minHeightMm() + " and "
                    + product.maxHeightMm() + " mm for " + product.code()));
        }
        return errors.size() == before;
    }

    private LineCost cost(WindowLine line, Product product, LaidOutWindow window) {
        WindowSize size = new WindowSize(line.widthMm(), line.heightMm());
        BigDecimal quantity = BigDecimal.valueOf(line.quantity());
        LineCost cost = new LineCost();
        List<BomLine> bom = product.bom();
        BomMaterials materials = bom(product);
        BigDecimal[] unitCosts = materials.unitCosts(line.colour());
        for (int i = 0; i < bom.size(); i++) {
            addBomLine(cost, i, bom.get(i), materials.materials[i], unitCosts[i], window, line, quantity);
        }
        BigDecimal glassFactor = BigDecimal.ONE.add(rates.glassWaste().fraction()).multiply(quantity);
        for (Map.Entry<String, BigDecimal> glass : areaByGlass(window.panes()).entrySet()) {
            Material material = catalog.material(glass.getKey()).orElseThrow();
            cost.addMaterial(material, glass.getValue().multiply(glassFactor), null, material.unitCost());
        }
        cost.setLabour(labour(product, size, quantity));
        return cost;
    }

    /** Σ pane areas (m², one window) per glass code, in the order the glasses first appear. */
    private static Map<String, BigDecimal> areaByGlass(List<Pane> panes) {
        Map<String, BigDecimal> areas = new LinkedHashMap<>();
        for (Pane pane : panes) {
            areas.merge(pane.glassCode(), pane.areaM2(), BigDecimal::add);
        }
        return areas;
    }

    private void addBomLine(LineCost cost, int bomIndex, BomLine bomLine, Material material, BigDecimal unitCost,
            LaidOutWindow window, WindowLine line, BigDecimal quantity) {
        boolean cut = material.category() == MaterialCategory.PROFILE && material.boughtInBars();
        if (bomLine.hasPieces() && !cut) {
            throw new UnusableBomException("BOM line " + (bomIndex + 1) + " ('" + bomLine.materialCode()
                    + "') gives pieces, but its material is not a profile bought in bars");
        }
        String colour = material.category() == MaterialCategory.PROFILE ? line.colour() : null;
        BigDecimal formulaTotal = BigDecimal.ZERO;
        for (LaidOutWindow.Evaluation evaluation : window.evaluations(bomLine.scope())) {
            if (bomLine.hasPieces()) {
                ProfilePiece piece = piece(bomIndex, bomLine, evaluation, colour);
                formulaTotal = formulaTotal.add(BigDecimal.valueOf((long) piece.count() * piece.lengthMm(), 3));
                if (piece.count() > 0 && piece.lengthMm() > 0) {
                    cost.addPiece(piece);
                }
                continue;
            }
            BigDecimal value = evaluate(bomIndex, bomLine, bomLine.formula(), evaluation.variables())
                    .max(BigDecimal.ZERO);
            formulaTotal = formulaTotal.add(value);
            if (cut && value.signum() > 0) {
                int lengthMm = value.movePointRight(3).setScale(0, RoundingMode.CEILING).intValue();
                cost.addPiece(new ProfilePiece(material.code(), colour, evaluation.place(), bomLine.description(), 1,
                        lengthMm, BomPieces.SQUARE, BomPieces.SQUARE, true));
            }
        }
        BigDecimal need = formulaTotal.multiply(bomLine.wasteFactor());
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
        cost.addMaterial(material, need.multiply(quantity), bars, unitCost, colour);
    }

    /** The pieces of a pieces line at one place: a whole, non-negative count and a length in whole mm (rounded up). */
    private static ProfilePiece piece(int bomIndex, BomLine bomLine, LaidOutWindow.Evaluation evaluation,
            String colour) {
        BomPieces pieces = bomLine.pieces();
        BigDecimal count = evaluate(bomIndex, bomLine, pieces.count(), evaluation.variables());
        if (count.signum() < 0 || count.stripTrailingZeros().scale() > 0
                || count.compareTo(BigDecimal.valueOf(BomPieces.MAX_COUNT)) > 0) {
            throw new UnusableBomException("BOM line " + (bomIndex + 1) + " ('" + bomLine.materialCode()
                    + "') piece count is " + count.stripTrailingZeros().toPlainString() + " at this size; it must be"
                    + " a whole number from 0 to " + BomPieces.MAX_COUNT);
        }
        BigDecimal length = evaluate(bomIndex, bomLine, pieces.lengthMm(), evaluation.variables());
        if (length.compareTo(MAX_PIECE_MM) > 0) {
            throw new UnusableBomException("BOM line " + (bomIndex + 1) + " ('" + bomLine.materialCode()
                    + "') piece length is " + length.stripTrailingZeros().toPlainString() + " mm at this size, more"
                    + " than " + MAX_PIECE_MM + " mm; check its formula");
        }
        int lengthMm = length.max(BigDecimal.ZERO).setScale(0, RoundingMode.CEILING).intValue();
        return new ProfilePiece(bomLine.materialCode(), colour, evaluation.place(), bomLine.description(),
                count.intValue(), lengthMm, pieces.startAngle(), pieces.endAngle(), false);
    }

    private static BigDecimal evaluate(int bomIndex, BomLine bomLine, Formula formula, FormulaValues variables) {
        try {
            return formula.evaluate(variables);
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

    private BomMaterials bom(Product product) {
        return boms.computeIfAbsent(product, p -> new BomMaterials(p, catalog));
    }

    /** A product's BOM materials (null: not in the catalogue) and their unit costs per line colour. */
    private static final class BomMaterials {
        private final Material[] materials;
        private final Map<String, BigDecimal[]> unitCostsByColour = new HashMap<>();

        BomMaterials(Product product, PricingCatalog catalog) {
            List<BomLine> bom = product.bom();
            materials = new Material[bom.size()];
            for (int i = 0; i < materials.length; i++) {
                materials[i] = catalog.material(bom.get(i).materialCode()).orElse(null);
            }
        }

        /** Each BOM line's material's {@linkplain Material#costFor cost} in the colour (all materials are known). */
        BigDecimal[] unitCosts(String colour) {
            BigDecimal[] costs = unitCostsByColour.get(colour);
            if (costs == null) {
                costs = new BigDecimal[materials.length];
                for (int i = 0; i < costs.length; i++) {
                    costs[i] = materials[i].costFor(colour);
                }
                unitCostsByColour.put(colour, costs);
            }
            return costs;
        }
    }

    /** A BOM that cannot be priced at the requested size. */
    private static final class UnusableBomException extends RuntimeException {
        UnusableBomException(String message) {
            super(message);
        }
    }
}
