package com.wqs.domain.cutting;

import java.util.ArrayList;
import java.util.List;

/**
 * A bounded branch and bound that looks for a packing on exactly {@code bars} new bars, after Korf's bin
 * completion: a bar is opened for one piece left and completed by each of its fullest few maximal fills
 * ({@link SubsetSearch#maximalFills}) in turn, as long as the slack of the bars so far stays within what
 * {@code bars} bars can afford (bars × capacity − Σ pieces). Maximal fills are enough: a piece that would still
 * fit can always be moved there without needing another bar. The piece chosen is the one with the fewest such
 * fills (counted up to a few; on a tie the longest), as in exact-cover search: a piece with none ends the branch
 * at once and a piece with one is placed without branching. It gives up after its budget of nodes.
 *
 * <p>When it has tried every maximal fill of every bar it opened (no list of fills cut short at
 * {@value #FILLS_PER_BAR}, no fill search out of nodes) and still found nothing, within its budget, there is
 * no packing on that many bars: {@link Outcome#impossible()}.
 */
final class BinCompletionSearch {
    /** How many fills of one bar are tried before the search backs up. */
    private static final int FILLS_PER_BAR = 32;
    /** Fills are counted up to this many when choosing the piece to branch on. */
    private static final int FILLS_COUNTED = 4;
    /** The most nodes one search for the fills of one bar may take. */
    private static final long NODES_PER_FILL_SEARCH = 20_000;

    private final int[] sizes;
    private final int[] left;
    private final int capacity;
    private final List<Bin> bars = new ArrayList<>();
    private long budget;
    /** Whether every branch was searched in full so far (no fills left out). */
    private boolean exhaustive = true;

    /** The bars found ({@code null}: none), or, when none, whether the search showed there are none. */
    record Outcome(List<Bin> bars, boolean impossible) {
    }

    private BinCompletionSearch(int[] sizes, int[] counts, int capacity, long budget) {
        this.sizes = sizes;
        this.left = counts.clone();
        this.capacity = capacity;
        this.budget = budget;
    }

    /** New bars for all the pieces, exactly {@code bars} of them, or null when none was found in the budget. */
    static List<Bin> pack(int[] sizes, int[] counts, int capacity, int bars, long budget) {
        return search(sizes, counts, capacity, bars, budget).bars();
    }

    /** As {@link #pack}, saying also, when it finds none, whether it showed that there are none. */
    static Outcome search(int[] sizes, int[] counts, int capacity, int bars, long budget) {
        long total = 0;
        for (int t = 0; t < sizes.length; t++) {
            total += (long) sizes[t] * counts[t];
        }
        long affordable = (long) bars * capacity - total;
        if (affordable < 0) {
            return new Outcome(null, true);
        }
        BinCompletionSearch search = new BinCompletionSearch(sizes, counts, capacity, budget);
        if (search.complete(bars, affordable)) {
            return new Outcome(search.bars, false);
        }
        return new Outcome(null, search.exhaustive && search.budget > 0);
    }

    private boolean complete(int barsLeft, long slackLeft) {
        int chosen = -1;
        int fewest = Integer.MAX_VALUE;
        for (int t = 0; t < left.length && fewest > 1; t++) {
            if (left[t] == 0) {
                continue;
            }
            if (barsLeft == 0 || budget <= 0) {
                return false;
            }
            int count = countFills(t, slackLeft);
            if (count == 0) {
                return false;
            }
            if (count < fewest) {
                fewest = count;
                chosen = t;
            }
        }
        if (chosen < 0) {
            return true;
        }
        for (SubsetSearch.Fill fill : fills(chosen, slackLeft, FILLS_PER_BAR)) {
            Bin bar = new Bin(capacity, -1);
            bar.add(chosen, sizes);
            left[chosen]--;
            fill.placeOn(bar, sizes, left);
            bars.add(bar);
            if (complete(barsLeft - 1, slackLeft - (capacity - bar.fill))) {
                return true;
            }
            bars.remove(bars.size() - 1);
            fill.giveBack(left);
            left[chosen]++;
            if (budget <= 0) {
                break;
            }
        }
        return false;
    }

    /**
     * How many maximal fills a bar holding one piece of length {@code type} has, up to a few. A count cut short
     * by the search's budget is taken as "a few": the piece may well have a fill that was not reached, so it
     * must neither end the branch nor be branched on first.
     */
    private int countFills(int type, long slackLeft) {
        left[type]--;
        int room = capacity - sizes[type];
        SubsetSearch search = new SubsetSearch(sizes, left, room, Math.min(budget, NODES_PER_FILL_SEARCH));
        int count = search.countMaximalFills((int) Math.max(0, room - slackLeft), FILLS_COUNTED);
        left[type]++;
        budget -= search.nodes();
        return search.complete() ? count : Math.max(count, FILLS_COUNTED);
    }

    /** The fullest maximal fills, up to {@code limit}, of a bar holding one piece of length {@code type}. */
    private List<SubsetSearch.Fill> fills(int type, long slackLeft, int limit) {
        left[type]--;
        int room = capacity - sizes[type];
        SubsetSearch search = new SubsetSearch(sizes, left, room, Math.min(budget, NODES_PER_FILL_SEARCH));
        List<SubsetSearch.Fill> fills = search.maximalFills((int) Math.max(0, room - slackLeft), limit);
        left[type]++;
        budget -= search.nodes();
        if (!search.complete() || fills.size() == limit) {
            exhaustive = false;
        }
        return fills;
    }
}
