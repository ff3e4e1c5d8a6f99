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
    private static final Comparator<MaterialRequirement> BY_CATEGORY_THEN_CODE =
            Comparator.comparing(MaterialRequirement::category).thenComparing(MaterialRequirement::materialCode)
                    .thenComparing(MaterialRequirement::colour, Comparator.nullsFirst(Comparator.naturalOrder()));

    private MaterialsListCalculator() {
    }

    /**
     * Per material code and colour the totals over all lines (quantities and whole stock bars summed, as
     * each line used them), sorted by category, code and colour; and one glass pane entry per cell of each
     * window line (the pane's size, one per window), in line and cell order. A line priced before layouts
     * existed has one pane, the whole window.
     */
    public static MaterialsList from(List<PricedLine> lines) {
        Map<String, MaterialUsage> totals = new LinkedHashMap<>();
        List<GlassPane> panes = new ArrayList<>();
        for (PricedLine line : lines) {
            line.materials().forEach(usage -> totals.merge(usage.key(), usage, MaterialUsage::plus));
            if (line.kind() == LineKind.WINDOW) {
                panes.addAll(panes(line));
            }
        }
        List<MaterialRequirement> requirements = totals.values().stream()
                .map(MaterialsListCalculator::requirement)
                .sorted(BY_CATEGORY_THEN_CODE)
                .toList();
        return new MaterialsList(requirements, panes);
    }

    /**
     * What several work orders need together: their requirements added up per material code and colour
     * ({@link MaterialRequirement#plus}), in the materials list's order.
     */
    public static List<MaterialRequirement> totalOf(List<MaterialsList> lists) {
        Map<String, MaterialRequirement> totals = new LinkedHashMap<>();
        for (MaterialsList list : lists) {
            list.materials().forEach(need -> totals.merge(MaterialUsage.key(need.materialCode(), need.colour()),
                    need.withCutBars(null), MaterialRequirement::plus));
        }
        return totals.values().stream().sorted(BY_CATEGORY_THEN_CODE).toList();
    }

    private static MaterialRequirement requirement(MaterialUsage total) {
        return new MaterialRequirement(total.materialCode(), total.materialName(), total.category(), total.unit(),
                total.quantity(), total.bars(), total.stockLengthM(), total.colour(), null);
    }

    private static List<GlassPane> panes(PricedLine line) {
        int windows = line.quantity().intValueExact();
        if (line.panes().isEmpty()) {
            return List.of(GlassPane.of(line.index(), GlassPane.position(line.index(), "A"), line.glassCode(),
                    glassName(line, line.glassCode()), line.widthMm(), line.heightMm(), windows));
        }
        return line.panes().stream()
                .map(pane -> GlassPane.of(line.index(), GlassPane.position(line.index(), pane.label()),
                        pane.glassCode(), glassName(line, pane.glassCode()), pane.widthMm(), pane.heightMm(), windows))
                .toList();
    }

    private static String glassName(PricedLine line, String glassCode) {
        return line.materials().stream()
                .filter(usage -> usage.materialCode().equals(glassCode))
                .map(MaterialUsage::materialName)
                .findFirst()
                .orElse(glassCode);
    }
}
