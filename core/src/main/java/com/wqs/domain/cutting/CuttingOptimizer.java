package com.wqs.domain.cutting;

import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.ValidationException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Plans how to cut the pieces of each profile and colour from offcuts in stock and new bars (one-dimensional
 * cutting stock), in integer mm: as few new bars as it can find first, then the offcuts as full as it can.
 *
 * <p>How: pieces are grouped by consumed length; offcuts are filled first, longest offcut first, each with the
 * pieces that leave it the least slack; new bars are built by Minimum Bin Slack (Fleszar and Hindi's MBS′:
 * the longest piece left plus the pieces that fill the bar best, found by a bounded depth-first search); while
 * the new bars exceed Martello and Toth's lower bound, a swap local search tries to empty the least-filled bars,
 * then, for one bar less at a time, a short bounded branch and bound (bin completion) and, if it neither finds
 * nor rules out such a plan, a local search that exchanges exact (tight) fills against a pool of left-over
 * pieces ({@link FillExchangeSearch}). Every search has a node or work budget rather than a time limit, and the
 * exchange search's pseudo-random choices are seeded from its input, so the same input always gives the same
 * plan. Ties are broken by consumed length, then length, then label, then the piece's place in the input.
 *
 * <p>A piece longer than a new bar's usable length is refused, even if an offcut in stock could hold it.
 */
public final class CuttingOptimizer {

    private CuttingOptimizer() {
    }

    /**
     * The plan of one group. Throws a {@link ValidationException} for bad settings (fields {@code kerfMm},
     * {@code trimMm}, …), a bar too short for its trims ({@code barLengthMm}) or a piece that does not fit on a
     * new bar ({@code pieces[i]}, with the piece's label, its length and the usable length in the message; one
     * error for equal copies of a piece, at the first, saying how many there are).
     */
    public static GroupPlan plan(CutGroup group, CuttingSettings settings) {
        Objects.requireNonNull(group, "group");
        List<FieldError> errors = checkSettings(settings);
        if (errors.isEmpty()) {
            errors.addAll(checkFits(group, settings));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return planChecked(group, settings);
    }

    /**
     * The plans of several groups, in their order. Errors are those of {@link #plan(CutGroup, CuttingSettings)},
     * for all groups at once, with the group's fields prefixed by {@code groups[g].}.
     */
    public static List<GroupPlan> plan(List<CutGroup> groups, CuttingSettings settings) {
        Objects.requireNonNull(groups, "groups");
        List<FieldError> errors = checkSettings(settings);
        if (errors.isEmpty()) {
            for (int g = 0; g < groups.size(); g++) {
                String prefix = "groups[" + g + "]";
                if (groups.get(g) == null) {
                    errors.add(new FieldError(prefix, "is required"));
                    continue;
                }
                checkFits(groups.get(g), settings)
                        .forEach(e -> errors.add(new FieldError(prefix + "." + e.field(), e.message())));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return groups.stream().map(group -> planChecked(group, settings)).toList();
    }

    private static List<FieldError> checkSettings(CuttingSettings settings) {
        if (settings == null) {
            return new ArrayList<>(List.of(new FieldError("settings", "is required")));
        }
        return new ArrayList<>(settings.check(""));
    }

    private static List<FieldError> checkFits(CutGroup group, CuttingSettings settings) {
        int usable = settings.usableMm(group.barLengthMm());
        if (usable <= 0) {
            return List.of(new FieldError("barLengthMm", "a " + group.barLengthMm() + " mm bar is not longer than"
                    + " the trim at both ends (2 × " + settings.trimMm() + " mm)"));
        }
        // one error per distinct piece (the first of equal copies), with how many copies there are
        Map<CutPiece, Integer> firstIndex = new LinkedHashMap<>();
        Map<CutPiece, Integer> copies = new HashMap<>();
        for (int i = 0; i < group.pieces().size(); i++) {
            CutPiece piece = group.pieces().get(i);
            if (settings.consumedMm(piece) > usable) {
                firstIndex.putIfAbsent(piece, i);
                copies.merge(piece, 1, Integer::sum);
            }
        }
        List<FieldError> errors = new ArrayList<>();
        firstIndex.forEach((piece, i) -> errors.add(new FieldError("pieces[" + i + "]", "'" + piece.label() + "'"
                + (copies.get(piece) > 1 ? " (" + copies.get(piece) + " pieces)" : "") + " is " + piece.lengthMm()
                + " mm (" + settings.consumedMm(piece) + " mm with kerf and mitre allowance) but a "
                + group.barLengthMm() + " mm bar has only " + usable + " mm usable after the trim of "
                + settings.trimMm() + " mm at each end")));
        return errors;
    }

    private static GroupPlan planChecked(CutGroup group, CuttingSettings settings) {
        List<CutPiece> pieces = group.pieces();
        int usable = settings.usableMm(group.barLengthMm());
        int[] order = IntStream.range(0, pieces.size()).boxed()
                .sorted(Comparator.comparingInt((Integer i) -> -settings.consumedMm(pieces.get(i)))
                        .thenComparingInt(i -> -pieces.get(i).lengthMm())
                        .thenComparing(i -> pieces.get(i).label())
                        .thenComparingInt(i -> i))
                .mapToInt(Integer::intValue)
                .toArray();
        int[] sizes = IntStream.of(order).map(i -> settings.consumedMm(pieces.get(i))).toArray();
        int[] offcutLengths = group.offcuts().stream().mapToInt(StockOffcut::lengthMm).toArray();
        List<BarPlan> bars = new ArrayList<>();
        for (BarPacker.Packed packed : BarPacker.pack(sizes, usable, offcutLengths)) {
            StockOffcut offcut = packed.offcut() < 0 ? null : group.offcuts().get(packed.offcut());
            int start = 0;
            int capacity = offcut == null ? usable : offcut.lengthMm();
            List<Cut> cuts = new ArrayList<>();
            for (int k : packed.pieces()) {
                cuts.add(new Cut(pieces.get(order[k]), start));
                start += sizes[k];
            }
            int remainder = capacity - IntStream.of(packed.pieces()).map(k -> sizes[k]).sum();
            bars.add(new BarPlan(bars.size() + 1, offcut == null ? BarPlan.Source.NEW_BAR : BarPlan.Source.OFFCUT,
                    offcut == null ? null : offcut.id(), offcut == null ? group.barLengthMm() : offcut.lengthMm(),
                    cuts, remainder, settings.keeps(remainder)));
        }
        long consumed = IntStream.of(sizes).asLongStream().sum();
        return new GroupPlan(group.materialCode(), group.colour(), group.barLengthMm(), bars,
                PackingBounds.volume(consumed, usable));
    }
}
