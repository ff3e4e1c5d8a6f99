package com.wqs.adapter.web.api.dto;

import com.wqs.domain.catalog.Product;
import java.util.List;

public record ProductResponse(String id, String code, String name, String category, String windowType,
        int minWidthMm, int maxWidthMm, int minHeightMm, int maxHeightMm, List<BomLineResponse> bom,
        ProductLayoutResponse layout, boolean active, long version) {
    public static ProductResponse from(Product p) {
        return new ProductResponse(p.id().toString(), p.code(), p.name(), p.category().name(), p.windowType().name(),
                p.minWidthMm(), p.maxWidthMm(), p.minHeightMm(), p.maxHeightMm(),
                p.bom().stream().map(BomLineResponse::from).toList(), ProductLayoutResponse.from(p.layout()),
                p.active(), p.version());
    }
}
