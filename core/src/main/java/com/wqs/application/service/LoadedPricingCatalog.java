package com.wqs.application.service;

import com.wqs.domain.catalog.LaborRate;
import com.wqs.domain.catalog.Material;
import com.wqs.domain.catalog.Product;
import com.wqs.domain.catalog.WindowType;
import com.wqs.domain.pricing.PricingCatalog;
import java.util.Map;
import java.util.Optional;

/** The part of the catalogue one pricing needs, read from the repositories up front. */
record LoadedPricingCatalog(Map<String, Product> products, Map<String, Material> materials,
        Map<WindowType, LaborRate> laborRates) implements PricingCatalog {

    LoadedPricingCatalog {
        products = Map.copyOf(products);
        materials = Map.copyOf(materials);
        laborRates = Map.copyOf(laborRates);
    }

    @Override
    public Optional<Product> product(String code) {
        return Optional.ofNullable(code).map(products::get);
    }

    @Override
    public Optional<Material> material(String code) {
        return Optional.ofNullable(code).map(materials::get);
    }

    @Override
    public Optional<LaborRate> laborRate(WindowType type) {
        return Optional.ofNullable(type).map(laborRates::get);
    }
}
