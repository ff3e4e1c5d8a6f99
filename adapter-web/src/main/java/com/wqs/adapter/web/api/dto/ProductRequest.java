package com.wqs.adapter.web.api.dto;

import com.wqs.domain.catalog.ProductCategory;
import com.wqs.domain.catalog.WindowType;
import java.util.List;

public record ProductRequest(String code, String name, ProductCategory category, WindowType windowType,
        Integer minWidthMm, Integer maxWidthMm, Integer minHeightMm, Integer maxHeightMm, List<BomLineRequest> bom,
        Boolean active) {
}
