package com.wqs.domain.cutting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A local search that tries to empty new bars, after Falkenauer and Levine and Ducatelle: take the pieces off
 * the least-filled new bar (or two, or three), then, bar after bar (offcuts included), swap up to two of its
 * pieces for up to two of the free pieces whenever that fills the bar more, so the free pieces get shorter and
 * the bars fuller; put what is still free on new bars, first fit. A round is kept when it needs fewer new bars,
 * or as many with fuller bars (Σ fill² grows), so the search cannot cycle; it stops at {@code target} new
 * bars, after {@code maxRounds} rounds or when no round is kept.
 */
final class SwapImprover {
    private static final int MOST_BARS_EMPTIED = 3;

    private final int[] sizes;
    private final int newBarCapacity;

    SwapImprover(int[] sizes, int newBarCapacity) {
        this.sizes = sizes;
        this.newBarCapacity = newBarCapacity;
    }

    List<Bin> improve(List<Bin> bins, int target, int maxRounds) {
        List<Bin> current = Bin.copyAll(bins);
        for (int round = 0; round < maxRounds && Bin.newBars(current) > target; round++) {
            List<Bin> kept = null;
            for (int emptied = 1; emptied <= MOST_BARS_EMPTIED && emptied <= Bin.newBars(current); emptied++) {
                List<Bin> trial = Bin.copyAll(current);
                List<Integer> free = empty(trial, emptied);
                swapIntoBars(trial, free);
                putOnNewBars(trial, free);
                if (better(trial, current)) {
                    kept = trial;
                    break;
                }
            }
            if (kept == null) {
                break;
            }
            current = kept;
        }
        return current;
    }

    private boolean better(List<Bin> trial, List<Bin> current) {
        int trialBars = Bin.newBars(trial);
        int currentBars = Bin.newBars(current);
        return trialBars < currentBars || trialBars == currentBars && fullness(trial) > fullness(current);
    }

    private static long fullness(List<Bin> bins) {
        long sum = 0;
        for (Bin bin : bins) {
            sum += (long) bin.fill * bin.fill;
        }
        return sum;
    }

    /** Takes the {@code count} least-filled new bars away (the later one on a tie) and returns their pieces. */
    private static List<Integer> empty(List<Bin> bins, int count) {
        List<Integer> free = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int least = -1;
            for (int b = 0; b < bins.size(); b++) {
                if (bins.get(b).isNewBar() && (least < 0 || bins.get(b).fill <= bins.get(least).fill)) {
                    least = b;
                }
            }
            free.addAll(bins.remove(least).items);
        }
        return free;
    }

    private void swapIntoBars(List<Bin> bins, List<Integer> free) {
        FreePieces pieces = new FreePieces(free);
        boolean moved = true;
        while (moved && !free.isEmpty()) {
            moved = false;
            for (Bin bin : bins) {
                if (free.isEmpty()) {
                    break;
                }
                if (pieces.improve(bin)) {
                    moved = true;
                }
            }
        }
    }

    /** Best fit into any bar with room, longest first; a new bar for a piece that fits nowhere. */
    private void putOnNewBars(List<Bin> bins, List<Integer> free) {
        free.sort(Comparator.naturalOrder());
        for (int type : free) {
            Bin best = null;
            for (Bin bin : bins) {
                if (bin.slack() >= sizes[type] && (best == null || bin.slack() < best.slack())) {
                    best = bin;
                }
            }
            if (best == null) {
                best = new Bin(newBarCapacity, -1);
                bins.add(best);
            }
            best.add(type, sizes);
        }
        free.clear();
    }

    /**
     * The free pieces and every choice of one or two of them, as longs sorted by Σ length: Σ length in the
     * bits from 40 up, then the first piece's position in {@code free}, then the second's ({@link #NO_PIECE}
     * for a single). Pairs are left out when there are many free pieces, to keep a round cheap.
     */
    private final class FreePieces {
        private static final int NO_PIECE = (1 << 20) - 1;
        private static final int MOST_FOR_PAIRS = 200;

        private final List<Integer> free;
        private long[] choices;

        FreePieces(List<Integer> free) {
            this.free = free;
            index();
        }

        /**
         * Makes the best swap on {@code bin}: out none, one or two of its pieces, in one or two free pieces, for
         * the largest gain in fill that still fits. Returns whether it swapped.
         */
        boolean improve(Bin bin) {
            int slack = bin.slack();
            int p = bin.items.size();
            int bestGain = 0;
            int bestFirst = -1;
            int bestSecond = -1;
            long bestIn = -1;
            for (int first = -1; first < p && bestGain < slack; first++) {
                for (int second = first; second < p && bestGain < slack; second++) {
                    if (first < 0 && second >= 0) {
                        break;
                    }
                    int out = (first < 0 ? 0 : sizes[bin.items.get(first)])
                            + (second == first ? 0 : sizes[bin.items.get(second)]);
                    long in = bestIn(out, out + slack);
                    if (in >= 0 && (int) (in >>> 40) - out > bestGain) {
                        bestGain = (int) (in >>> 40) - out;
                        bestFirst = first;
                        bestSecond = second == first ? -1 : second;
                        bestIn = in;
                    }
                }
            }
            if (bestIn < 0) {
                return false;
            }
            swap(bin, bestFirst, bestSecond, bestIn);
            return true;
        }

        /** The choice with the greatest Σ length in (above, atMost], or -1. */
        private long bestIn(int above, int atMost) {
            int at = Arrays.binarySearch(choices, ((long) atMost + 1) << 40);
            int last = (at >= 0 ? at : -at - 1) - 1;
            return last >= 0 && (int) (choices[last] >>> 40) > above ? choices[last] : -1;
        }

        private void swap(Bin bin, int first, int second, long in) {
            List<Integer> leaving = new ArrayList<>();
            if (second >= 0) {
                leaving.add(bin.removeAt(second, sizes));
            }
            if (first >= 0) {
                leaving.add(bin.removeAt(first, sizes));
            }
            int a = (int) (in >>> 20 & NO_PIECE);
            int b = (int) (in & NO_PIECE);
            if (b != NO_PIECE) {
                bin.add(free.remove(b), sizes);
            }
            bin.add(free.remove(a), sizes);
            free.addAll(leaving);
            index();
        }

        private void index() {
            int m = free.size();
            int pairs = m <= MOST_FOR_PAIRS ? m * (m - 1) / 2 : 0;
            choices = new long[m + pairs];
            int c = 0;
            for (int a = 0; a < m; a++) {
                choices[c++] = (long) sizes[free.get(a)] << 40 | (long) a << 20 | NO_PIECE;
                if (pairs > 0) {
                    for (int b = a + 1; b < m; b++) {
                        choices[c++] = (long) (sizes[free.get(a)] + sizes[free.get(b)]) << 40 | (long) a << 20 | b;
                    }
                }
            }
            Arrays.sort(choices);
        }
    }
}
