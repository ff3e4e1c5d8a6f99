package com.wqs.domain.pricing;

import com.wqs.domain.shared.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * One priced line, frozen with the catalogue values used. Cost components are rounded as produced
 * and {@code cost} is their sum. {@code price} is the customer-facing line price (cost scaled by the
 * overheads and discount; all line prices sum exactly to the quote's taxable amount) and
 * {@code unitPrice} is price / quantity rounded to the cent.
 *
 * <p>For window lines {@code code} is the product code, {@code glassCode} and the size are set and
 * {@code quantity} is whole; for material lines {@code code} is the material code.
 */
public record PricedLine(
        int index,
        LineKind kind,
        String code,
        String description,
        String glassCode,
        String colour,
        Integer widthMm,
        Integer heightMm,
        BigDecimal quantity,
        String unit,
        Money profiles,
        Money glass,
        Money hardware,
        Money consumables,
        Money labour,
        Money cost,
        Money price,
        Money unitPrice,
        List<MaterialUsage> materials) {

    public PricedLine {
        materials = List.copyOf(materials);
    }

    /** Material cost only (everything but labour). */
    public Money materialCost() {
        return profiles.plus(glass).plus(hardware).plus(consumables);
    }
}
