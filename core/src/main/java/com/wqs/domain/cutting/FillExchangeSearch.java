package com.wqs.domain.cutting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A local search that tries to fit the new bars' pieces on {@code target} bars, one fewer than the plan has. It
 * is built for the case where that leaves almost no slack, so nearly every bar has to be filled to the
 * millimetre (Falkenauer's triplets, where every bar of the optimum is filled exactly).
 *
 * <p><b>Tight fills.</b> With {@code target} bars the whole plan can leave target × capacity − Σ pieces of
 * slack (the <em>affordable slack</em>), so no single bar can leave more than that. A <em>tight fill</em> is a
 * maximal set of pieces that leaves no more than that, and the search builds bars from tight fills only. They
 * are looked up per length when first needed: {@link SubsetSearch} finds the fullest {@value #FILLS_PER_LENGTH}
 * for a bar that holds one piece of that length, and they are kept. On a triplet instance the affordable slack
 * is 0, a piece has only a handful of tight fills, and a plan is an exact cover of the pieces by them. Moving
 * whole fills rather than single pieces keeps every bar full, so the search does not get lost among bars that
 * are each a few millimetres short.
 *
 * <p><b>State and moves.</b> The state is a set of bars, each a tight fill, at most {@code target} of them,
 * plus a pool of the pieces that are on no bar. It starts with the given plan's tight bars, fullest first, all
 * but one at most. A move puts a tight fill that holds a pooled piece on a new bar. Its other pieces come from
 * the pool, or, where the pool lacks them, from bars that are broken up for it (the rest of their pieces go to
 * the pool). If the fill is made only of pooled pieces the state gains a bar. If it breaks one bar, the bar
 * count stays the same (a sideways move). It may also break more than one.
 *
 * <p><b>Choice: a weighted pool (breakout).</b> Each iteration looks at the tight fills of
 * {@value #LENGTHS_PER_ITERATION} pooled lengths, picked at random. It rates every move by how much it changes
 * the pool's <em>weight</em> (the sum, over the pooled pieces, of their length's weight) and makes the best
 * one, with ties broken by a pseudo-random choice. Weights start at the lengths in mm, so at first the search
 * simply moves pooled pieces onto bars. At every local minimum (no move makes the pool lighter), every length
 * in the pool gets heavier by {@link #bump}, as in Morris' breakout method and the clause weighting of SAT
 * local search. A piece that keeps being left over becomes costly to leave over, so the sideways moves rotate
 * through the pieces instead of going round the same few. For a short tabu a bar just broken up is not
 * rebuilt, unless rebuilding it would leave fewer mm in the pool than ever before.
 *
 * <p><b>End and budget.</b> The search has succeeded as soon as the pool fits, first-fit decreasing, on the
 * bars still free (straight away if the pool is empty). It gives up once its budget of work units is spent.
 * A work unit is one per iteration, per move rated, per piece length and bar it looks at, and per node of the
 * fill searches. There is no time limit. When the affordable slack is a whole bar or more, every maximal fill
 * is tight and the fills give the search nothing to work with: such a target is either reached within a few
 * moves or not reached at all, so the search gets 1/{@value #LOOSE_BUDGET_SHARE} of the budget for it.
 * The pseudo-random choices are seeded from a hash of the lengths, their counts and the target, so the same
 * pieces always give the same bars.
 */
final class FillExchangeSearch {
    /** How many tight fills are kept per length (the fullest). */
    static final int FILLS_PER_LENGTH = 64;
    /** The most nodes the fill search of one length may take. */
    private static final long NODES_PER_LENGTH = 20_000;
    /** How many pooled lengths have their fills rated per iteration. */
    static final int LENGTHS_PER_ITERATION = 3;
    /** A bar broken up is not rebuilt for this many iterations, plus up to {@link #TABU_SPAN} more at random. */
    private static final int TABU_TENURE = 2;
    private static final int TABU_SPAN = 2;
    /** How many of the bars holding a length it looks at when it has to break one for a piece of that length. */
    private static final int BARS_LOOKED_AT = 8;
    /** The share of the budget given when the affordable slack is at least a bar. */
    static final int LOOSE_BUDGET_SHARE = 64;

    private final int[] sizes;
    private final int[] totals;
    private final int capacity;
    private final int target;
    private final long tightSlack;
    private final long bump;
    private final SplittableRandom random;

    /** The fills met so far, by id: their distinct lengths (indexes into {@code sizes}), how many of each, Σ mm. */
    private int[][] fillTypes = new int[64][];
    private int[][] fillCounts = new int[64][];
    private int[] fillMm = new int[64];
    private int[] fillPieces = new int[64];
    private long[] fillTabuUntil = new long[64];
    private int fills;
    private final Map<List<Integer>, Integer> fillIds = new HashMap<>();
    /** Per length, the ids of its tight fills, once looked for. */
    private final int[][] fillsWith;

    /** Bars by slot: the fill on it ({@code -1}: a free slot) and the Σ weight of its pieces. */
    private int[] barFill = new int[64];
    private long[] barWeight = new long[64];
    private int slots;
    private int bars;
    /** Per length, the slots of the bars holding it. */
    private final int[][] barsWith;
    private final int[] barsWithCount;
    /** Scratch for rating a move: the bars it breaks (marked by {@link #stamp}), the pieces they free per length. */
    private int[] brokenStamp = new int[64];
    private int stamp;
    private final int[] supplied;

    /** Pieces of each length in the pool, the lengths present (a set with positions) and the pool's Σ mm. */
    private final int[] poolCount;
    private final int[] poolLengths;
    private final int[] poolPosition;
    private int poolLengthCount;
    private long poolMm;
    private long leastPoolMm;
    private final long[] weight;

    /** Scratch for the first-fit check. */
    private long[] room = new long[2];
    private int[] longestFirst = new int[0];

    private long iteration;
    private long work;

    private FillExchangeSearch(int[] sizes, int[] totals, int capacity, int target, long tightSlack) {
        this.sizes = sizes;
        this.totals = totals;
        this.capacity = capacity;
        this.target = target;
        this.tightSlack = tightSlack;
        this.bump = Math.max(1, capacity / 256);
        int n = sizes.length;
        fillsWith = new int[n][];
        barsWith = new int[n][];
        barsWithCount = new int[n];
        supplied = new int[n];
        poolCount = new int[n];
        poolLengths = new int[n];
        poolPosition = new int[n];
        Arrays.fill(poolPosition, -1);
        weight = new long[n];
        for (int t = 0; t < n; t++) {
            barsWith[t] = new int[4];
            weight[t] = sizes[t];
            addToPool(t, totals[t]);
        }
        random = new SplittableRandom(Arrays.hashCode(sizes) * 31L + Arrays.hashCode(totals) + target);
    }

    /**
     * The pieces of {@code newBars} (lengths longest first, as indexes into {@code sizes}) on at most
     * {@code target} new bars, or null when none was found within {@code budget} work units.
     */
    static List<Bin> pack(int[] sizes, List<Bin> newBars, int capacity, int target, long budget) {
        int[] totals = new int[sizes.length];
        long total = 0;
        for (Bin bar : newBars) {
            bar.items.forEach(type -> totals[type]++);
            total += bar.fill;
        }
        long affordable = (long) target * capacity - total;
        if (target < 1 || affordable < 0) {
            return null;
        }
        FillExchangeSearch search = new FillExchangeSearch(sizes, totals, capacity, target,
                Math.min(affordable, capacity));
        List<Bin> fullestFirst = new ArrayList<>(newBars);
        fullestFirst.sort((a, b) -> Integer.compare(b.fill, a.fill));
        for (Bin bar : fullestFirst) {
            if (search.bars < target - 1 && bar.slack() <= affordable) {
                search.addBar(search.fillId(bar.items.stream().mapToInt(Integer::intValue).sorted().toArray()));
            }
        }
        return search.run(affordable < capacity ? budget : budget / LOOSE_BUDGET_SHARE);
    }

    private List<Bin> run(long budget) {
        leastPoolMm = poolMm;
        int[] broken = new int[16];
        int[] bestBroken = new int[16];
        while (work < budget) {
            List<Bin> done = finished();
            if (done != null) {
                return done;
            }
            iteration++;
            work++;
            long bestDelta = Long.MAX_VALUE;
            int bestFill = -1;
            int bestBrokenCount = 0;
            int ties = 0;
            int lengths = Math.min(LENGTHS_PER_ITERATION, poolLengthCount);
            for (int p = 0; p < lengths; p++) {
                swapPoolLengths(p, p + random.nextInt(poolLengthCount - p));
                for (int fill : fillsWith(poolLengths[p])) {
                    work++;
                    if (broken.length < fillPieces[fill]) {
                        broken = new int[fillPieces[fill]];
                        bestBroken = new int[broken.length];
                    }
                    int count = barsBrokenBy(fill, broken);
                    if (count < 0 || bars - count + 1 > target) {
                        continue;
                    }
                    long mm = -fillMm[fill];
                    long delta = -weightOf(fill);
                    for (int i = 0; i < count; i++) {
                        mm += fillMm[barFill[broken[i]]];
                        delta += barWeight[broken[i]];
                    }
                    if (fillTabuUntil[fill] > iteration && poolMm + mm >= leastPoolMm) {
                        continue;
                    }
                    if (delta < bestDelta) {
                        bestDelta = delta;
                        ties = 1;
                    } else if (delta > bestDelta || random.nextInt(++ties) != 0) {
                        continue;
                    }
                    bestFill = fill;
                    bestBrokenCount = count;
                    System.arraycopy(broken, 0, bestBroken, 0, count);
                }
            }
            if (bestFill < 0) {
                continue; // every move is tabu: wait for the tabu to run out
            }
            if (bestDelta >= 0) {
                raisePoolWeights();
            }
            for (int i = 0; i < bestBrokenCount; i++) {
                removeBar(bestBroken[i]);
            }
            addBar(bestFill);
            leastPoolMm = Math.min(leastPoolMm, poolMm);
        }
        return null;
    }

    /**
     * The bars {@code fill} must break up to get the pieces the pool lacks, written into {@code broken}, and how
     * many there are; -1 when there are not enough bars to break. For each piece the pool lacks it first uses the
     * bars it is breaking already, then breaks the lightest bar that holds the length.
     */
    private int barsBrokenBy(int fill, int[] broken) {
        stamp++;
        int count = 0;
        boolean found = true;
        int[] types = fillTypes[fill];
        int[] counts = fillCounts[fill];
        work += 2L * types.length;
        for (int i = 0; i < types.length && found; i++) {
            int type = types[i];
            int need = counts[i] - poolCount[type] - supplied[type];
            while (need > 0) {
                int chosen = -1;
                int[] with = barsWith[type];
                for (int w = 0, looked = 0; w < barsWithCount[type] && looked < BARS_LOOKED_AT; w++) {
                    int bar = with[w];
                    work++;
                    if (brokenStamp[bar] != stamp) {
                        looked++;
                        if (chosen < 0 || barWeight[bar] < barWeight[chosen]) {
                            chosen = bar;
                        }
                    }
                }
                if (chosen < 0) {
                    found = false;
                    break;
                }
                broken[count++] = chosen;
                brokenStamp[chosen] = stamp;
                int before = supplied[type];
                supply(barFill[chosen], 1);
                need -= supplied[type] - before;
            }
        }
        for (int b = 0; b < count; b++) {
            supply(barFill[broken[b]], -1);
        }
        return found ? count : -1;
    }

    /** Counts a broken bar's pieces as free for the fill being rated ({@code sign} -1 takes that back). */
    private void supply(int fill, int sign) {
        int[] types = fillTypes[fill];
        for (int i = 0; i < types.length; i++) {
            supplied[types[i]] += sign * fillCounts[fill][i];
        }
        work += types.length;
    }

    /** Every bar, if the pool fits on the bars still free (first-fit decreasing); otherwise null. */
    private List<Bin> finished() {
        int free = target - bars;
        if (poolMm > (long) free * capacity || !fitsFirstFit(free)) {
            return null;
        }
        List<Bin> result = new ArrayList<>();
        for (int slot = 0; slot < slots; slot++) {
            int fill = barFill[slot];
            if (fill >= 0) {
                Bin bar = new Bin(capacity, -1);
                for (int i = 0; i < fillTypes[fill].length; i++) {
                    for (int c = 0; c < fillCounts[fill][i]; c++) {
                        bar.add(fillTypes[fill][i], sizes);
                    }
                }
                result.add(bar);
            }
        }
        result.addAll(NewBarPacking.firstFitDecreasing(sizes, poolCount, capacity));
        return result;
    }

    /** Whether first-fit decreasing puts the pool on {@code free} bars (the pool is known to weigh no more). */
    private boolean fitsFirstFit(int free) {
        if (free <= 1 || poolMm == 0) {
            return free >= 1 || poolMm == 0;
        }
        if (room.length < free) {
            room = new long[free];
        }
        Arrays.fill(room, 0, free, capacity);
        if (longestFirst.length < poolLengthCount) {
            longestFirst = new int[sizes.length];
        }
        System.arraycopy(poolLengths, 0, longestFirst, 0, poolLengthCount);
        Arrays.sort(longestFirst, 0, poolLengthCount);
        work += poolLengthCount;
        for (int i = 0; i < poolLengthCount; i++) {
            int type = longestFirst[i];
            for (int c = 0; c < poolCount[type]; c++) {
                int bar = 0;
                while (bar < free && room[bar] < sizes[type]) {
                    bar++;
                }
                if (bar == free) {
                    return false;
                }
                room[bar] -= sizes[type];
            }
        }
        return true;
    }

    /** The tight fills of a bar holding one piece of length {@code type}, looked for once. */
    private int[] fillsWith(int type) {
        if (fillsWith[type] == null) {
            int[] others = totals.clone();
            others[type]--;
            int room = capacity - sizes[type];
            SubsetSearch search = new SubsetSearch(sizes, others, room, NODES_PER_LENGTH);
            List<SubsetSearch.Fill> found = search.maximalFills((int) Math.max(0, room - tightSlack),
                    FILLS_PER_LENGTH);
            work += search.nodes();
            int[] ids = new int[found.size()];
            for (int f = 0; f < ids.length; f++) {
                SubsetSearch.Fill fill = found.get(f);
                int[] lengths = new int[1 + Arrays.stream(fill.counts()).sum()];
                lengths[0] = type;
                for (int i = 0, at = 1; i < fill.types().length; i++) {
                    for (int c = 0; c < fill.counts()[i]; c++) {
                        lengths[at++] = fill.types()[i];
                    }
                }
                Arrays.sort(lengths);
                ids[f] = fillId(lengths);
            }
            fillsWith[type] = ids;
        }
        return fillsWith[type];
    }

    /** The id of the fill of these lengths (sorted, with repeats), registered if it is new. */
    private int fillId(int[] lengths) {
        List<Integer> key = Arrays.stream(lengths).boxed().toList();
        Integer known = fillIds.get(key);
        if (known != null) {
            return known;
        }
        if (fills == fillMm.length) {
            fillTypes = Arrays.copyOf(fillTypes, fills * 2);
            fillCounts = Arrays.copyOf(fillCounts, fills * 2);
            fillMm = Arrays.copyOf(fillMm, fills * 2);
            fillPieces = Arrays.copyOf(fillPieces, fills * 2);
            fillTabuUntil = Arrays.copyOf(fillTabuUntil, fills * 2);
        }
        int distinct = (int) Arrays.stream(lengths).distinct().count();
        int[] types = new int[distinct];
        int[] counts = new int[distinct];
        int mm = 0;
        for (int i = 0, d = -1; i < lengths.length; i++) {
            if (i == 0 || lengths[i] != lengths[i - 1]) {
                types[++d] = lengths[i];
            }
            counts[d]++;
            mm += sizes[lengths[i]];
        }
        fillTypes[fills] = types;
        fillCounts[fills] = counts;
        fillMm[fills] = mm;
        fillPieces[fills] = lengths.length;
        fillIds.put(key, fills);
        return fills++;
    }

    /** The breakout step: every length in the pool weighs {@link #bump} more, on the bars holding it too. */
    private void raisePoolWeights() {
        for (int p = 0; p < poolLengthCount; p++) {
            int type = poolLengths[p];
            weight[type] += bump;
            for (int w = 0; w < barsWithCount[type]; w++) {
                int bar = barsWith[type][w];
                barWeight[bar] += bump * countOf(barFill[bar], type);
            }
            work += 1 + barsWithCount[type];
        }
    }

    private long weightOf(int fill) {
        long sum = 0;
        for (int i = 0; i < fillTypes[fill].length; i++) {
            sum += weight[fillTypes[fill][i]] * fillCounts[fill][i];
        }
        return sum;
    }

    private int countOf(int fill, int type) {
        for (int i = 0; i < fillTypes[fill].length; i++) {
            if (fillTypes[fill][i] == type) {
                return fillCounts[fill][i];
            }
        }
        return 0;
    }

    private void addBar(int fill) {
        int slot = 0;
        while (slot < slots && barFill[slot] >= 0) {
            slot++;
        }
        if (slot == slots) {
            if (slots == barFill.length) {
                barFill = Arrays.copyOf(barFill, slots * 2);
                barWeight = Arrays.copyOf(barWeight, slots * 2);
                brokenStamp = Arrays.copyOf(brokenStamp, slots * 2);
            }
            slots++;
        }
        work += slot;
        barFill[slot] = fill;
        barWeight[slot] = weightOf(fill);
        bars++;
        for (int i = 0; i < fillTypes[fill].length; i++) {
            int type = fillTypes[fill][i];
            addToPool(type, -fillCounts[fill][i]);
            if (barsWithCount[type] == barsWith[type].length) {
                barsWith[type] = Arrays.copyOf(barsWith[type], barsWithCount[type] * 2);
            }
            barsWith[type][barsWithCount[type]++] = slot;
        }
    }

    private void removeBar(int slot) {
        int fill = barFill[slot];
        for (int i = 0; i < fillTypes[fill].length; i++) {
            int type = fillTypes[fill][i];
            addToPool(type, fillCounts[fill][i]);
            int[] with = barsWith[type];
            int at = 0;
            while (with[at] != slot) {
                at++;
            }
            with[at] = with[--barsWithCount[type]];
            work += at;
        }
        barFill[slot] = -1;
        bars--;
        fillTabuUntil[fill] = iteration + TABU_TENURE + random.nextInt(TABU_SPAN + 1);
    }

    /** Adds {@code pieces} of length {@code type} to the pool (takes them out when negative). */
    private void addToPool(int type, int pieces) {
        boolean was = poolCount[type] > 0;
        poolCount[type] += pieces;
        poolMm += (long) sizes[type] * pieces;
        boolean is = poolCount[type] > 0;
        if (is && !was) {
            poolPosition[type] = poolLengthCount;
            poolLengths[poolLengthCount++] = type;
        } else if (was && !is) {
            int position = poolPosition[type];
            swapPoolLengths(position, poolLengthCount - 1);
            poolLengthCount--;
            poolPosition[type] = -1;
        }
    }

    private void swapPoolLengths(int i, int j) {
        int a = poolLengths[i];
        int b = poolLengths[j];
        poolLengths[i] = b;
        poolPosition[b] = i;
        poolLengths[j] = a;
        poolPosition[a] = j;
    }
}
