package com.wqs.domain.pricing;

import com.wqs.domain.catalog.LaborRate;
import com.wqs.domain.catalog.Material;
import com.wqs.domain.catalog.Product;
import com.wqs.domain.catalog.WindowType;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** An immutable {@link PricingCatalog} over maps keyed by (upper-case) code and window type. */
record SnapshotPricingCatalog(Map<String, Material> materials, Map<String, Product> products,
        Map<WindowType, LaborRate> laborRates) implements PricingCatalog {

    SnapshotPricingCatalog {
        materials = Map.copyOf(materials);
        products = Map.copyOf(products);
        laborRates = Map.copyOf(laborRates);
    }

    static SnapshotPricingCatalog of(Collection<Material> materials, Collection<Product> products,
            Collection<LaborRate> laborRates) {
        Map<String, Material> materialsByCode = new HashMap<>();
        materials.forEach(m -> materialsByCode.put(m.code(), m));
        Map<String, Product> productsByCode = new HashMap<>();
        products.forEach(p -> productsByCode.put(p.code(), p));
        Map<WindowType, LaborRate> ratesByType = new EnumMap<>(WindowType.class);
        laborRates.forEach(r -> ratesByType.put(r.windowType(), r));
        return new SnapshotPricingCatalog(materialsByCode, productsByCode, ratesByType);
    }

    @Override
    public Optional<Product> product(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(find(products, code));
    }

    @Override
    public Optional<Material> material(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(find(materials, code));
    }

    @Override
    public Optional<LaborRate> laborRate(WindowType type) {
        return type == null ? Optional.empty() : Optional.ofNullable(laborRates.get(type));
    }

    /** The record of that code: as written when it is already a catalogue code (the usual case), else normalised. */
    private static <T> T find(Map<String, T> byCode, String code) {
        T found = byCode.get(code);
        return found != null ? found : byCode.get(code.trim().toUpperCase(Locale.ROOT));
    }
}
