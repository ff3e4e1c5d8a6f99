package com.wqs.domain.pricing;

import com.wqs.domain.catalog.Material;
import com.wqs.domain.catalog.MaterialCategory;
import com.wqs.domain.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Accumulates one line's cost: rounded amounts per material category, labour, and the materials used
 * (one usage per material code, in the order first used).
 */
final class LineCost {
    /** Usage quantities are kept to this many decimals; amounts are computed from the exact need. */
    static final int QUANTITY_SCALE = 4;
    private static final MaterialCategory[] CATEGORIES = MaterialCategory.values();

    /** Rounded amounts per material category (by ordinal; null: none). */
    private final Money[] byCategory = new Money[CATEGORIES.length];
    /** One per material code, in the order first used. */
    private final List<MaterialUsage> usages = new ArrayList<>();
    private final List<ProfilePiece> pieces = new ArrayList<>();
    private Money labour = Money.ZERO;

    void addPiece(ProfilePiece piece) {
        pieces.add(piece);
    }

    List<ProfilePiece> pieces() {
        return pieces;
    }

    /** Adds {@code quantity} of {@code material} at {@code unitCost}; the amount is rounded to the cent here. */
    void addMaterial(Material material, BigDecimal quantity, Integer bars, BigDecimal unitCost) {
        addMaterial(material, quantity, bars, unitCost, null);
    }

    /**
     * As {@link #addMaterial(Material, BigDecimal, Integer, BigDecimal)}, the usage in {@code colour}; more of
     * a material already used is added to its first usage ({@link MaterialUsage#plus}).
     */
    void addMaterial(Material material, BigDecimal quantity, Integer bars, BigDecimal unitCost, String colour) {
        int category = material.category().ordinal();
        Money amount = Money.of(quantity.multiply(unitCost));
        byCategory[category] = byCategory[category] == null ? amount : byCategory[category].plus(amount);
        MaterialUsage usage = new MaterialUsage(material.code(), material.name(), material.category(),
                material.unit(), quantity, bars, material.stockLengthM(), unitCost, colour);
        for (int i = 0; i < usages.size(); i++) {
            if (usages.get(i).materialCode().equals(material.code())) {
                usages.set(i, usages.get(i).plus(usage));
                return;
            }
        }
        usages.add(usage);
    }

    void setLabour(Money amount) {
        labour = amount;
    }

    Money component(MaterialCategory category) {
        Money amount = byCategory[category.ordinal()];
        return amount == null ? Money.ZERO : amount;
    }

    Money labour() {
        return labour;
    }

    Money total() {
        Money total = labour;
        for (Money amount : byCategory) {
            if (amount != null) {
                total = total.plus(amount);
            }
        }
        return total;
    }

    /** The usages, quantities {@linkplain #tidy tidied}. */
    List<MaterialUsage> usages() {
        MaterialUsage[] result = new MaterialUsage[usages.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = tidy(usages.get(i));
        }
        return List.of(result);
    }

    private static MaterialUsage tidy(MaterialUsage usage) {
        return new MaterialUsage(usage.materialCode(), usage.materialName(), usage.category(), usage.unit(),
                tidy(usage.quantity()), usage.bars(), usage.stockLengthM(), usage.unitCost(), usage.colour());
    }

    /** Rounds to {@link #QUANTITY_SCALE} decimals without trailing zeros: 12.0000 → 12, 3.780 → 3.78. */
    static BigDecimal tidy(BigDecimal quantity) {
        BigDecimal rounded = (quantity.scale() <= QUANTITY_SCALE ? quantity
                : quantity.setScale(QUANTITY_SCALE, RoundingMode.HALF_UP)).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }
}
