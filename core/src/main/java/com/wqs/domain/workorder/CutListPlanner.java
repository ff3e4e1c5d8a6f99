package com.wqs.domain.workorder;

import com.wqs.domain.cutting.BarPlan;
import com.wqs.domain.cutting.CutGroup;
import com.wqs.domain.cutting.CutPiece;
import com.wqs.domain.cutting.CuttingOptimizer;
import com.wqs.domain.cutting.CuttingSettings;
import com.wqs.domain.cutting.GroupPlan;
import com.wqs.domain.cutting.Offcut;
import com.wqs.domain.cutting.StockOffcut;
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
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Builds a cut list from work orders: every profile piece of every window (a line's pieces × its quantity),
 * labelled {@code WO-2026-00012 L2-B sash top} (work order, line and cell or division as on the drawing, and
 * the BOM line), grouped per profile and colour, cut from the offcuts in stock of that profile and colour
 * first, then from the profile's stock bars as the quote priced it.
 *
 * <p>Offcuts: a group is offered the given offcuts of exactly its material code and colour (both upper-cased;
 * an uncoloured group only the uncoloured ones), longest first, then by id, whatever order they are given in.
 * A group's plan is always one that cuts <em>every</em> offcut it was finally planned with: when the optimiser
 * leaves some of those offered unused, the group is planned again with only the ones it used, until it uses
 * all it is given (the offered set only shrinks, so this ends; usually after one or two runs). Hence planning
 * again with just the offcuts a plan cuts (what a release consumed) gives that same plan, bar for bar, even
 * though the optimiser's searches could in principle be steered by an offcut they end up not cutting.
 */
public final class CutListPlanner {
    private static final Comparator<ProfileCutPlan> BY_CODE_THEN_COLOUR = Comparator
            .comparing(ProfileCutPlan::materialCode)
            .thenComparing(ProfileCutPlan::colour, Comparator.nullsFirst(Comparator.naturalOrder()));

    private CutListPlanner() {
    }

    /**
     * The plan from new bars only, not released.
     *
     * @throws com.wqs.domain.shared.ValidationException when a piece is longer than a bar can give, naming it
     */
    public static CutList plan(List<WorkOrder> workOrders, CuttingSettings settings) {
        return plan(workOrders, settings, List.of(), null);
    }

    /**
     * The plan cutting the given stock offcuts (their state is not looked at: pass the AVAILABLE ones for a new
     * plan, those a release consumed to show a released one) before new bars; {@code release} is carried into
     * the cut list as is (null for a preview).
     *
     * @throws com.wqs.domain.shared.ValidationException when a piece is longer than a bar can give, naming it
     */
    public static CutList plan(List<WorkOrder> workOrders, CuttingSettings settings, List<Offcut> stock,
            CutListRelease release) {
        Objects.requireNonNull(stock, "stock");
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
                addLine(groups, order.number(), line, settings);
            }
        }
        List<ProfileCutPlan> profiles = new ArrayList<>();
        for (Group group : groups.values()) {
            GroupPlan plan = planGroup(group, stockFor(group, stock), settings);
            profiles.add(new ProfileCutPlan(group.usage.materialCode(), group.usage.materialName(),
                    group.usage.colour(), group.pricedBars, plan));
        }
        profiles.sort(BY_CODE_THEN_COLOUR);
        return new CutList(workOrders.stream().map(WorkOrder::number).toList(), settings, profiles, notPlanned,
                release);
    }

    /** The group's offcuts: same material code and colour, longest first, then by id. */
    private static List<StockOffcut> stockFor(Group group, List<Offcut> stock) {
        return stock.stream()
                .filter(o -> o.materialCode().equals(group.usage.materialCode())
                        && Objects.equals(o.colour(), group.usage.colour()))
                .sorted(Comparator.comparingInt(Offcut::lengthMm).reversed().thenComparingLong(Offcut::id))
                .map(Offcut::toStock)
                .toList();
    }

    /** The group's plan with a subset of {@code offered} that it cuts entirely (see the class comment). */
    private static GroupPlan planGroup(Group group, List<StockOffcut> offered, CuttingSettings settings) {
        // an offcut too short for every piece is never cut and cannot sway the search: leave it out at once
        // (no settings: the optimiser reports them missing)
        int shortest = settings == null ? 0
                : group.pieces.stream().mapToInt(settings::consumedMm).min().orElse(Integer.MAX_VALUE);
        List<StockOffcut> given = offered.stream().filter(o -> o.lengthMm() >= shortest).toList();
        while (true) {
            GroupPlan plan = CuttingOptimizer.plan(new CutGroup(group.usage.materialCode(), group.usage.colour(),
                    group.barLengthMm(), group.pieces, given), settings);
            Set<String> used = plan.bars().stream()
                    .filter(bar -> !bar.isNewBar())
                    .map(BarPlan::offcutId)
                    .collect(Collectors.toSet());
            if (used.size() == given.size()) {
                return plan;
            }
            given = given.stream().filter(o -> used.contains(o.id())).toList();
        }
    }

    private static void addLine(Map<String, Group> groups, String workOrder, PricedLine line,
            CuttingSettings settings) {
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
            List<CutPiece> cut = piece.fromFormula() ? parts(label, piece.lengthMm(), group.barLengthMm(), settings)
                    : List.of(new CutPiece(label, piece.lengthMm(), piece.startAngle(), piece.endAngle()));
            for (int i = 0; i < piece.count() * windows; i++) {
                group.pieces.addAll(cut);
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

    /**
     * A formula line's length (what the window needs in all, e.g. a perimeter) as square pieces: one piece when a
     * new bar can give it, else the fewest equal parts ({@code … (part 1 of 2)}) that each fit a new bar. Pieces
     * given as pieces are never split: one longer than a bar stops the plan.
     */
    private static List<CutPiece> parts(String label, int lengthMm, int barLengthMm, CuttingSettings settings) {
        int room = settings == null ? 0 : settings.usableMm(barLengthMm) - settings.kerfMm();
        if (room <= 0 || lengthMm <= room) {
            return List.of(CutPiece.square(label, lengthMm));
        }
        int count = (lengthMm + room - 1) / room;
        int part = (lengthMm + count - 1) / count;
        List<CutPiece> parts = new ArrayList<>();
        for (int k = 1; k <= count; k++) {
            parts.add(CutPiece.square(label + " (part " + k + " of " + count + ")", part));
        }
        return parts;
    }

    private static String position(int lineIndex, String place) {
        return place == null ? "L" + (lineIndex + 1) : GlassPane.position(lineIndex, place);
    }

    private static String key(ProfilePiece piece) {
        return MaterialUsage.key(piece.materialCode(), piece.colour());
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
