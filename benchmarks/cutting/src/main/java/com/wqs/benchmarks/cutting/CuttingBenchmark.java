package com.wqs.benchmarks.cutting;

import com.wqs.domain.cutting.CutGroup;
import com.wqs.domain.cutting.CuttingOptimizer;
import com.wqs.domain.cutting.CuttingSettings;
import com.wqs.domain.cutting.GroupPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The cutting optimiser on one thread: {@link CuttingOptimizer#plan(List, CuttingSettings)} over the pieces of
 * a batch of work orders ({@link WindowPieces}), kerf 4 mm, trim 10 mm, no mitre allowance, in three sizes:
 * 1,000 pieces over 20 profile and colour groups, 10,000 over 20, and 10,000 in one group. Each size is planned
 * {@code warm-ups} times untimed (at least once: the plan the others must equal), then {@code runs} times
 * timed (wall clock); every plan must equal the first (the optimiser is deterministic). Besides the times it reports what the plans cost in material: new bars
 * against Σ of the groups' lower bounds, and waste %.
 *
 * <p>Usage: {@code CuttingBenchmark WARMUPS RUNS OUT.json}; {@code benchmarks/cutting.sh} runs it and turns
 * the JSON into the report's rows.
 */
public final class CuttingBenchmark {
    private static final long SEED = 20_261_207L;
    private static final CuttingSettings SAW = new CuttingSettings(4, 10, 0, 500);

    /** A size to plan and the most its median may take. */
    private record Case(String name, int pieces, int groups, double goalSeconds) {
    }

    private static final List<Case> CASES = List.of(
            new Case("1k-20", 1_000, 20, 1),
            new Case("10k-20", 10_000, 20, 10),
            new Case("10k-1", 10_000, 1, 10));

    private CuttingBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: CuttingBenchmark WARMUPS RUNS OUT.json");
            System.exit(2);
        }
        int warmups = Integer.parseInt(args[0]);
        int runs = Integer.parseInt(args[1]);
        List<String> results = new ArrayList<>();
        for (Case c : CASES) {
            results.add(measure(c, warmups, runs));
        }
        Files.writeString(Path.of(args[2]), "[\n" + String.join(",\n", results) + "\n]\n");
    }

    private static String measure(Case c, int warmups, int runs) {
        List<CutGroup> groups = WindowPieces.generate(c.pieces(), c.groups(), SEED);
        List<GroupPlan> first = CuttingOptimizer.plan(groups, SAW);
        for (int w = 1; w < warmups; w++) {
            same(first, CuttingOptimizer.plan(groups, SAW), c);
        }
        double[] seconds = new double[runs];
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            List<GroupPlan> plans = CuttingOptimizer.plan(groups, SAW);
            seconds[r] = (System.nanoTime() - start) / 1e9;
            same(first, plans, c);
        }
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        double median = runs % 2 == 1 ? sorted[runs / 2] : (sorted[runs / 2 - 1] + sorted[runs / 2]) / 2;
        int pieces = groups.stream().mapToInt(g -> g.pieces().size()).sum();
        int bars = first.stream().mapToInt(GroupPlan::newBars).sum();
        int lowerBounds = first.stream().mapToInt(GroupPlan::lowerBound).sum();
        int groupsAtBound = (int) first.stream().filter(p -> p.newBars() == p.lowerBound()).count();
        long material = first.stream().mapToLong(GroupPlan::materialMm).sum();
        long waste = first.stream().mapToLong(GroupPlan::wasteMm).sum();
        long kept = first.stream().mapToLong(GroupPlan::keptMm).sum();
        System.err.printf(Locale.ROOT, "%-7s %5d pieces, %2d group(s): median %.3f s (min %.3f, max %.3f), %d new bars"
                + " / %d lower bound = %.4f, waste %.2f %%%n", c.name(), pieces, groups.size(), median, sorted[0],
                sorted[runs - 1], bars, lowerBounds, (double) bars / lowerBounds, 100.0 * waste / material);
        return String.format(Locale.ROOT, "  {\"case\": \"%s\", \"pieces\": %d, \"groups\": %d, \"goalSeconds\": %s,"
                + " \"warmups\": %d, \"seconds\": [%s], \"medianSeconds\": %.6f, \"newBars\": %d, \"lowerBounds\": %d,"
                + " \"groupsAtBound\": %d, \"materialMm\": %d, \"wasteMm\": %d, \"keptMm\": %d}",
                c.name(), pieces, groups.size(), c.goalSeconds(), warmups,
                Arrays.stream(seconds).mapToObj(s -> String.format(Locale.ROOT, "%.6f", s))
                        .collect(Collectors.joining(", ")),
                median, bars, lowerBounds, groupsAtBound, material, waste, kept);
    }

    private static void same(List<GroupPlan> expected, List<GroupPlan> actual, Case c) {
        if (!expected.equals(actual)) {
            throw new IllegalStateException("case " + c.name() + ": the same pieces planned differently");
        }
    }
}
