package com.wqs.adapter.web.api.dto;

import com.wqs.domain.catalog.ProductCategory;
import com.wqs.domain.catalog.WindowType;
import com.wqs.domain.shared.TextLimits;
import java.util.List;

/** A product; {@code layout} absent: one cell, the whole window, no deductions (as before layouts). */
public record ProductRequest(@MaxLength(TextLimits.CODE) String code, @MaxLength(TextLimits.NAME) String name,
        ProductCategory category, WindowType windowType, Integer minWidthMm, Integer maxWidthMm, Integer minHeightMm,
        Integer maxHeightMm, List<BomLineRequest> bom, ProductLayoutRequest layout, Boolean active,
        @Description(VersionRequest.ON_REPLACE) Long version) {
}
