package com.wqs.domain.cutting;

import java.util.ArrayList;
import java.util.List;

/**
 * A depth-first search for the ways to fill one bar of {@code capacity} from the pieces still to cut, given as
 * lengths (longest first) with how many pieces remain of each. It tries the longest length first, with as many
 * pieces of it as fit, so its first fill is the greedy one; it prunes every branch whose pieces could not reach
 * the fill it needs (neither all of them together, nor as many of the longest as there is room for pieces),
 * and stops at a perfect fill or when it has visited its budget of nodes (so a search always ends, and the same
 * input always gives the same answer).
 */
final class SubsetSearch {
    private final int capacity;
    private final long budget;
    /** Lengths with pieces left, longest first, as indexes into the caller's arrays, and their counts. */
    private final int[] type;
    private final int[] size;
    private final int[] count;
    /** {@code suffix[j]}: Σ length × count of lengths j and shorter; {@code suffixCount[j]}: their pieces. */
    private final long[] suffix;
    private final long[] suffixCount;
    private long nodes;

    /** One way to fill the bar: its Σ length and how many pieces of which lengths (the caller's indexes). */
    record Fill(int mm, int[] types, int[] counts) {
        static final Fill NONE = new Fill(0, new int[0], new int[0]);

        /** Puts the fill's pieces on {@code bin}, taking them from {@code left}. */
        void placeOn(Bin bin, int[] sizes, int[] left) {
            for (int i = 0; i < types.length; i++) {
                for (int c = 0; c < counts[i]; c++) {
                    bin.add(types[i], sizes);
                }
                left[types[i]] -= counts[i];
            }
        }

        /** Gives the fill's pieces back to {@code left} (the undo of {@link #placeOn}, less the bin). */
        void giveBack(int[] left) {
            for (int i = 0; i < types.length; i++) {
                left[types[i]] += counts[i];
            }
        }
    }

    SubsetSearch(int[] sizes, int[] counts, int capacity, long budget) {
        this.capacity = capacity;
        this.budget = budget;
        int active = 0;
        for (int c : counts) {
            active += c > 0 ? 1 : 0;
        }
        type = new int[active];
        size = new int[active];
        count = new int[active];
        for (int t = 0, j = 0; t < sizes.length; t++) {
            if (counts[t] > 0) {
                type[j] = t;
                size[j] = sizes[t];
                count[j] = counts[t];
                j++;
            }
        }
        nodes = active;
        suffix = new long[active + 1];
        suffixCount = new long[active + 1];
        for (int j = active - 1; j >= 0; j--) {
            suffix[j] = suffix[j + 1] + (long) size[j] * count[j];
            suffixCount[j] = suffixCount[j + 1] + count[j];
        }
    }

    /** The nodes visited so far. */
    long nodes() {
        return nodes;
    }

    /** Whether the last search visited every node it had to (it did not run out of budget). */
    boolean complete() {
        return nodes < budget;
    }

    /** The fullest fill found (the least slack), {@link Fill#NONE} when no piece fits. */
    Fill fullest() {
        return fullest(capacity);
    }

    /** As {@link #fullest()}, but stops at the first fill of at least {@code enough} mm. */
    Fill fullest(int enough) {
        Fill[] best = {Fill.NONE};
        search(new Leaves() {
            @Override
            public long threshold() {
                return best[0].mm() + 1L;
            }

            @Override
            public boolean stop() {
                return best[0].mm() >= enough;
            }

            @Override
            public void visit(int fill, int[] take) {
                if (fill > best[0].mm()) {
                    best[0] = fillOf(fill, take);
                }
            }
        });
        return best[0];
    }

    /**
     * Up to {@code limit} maximal fills (no piece left out would still fit) of at least {@code minFill} mm,
     * fullest first; among equal fills the one found first.
     */
    List<Fill> maximalFills(int minFill, int limit) {
        List<Fill> kept = new ArrayList<>();
        search(new Leaves() {
            @Override
            public long threshold() {
                return kept.size() < limit ? minFill : kept.get(kept.size() - 1).mm() + 1L;
            }

            @Override
            public boolean stop() {
                return kept.size() == limit && kept.get(limit - 1).mm() == capacity;
            }

            @Override
            public void visit(int fill, int[] take) {
                if (fill < threshold() || !maximal(capacity - fill, take)) {
                    return;
                }
                int at = kept.size();
                while (at > 0 && kept.get(at - 1).mm() < fill) {
                    at--;
                }
                kept.add(at, fillOf(fill, take));
                if (kept.size() > limit) {
                    kept.remove(limit);
                }
            }
        });
        return kept;
    }

    /** How many maximal fills of at least {@code minFill} mm there are, counted up to {@code upTo}. */
    int countMaximalFills(int minFill, int upTo) {
        int[] found = {0};
        search(new Leaves() {
            @Override
            public long threshold() {
                return minFill;
            }

            @Override
            public boolean stop() {
                return found[0] >= upTo;
            }

            @Override
            public void visit(int fill, int[] take) {
                if (fill >= minFill && maximal(capacity - fill, take)) {
                    found[0]++;
                }
            }
        });
        return found[0];
    }

    /** What the search does with a complete choice and when it may stop. */
    private interface Leaves {
        /** The least fill still worth reaching: branches that cannot reach it are pruned. */
        long threshold();

        boolean stop();

        void visit(int fill, int[] take);
    }

    /**
     * Iterative, so that thousands of distinct lengths cannot overflow the stack. Level d holds a length index
     * {@code at[d]} and how many pieces of it are taken ({@code k[d]}, tried from the most that fit down to 0).
     */
    private void search(Leaves leaves) {
        int n = size.length;
        int[] at = new int[n];
        int[] k = new int[n];
        int[] capAt = new int[n];
        int[] fillAt = new int[n];
        int[] take = new int[n];
        int depth = 0;
        int next = 0;
        int cap = capacity;
        int fill = 0;
        while (true) {
            nodes++;
            int j = firstFitting(next, cap);
            if (j == n) {
                leaves.visit(fill, take);
            } else if (fill + Math.min(cap, suffix[j]) >= leaves.threshold() && nodes < budget && !leaves.stop()
                    && fill + reachable(j, cap) >= leaves.threshold()) {
                at[depth] = j;
                capAt[depth] = cap;
                fillAt[depth] = fill;
                k[depth] = Math.min(count[j], cap / size[j]);
                take[j] = k[depth];
                cap -= k[depth] * size[j];
                fill += k[depth] * size[j];
                next = j + 1;
                depth++;
                continue;
            }
            while (true) {
                if (depth == 0 || nodes >= budget || leaves.stop()) {
                    return;
                }
                int d = depth - 1;
                int t = at[d];
                if (k[d] == 0) {
                    depth--;
                    continue;
                }
                k[d]--;
                take[t] = k[d];
                cap = capAt[d] - k[d] * size[t];
                fill = fillAt[d] + k[d] * size[t];
                next = t + 1;
                break;
            }
        }
    }

    /** The first length index from {@code from} on that fits in {@code cap} (lengths are longest first). */
    private int firstFitting(int from, int cap) {
        int lo = from;
        int hi = size.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (size[mid] <= cap) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /**
     * At most how much lengths {@code j} and shorter can add to a bar with {@code cap} left: no more pieces fit
     * than the shortest ones do, and those pieces are at most the longest ones (a cardinality bound: it stops
     * a search for an exact fill from walking through every shorter length once the longest that fit fall
     * short).
     */
    private long reachable(int j, int cap) {
        long pieces = mostPiecesFitting(j, cap);
        // the last length t ≥ j such that lengths j to t - 1 have at most `pieces` pieces; then part of t
        int lo = j;
        int hi = size.length;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (suffixCount[j] - suffixCount[mid] <= pieces) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        long longest = suffix[j] - suffix[lo];
        if (lo < size.length) {
            longest += (pieces - (suffixCount[j] - suffixCount[lo])) * size[lo];
        }
        return Math.min(cap, longest);
    }

    /** How many of the shortest pieces of lengths {@code j} on fit together in {@code cap}. */
    private long mostPiecesFitting(int j, int cap) {
        // the first length p ≥ j from which all shorter pieces fit together (suffix falls as p grows)
        int lo = j;
        int hi = size.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (suffix[mid] <= cap) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        long pieces = suffixCount[lo];
        if (lo > j) {
            pieces += Math.min(count[lo - 1], (cap - suffix[lo]) / size[lo - 1]);
        }
        return pieces;
    }

    /** Whether no piece left out of {@code take} fits in the slack. */
    private boolean maximal(int slack, int[] take) {
        for (int j = size.length - 1; j >= 0; j--) {
            if (take[j] < count[j]) {
                return size[j] > slack;
            }
        }
        return true;
    }

    private Fill fillOf(int fill, int[] take) {
        int used = 0;
        for (int c : take) {
            used += c > 0 ? 1 : 0;
        }
        int[] types = new int[used];
        int[] counts = new int[used];
        for (int j = 0, u = 0; j < take.length; j++) {
            if (take[j] > 0) {
                types[u] = type[j];
                counts[u] = take[j];
                u++;
            }
        }
        return new Fill(fill, types, counts);
    }
}
