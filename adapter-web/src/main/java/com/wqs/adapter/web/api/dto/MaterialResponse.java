package com.wqs.adapter.web.api.dto;

import com.wqs.domain.catalog.Material;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

public record MaterialResponse(String id, String code, String name, String category, String unit, String unitCost,
        String stockLengthM, boolean active, Map<String, String> colourCosts, long version) {
    public static MaterialResponse from(Material m) {
        Map<String, String> colours = new LinkedHashMap<>();
        new TreeMap<>(m.colourCosts()).forEach((colour, cost) -> colours.put(colour, Decimals.decimal(cost)));
        return new MaterialResponse(m.id().toString(), m.code(), m.name(), m.category().name(), m.unit().name(),
                Decimals.decimal(m.unitCost()), Decimals.decimal(m.stockLengthM()), m.active(), colours, m.version());
    }
}
