package com.wqs.domain.workorder;

import com.wqs.domain.pricing.LineKind;
import com.wqs.domain.pricing.MaterialUsage;
import com.wqs.domain.pricing.PricedLine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the workshop's materials list from a quote's priced line snapshot. */
public final class MaterialsListCalculator {
    private static final Comparator<MaterialUsage> BY_CATEGORY_THEN_CODE =
            Comparator.comparing(MaterialUsage::category).thenComparing(MaterialUsage::materialCode);

    private MaterialsListCalculator() {
    }

    /**
     * Per material code the totals over all lines (quantities and whole stock bars summed, as each line
     * used them), sorted by category then code; and one glass pane entry per window line (its size and
     * quantity).
     */
    public static MaterialsList from(List<PricedLine> lines) {
        Map<String, MaterialUsage> totals = new LinkedHashMap<>();
        List<GlassPane> panes = new ArrayList<>();
        for (PricedLine line : lines) {
            line.materials().forEach(usage -> totals.merge(usage.materialCode(), usage, MaterialUsage::plus));
            if (line.kind() == LineKind.WINDOW) {
                panes.add(pane(line));
            }
        }
        List<MaterialRequirement> requirements = totals.values().stream()
                .sorted(BY_CATEGORY_THEN_CODE)
                .map(MaterialsListCalculator::requirement)
                .toList();
        return new MaterialsList(requirements, panes);
    }

    private static MaterialRequirement requirement(MaterialUsage total) {
        return new MaterialRequirement(total.materialCode(), total.materialName(), total.category(), total.unit(),
                total.quantity(), total.bars(), total.stockLengthM());
    }

    private static GlassPane pane(PricedLine line) {
        String glassName = line.materials().stream()
                .filter(usage -> usage.materialCode().equals(line.glassCode()))
                .map(MaterialUsage::materialName)
                .findFirst()
                .orElse(line.glassCode());
        return new GlassPane(line.index(), line.glassCode(), glassName, line.widthMm(), line.heightMm(),
                line.quantity().intValueExact());
    }
}
