package com.wqs.domain.pricing;

import com.wqs.domain.catalog.LaborRate;
import com.wqs.domain.catalog.Material;
import com.wqs.domain.catalog.Product;
import com.wqs.domain.catalog.WindowType;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A catalogue as it was when a priced snapshot was made: the materials' unit costs (base and colour) are
 * the ones the snapshot's lines used; everything the snapshot does not record (products and their BOMs,
 * labour rates, materials the snapshot did not use) comes from {@code base}. Products and the materials it
 * overrides count as active, so lines priced then can be priced again after a record was deactivated.
 */
final class FrozenCostCatalog implements PricingCatalog {
    private final PricingCatalog base;
    /** Per material code, the unit cost the snapshot used per colour (the null key: uncoloured). */
    private final Map<String, Map<String, BigDecimal>> costs = new HashMap<>();

    FrozenCostCatalog(PricingCatalog base, List<PricedLine> snapshot) {
        this.base = base;
        for (PricedLine line : snapshot) {
            for (MaterialUsage usage : line.materials()) {
                costs.computeIfAbsent(usage.materialCode(), code -> new HashMap<>())
                        .put(usage.colour(), usage.unitCost());
            }
        }
    }

    /** Whether the snapshot used this material at all. */
    boolean knows(String materialCode) {
        return costs.containsKey(materialCode);
    }

    @Override
    public Optional<Product> product(String code) {
        return base.product(code).map(p -> p.active() ? p : new Product(p.id(), p.code(), p.name(), p.category(),
                p.windowType(), p.minWidthMm(), p.maxWidthMm(), p.minHeightMm(), p.maxHeightMm(), p.bom(),
                p.layout(), true, p.version()));
    }

    @Override
    public Optional<Material> material(String code) {
        return base.material(code).map(this::frozen);
    }

    @Override
    public Optional<LaborRate> laborRate(WindowType type) {
        return base.laborRate(type);
    }

    private Material frozen(Material current) {
        Map<String, BigDecimal> used = costs.get(current.code());
        if (used == null) {
            return current;
        }
        BigDecimal unitCost = current.unitCost();
        Map<String, BigDecimal> colourCosts = new HashMap<>(current.colourCosts());
        for (Map.Entry<String, BigDecimal> cost : used.entrySet()) {
            // A colour the material has no price in was costed at the base cost.
            if (cost.getKey() != null && colourCosts.containsKey(cost.getKey())) {
                colourCosts.put(cost.getKey(), cost.getValue());
            } else {
                unitCost = cost.getValue();
            }
        }
        return new Material(current.id(), current.code(), current.name(), current.category(), current.unit(),
                unitCost, current.stockLengthM(), true, colourCosts, current.version());
    }
}
