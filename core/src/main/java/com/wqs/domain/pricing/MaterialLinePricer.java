package com.wqs.domain.pricing;

import com.wqs.domain.catalog.Material;
import com.wqs.domain.quote.MaterialLine;
import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.TextLimits;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/** Checks and costs a material sold by itself: quantity × base unit cost, counted in its category. */
final class MaterialLinePricer {
    static final BigDecimal MAX_QUANTITY = BigDecimal.valueOf(100_000);
    static final int MAX_QUANTITY_DECIMALS = 4;
    private static final BigDecimal MAX_BARS = BigDecimal.valueOf(1_000_000_000);

    private final PricingCatalog catalog;

    MaterialLinePricer(PricingCatalog catalog) {
        this.catalog = catalog;
    }

    /** The costed line, or empty after adding this line's errors (fields under {@code prefix}). */
    Optional<CostedLine> cost(int index, MaterialLine line, String prefix, List<FieldError> errors) {
        Optional<Material> material = checkMaterial(line, prefix + "materialCode", errors);
        boolean quantityOk = checkQuantity(line.quantity(), prefix + "quantity", errors);
        boolean descriptionOk = TextLimits.fits(line.description(), TextLimits.DESCRIPTION);
        if (!descriptionOk) {
            errors.add(new FieldError(prefix + "description", TextLimits.tooLong(TextLimits.DESCRIPTION)));
        }
        if (material.isEmpty() || !quantityOk || !descriptionOk) {
            return Optional.empty();
        }
        Material m = material.get();
        Integer bars = null;
        if (m.boughtInBars()) {
            BigDecimal wholeBars = line.quantity().divide(m.stockLengthM(), 0, RoundingMode.CEILING);
            if (wholeBars.compareTo(MAX_BARS) > 0) {
                errors.add(new FieldError(prefix + "quantity", "needs more than " + MAX_BARS + " stock bars"));
                return Optional.empty();
            }
            bars = wholeBars.intValueExact();
        }
        LineCost cost = new LineCost();
        cost.addMaterial(m, line.quantity(), bars, m.unitCost());
        if (cost.total().compareTo(PricingLimits.MAX_LINE_COST) > 0) {
            errors.add(new FieldError(prefix + "quantity", "the line would cost more than "
                    + PricingLimits.MAX_LINE_COST));
            return Optional.empty();
        }
        String description = line.description().isEmpty() ? m.name() : line.description();
        return Optional.of(new CostedLine(index, LineKind.MATERIAL, m.code(), description, null, null, null, null,
                line.quantity(), m.unit().name(), cost, null, null, List.of()));
    }

    private Optional<Material> checkMaterial(MaterialLine line, String field, List<FieldError> errors) {
        Optional<Material> found = CodeLookup.find(line.materialCode(), catalog::material, "material", field, errors);
        if (found.isEmpty()) {
            return found;
        }
        if (!found.get().active()) {
            errors.add(new FieldError(field, "material '" + line.materialCode() + "' is inactive"));
            return Optional.empty();
        }
        return found;
    }

    private static boolean checkQuantity(BigDecimal quantity, String field, List<FieldError> errors) {
        String problem = null;
        if (quantity == null) {
            problem = "is required";
        } else if (quantity.signum() <= 0) {
            problem = "must be greater than 0";
        } else if (quantity.compareTo(MAX_QUANTITY) > 0) {
            problem = "must be at most " + MAX_QUANTITY;
        } else if (quantity.stripTrailingZeros().scale() > MAX_QUANTITY_DECIMALS) {
            problem = "must have at most " + MAX_QUANTITY_DECIMALS + " decimals";
        }
        if (problem != null) {
            errors.add(new FieldError(field, problem));
        }
        return problem == null;
    }
}
