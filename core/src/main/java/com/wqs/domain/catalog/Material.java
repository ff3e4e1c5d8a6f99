package com.wqs.domain.catalog;

import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.TextLimits;
import com.wqs.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A material of the catalogue. Unit costs carry at most 4 decimals; profiles may have a stock
 * length (bought in whole bars) and per-colour costs.
 */
public record Material(
        MaterialId id,
        String code,
        String name,
        MaterialCategory category,
        MaterialUnit unit,
        BigDecimal unitCost,
        BigDecimal stockLengthM,
        boolean active,
        Map<String, BigDecimal> colourCosts,
        long version) {

    public static final int COST_SCALE = 4;

    public Material {
        colourCosts = colourCosts == null ? Map.of() : Map.copyOf(normaliseColours(colourCosts));
        List<FieldError> errors = new ArrayList<>();
        if (id == null) {
            errors.add(new FieldError("id", "is required"));
        }
        CatalogRules.checkCode(errors, "code", code);
        if (name == null || name.isBlank()) {
            errors.add(new FieldError("name", "is required"));
        } else {
            TextLimits.check(errors, "name", name.trim(), TextLimits.NAME);
        }
        if (category == null) {
            errors.add(new FieldError("category", "is required"));
        }
        if (unit == null) {
            errors.add(new FieldError("unit", "is required"));
        }
        CatalogRules.checkCost(errors, "unitCost", unitCost);
        if (stockLengthM != null && stockLengthM.signum() <= 0) {
            errors.add(new FieldError("stockLengthM", "must be greater than 0"));
        }
        if (stockLengthM != null && unit != null && unit != MaterialUnit.M) {
            errors.add(new FieldError("stockLengthM", "only materials measured in M have a stock length"));
        }
        colourCosts.forEach((colour, cost) -> CatalogRules.checkCost(errors, "colourCosts." + colour, cost));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        code = code.trim().toUpperCase(Locale.ROOT);
        name = name.trim();
    }

    /** The unit cost for a profile colour, or the base cost when the material has no price in that colour. */
    public BigDecimal costFor(String colour) {
        if (colour == null || colourCosts.isEmpty()) {
            return unitCost;
        }
        return Optional.ofNullable(colourCosts.get(colour.trim().toUpperCase(Locale.ROOT))).orElse(unitCost);
    }

    public boolean boughtInBars() {
        return unit == MaterialUnit.M && stockLengthM != null;
    }

    public Material withVersion(long newVersion) {
        return new Material(id, code, name, category, unit, unitCost, stockLengthM, active, colourCosts, newVersion);
    }

    private static Map<String, BigDecimal> normaliseColours(Map<String, BigDecimal> costs) {
        Map<String, BigDecimal> normalised = new TreeMap<>();
        costs.forEach((colour, cost) -> {
            if (colour == null || colour.isBlank()) {
                throw new ValidationException("colourCosts", "colour names must not be empty");
            }
            if (colour.trim().length() > TextLimits.COLOUR) {
                throw new ValidationException("colourCosts", "colour names " + TextLimits.tooLong(TextLimits.COLOUR));
            }
            normalised.put(colour.trim().toUpperCase(Locale.ROOT), cost);
        });
        return normalised;
    }
}
