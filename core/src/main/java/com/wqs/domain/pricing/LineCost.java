package com.wqs.domain.pricing;

import com.wqs.domain.catalog.Material;
import com.wqs.domain.catalog.MaterialCategory;
import com.wqs.domain.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Accumulates one line's cost: rounded amounts per material category, labour, and the materials used
 * (one usage per material code, in the order first used).
 */
final class LineCost {
    /** Usage quantities are kept to this many decimals; amounts are computed from the exact need. */
    static final int QUANTITY_SCALE = 4;

    private final Map<MaterialCategory, Money> byCategory = new EnumMap<>(MaterialCategory.class);
    private final Map<String, MaterialUsage> usages = new LinkedHashMap<>();
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

    /** As {@link #addMaterial(Material, BigDecimal, Integer, BigDecimal)}, the usage in {@code colour}. */
    void addMaterial(Material material, BigDecimal quantity, Integer bars, BigDecimal unitCost, String colour) {
        byCategory.merge(material.category(), Money.of(quantity.multiply(unitCost)), Money::plus);
        MaterialUsage usage = new MaterialUsage(material.code(), material.name(), material.category(),
                material.unit(), quantity, bars, material.stockLengthM(), unitCost, colour);
        usages.merge(material.code(), usage, MaterialUsage::plus);
    }

    void setLabour(Money amount) {
        labour = amount;
    }

    Money component(MaterialCategory category) {
        return byCategory.getOrDefault(category, Money.ZERO);
    }

    Money labour() {
        return labour;
    }

    Money total() {
        return byCategory.values().stream().reduce(labour, Money::plus);
    }

    List<MaterialUsage> usages() {
        return usages.values().stream().map(LineCost::tidy).toList();
    }

    private static MaterialUsage tidy(MaterialUsage usage) {
        return new MaterialUsage(usage.materialCode(), usage.materialName(), usage.category(), usage.unit(),
                tidy(usage.quantity()), usage.bars(), usage.stockLengthM(), usage.unitCost(), usage.colour());
    }

    /** Rounds to {@link #QUANTITY_SCALE} decimals without trailing zeros: 12.0000 → 12, 3.780 → 3.78. */
    static BigDecimal tidy(BigDecimal quantity) {
        BigDecimal rounded = quantity.setScale(QUANTITY_SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }
}
