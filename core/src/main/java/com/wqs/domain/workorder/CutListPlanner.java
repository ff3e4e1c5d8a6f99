package com.wqs.domain.workorder;

import com.wqs.domain.cutting.CutGroup;
import com.wqs.domain.cutting.CutPiece;
import com.wqs.domain.cutting.CuttingOptimizer;
import com.wqs.domain.cutting.CuttingSettings;
import com.wqs.domain.cutting.GroupPlan;
import com.wqs.domain.pricing.LineKind;
import com.wqs.domain.pricing.MaterialUsage;
import com.wqs.domain.pricing.PricedLine;
import com.wqs.domain.pricing.ProfilePiece;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds a cut list from work orders: every profile piece of every window (a line's pieces × its quantity),
 * labelled {@code WO-2026-00012 L2-B sash top} (work order, line and cell or division as on the drawing, and
 * the BOM line), grouped per profile and colour, cut from the profile's stock bars as the quote priced it.
 */
public final class CutListPlanner {
    private static final Comparator<ProfileCutPlan> BY_CODE_THEN_COLOUR = Comparator
            .comparing(ProfileCutPlan::materialCode)
            .thenComparing(ProfileCutPlan::colour, Comparator.nullsFirst(Comparator.naturalOrder()));

    private CutListPlanner() {
    }

    /** @throws com.wqs.domain.shared.ValidationException when a piece is longer than a bar can give, naming it */
    public static CutList plan(List<WorkOrder> workOrders, CuttingSettings settings) {
        Map<String, Group> groups = new LinkedHashMap<>();
        List<String> notPlanned = new ArrayList<>();
        for (WorkOrder order : workOrders) {
            for (PricedLine line : order.lines()) {
                if (line.kind() != LineKind.WINDOW) {
                    continue;
                }
                if (line.pieces().isEmpty()) {
                    if (line.materials().stream().anyMatch(u -> u.bars() != null)) {
                        notPlanned.add(order.number() + " line " + (line.index() + 1));
                    }
                    continue;
                }
                addLine(groups, order.number(), line);
            }
        }
        List<ProfileCutPlan> profiles = new ArrayList<>();
        for (Group group : groups.values()) {
            GroupPlan plan = CuttingOptimizer.plan(new CutGroup(group.usage.materialCode(), group.usage.colour(),
                    group.barLengthMm(), group.pieces, List.of()), settings);
            profiles.add(new ProfileCutPlan(group.usage.materialCode(), group.usage.materialName(),
                    group.usage.colour(), group.pricedBars, plan));
        }
        profiles.sort(BY_CODE_THEN_COLOUR);
        return new CutList(workOrders.stream().map(WorkOrder::number).toList(), settings, profiles, notPlanned, null);
    }

    private static void addLine(Map<String, Group> groups, String workOrder, PricedLine line) {
        Map<String, MaterialUsage> usages = new TreeMap<>();
        line.materials().forEach(u -> usages.put(u.key(), u));
        int windows = line.quantity().intValueExact();
        for (ProfilePiece piece : line.pieces()) {
            String key = key(piece);
            MaterialUsage usage = usages.get(key);
            if (usage == null || usage.stockLengthM() == null) {
                continue;
            }
            Group group = groups.computeIfAbsent(key, k -> new Group(usage));
            String label = workOrder + " " + position(line.index(), piece.place())
                    + (piece.description().isBlank() ? "" : " " + piece.description());
            for (int i = 0; i < piece.count() * windows; i++) {
                group.pieces.add(new CutPiece(label, piece.lengthMm(), piece.startAngle(), piece.endAngle()));
            }
        }
        // the bars the quote priced, once per line and material
        usages.forEach((key, usage) -> {
            Group group = groups.get(key);
            if (group != null && usage.bars() != null) {
                group.pricedBars += usage.bars();
            }
        });
    }

    private static String position(int lineIndex, String place) {
        return place == null ? "L" + (lineIndex + 1) : GlassPane.position(lineIndex, place);
    }

    private static String key(ProfilePiece piece) {
        return piece.colour() == null ? piece.materialCode() : piece.materialCode() + "\u0000" + piece.colour();
    }

    private static final class Group {
        private final MaterialUsage usage;
        private final List<CutPiece> pieces = new ArrayList<>();
        private int pricedBars;

        Group(MaterialUsage usage) {
            this.usage = usage;
        }

        int barLengthMm() {
            return usage.stockLengthM().multiply(BigDecimal.valueOf(1000)).intValue();
        }
    }
}
