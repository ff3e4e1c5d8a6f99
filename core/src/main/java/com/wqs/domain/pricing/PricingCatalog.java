package com.wqs.domain.pricing;

import com.wqs.domain.catalog.LaborRate;
import com.wqs.domain.catalog.Material;
import com.wqs.domain.catalog.Product;
import com.wqs.domain.catalog.WindowType;
import java.util.Collection;
import java.util.Optional;

/** The catalogue values the pricing engine looks up. */
public interface PricingCatalog {
    Optional<Product> product(String code);

    Optional<Material> material(String code);

    Optional<LaborRate> laborRate(WindowType type);

    /** A catalogue over the given records (codes are unique; a later duplicate replaces an earlier one). */
    static PricingCatalog of(Collection<Material> materials, Collection<Product> products,
            Collection<LaborRate> laborRates) {
        return SnapshotPricingCatalog.of(materials, products, laborRates);
    }
}
