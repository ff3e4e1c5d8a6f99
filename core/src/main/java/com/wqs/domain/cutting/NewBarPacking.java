package com.wqs.domain.cutting;

import java.util.ArrayList;
import java.util.List;

/**
 * The two ways new bars are first filled, over lengths longest first with their counts: Minimum Bin Slack and
 * First-Fit Decreasing. Neither changes the caller's counts.
 */
final class NewBarPacking {
    private NewBarPacking() {
    }

    /**
     * Minimum Bin Slack as Fleszar and Hindi's MBS′: bar after bar, put the longest piece left on it, then
     * search ({@link SubsetSearch}, {@code nodesPerBar} nodes at most) for the pieces that leave the least
     * slack with it.
     */
    static List<Bin> minimumBinSlack(int[] sizes, int[] counts, int capacity, long nodesPerBar) {
        int[] left = counts.clone();
        List<Bin> bars = new ArrayList<>();
        for (int longest = firstLeft(left, 0); longest < left.length; longest = firstLeft(left, longest)) {
            Bin bar = new Bin(capacity, -1);
            bar.add(longest, sizes);
            left[longest]--;
            new SubsetSearch(sizes, left, capacity - sizes[longest], nodesPerBar).fullest().placeOn(bar, sizes, left);
            bars.add(bar);
        }
        return bars;
    }

    /** First-Fit Decreasing: each piece, longest first, on the first bar it fits on, else on a new bar. */
    static List<Bin> firstFitDecreasing(int[] sizes, int[] counts, int capacity) {
        List<Bin> bars = new ArrayList<>();
        for (int t = 0; t < sizes.length; t++) {
            int placedFrom = 0;
            for (int c = 0; c < counts[t]; c++) {
                while (placedFrom < bars.size() && bars.get(placedFrom).slack() < sizes[t]) {
                    placedFrom++;
                }
                if (placedFrom == bars.size()) {
                    bars.add(new Bin(capacity, -1));
                }
                bars.get(placedFrom).add(t, sizes);
            }
        }
        return bars;
    }

    private static int firstLeft(int[] left, int from) {
        int t = from;
        while (t < left.length && left[t] == 0) {
            t++;
        }
        return t;
    }
}
