package com.wqs.domain.cutting;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.stream.IntStream;

/**
 * Puts pieces, given as consumed lengths, on stock offcuts and new bars: as few new bars as it can find, the
 * offcuts filled as fully as it can. Works on the distinct lengths with their counts, so a thousand pieces of
 * forty lengths search like forty. The order of the pieces given breaks every tie (the first one given goes on
 * the first bar of its length), so the same input always gives the same packing.
 *
 * <ol>
 *   <li>Offcuts, longest first: each gets the pieces that fill it best ({@link SubsetSearch}).</li>
 *   <li>New bars for the rest: Minimum Bin Slack, or First-Fit Decreasing if that needs fewer bars.</li>
 *   <li>While more new bars are used than the Martello–Toth bound of what they carry: the {@link SwapImprover}
 *       (offcuts take part, so it may also fill them more); then, again and again for one bar less, a short
 *       {@link BinCompletionSearch} (it finds the easy ones, and on a tree it searched in full it shows that
 *       there is none), and if it neither found nor ruled out one, the {@link FillExchangeSearch}.</li>
 * </ol>
 */
final class BarPacker {
    static final long NODES_PER_OFFCUT = 20_000;
    static final long NODES_PER_BAR = 10_000;
    static final int SWAP_ROUNDS = 200;
    /** The completion search's node budget per target (short: the exchange search takes over from it). */
    static final long NODES_PER_COMPLETION = 1_000_000;
    /** The {@link FillExchangeSearch}'s work budget per target (some 0.2–0.6 s on one core when it fails). */
    static final long EXCHANGE_WORK = 60_000_000;
    /** From this many bars on the completion search is not tried (its recursion goes one level per bar). */
    static final int MOST_BARS_FOR_COMPLETION = 400;

    private final int[] sizes;
    private final int[] counts;
    private final int[] typeOf;
    private final int newBarCapacity;

    /** A packed bar: the stock offcut's index ({@code -1} for a new bar) and its pieces' indexes, longest first. */
    record Packed(int offcut, int[] pieces) {
    }

    private BarPacker(int[] pieceSizes, int newBarCapacity) {
        this.newBarCapacity = newBarCapacity;
        sizes = IntStream.of(pieceSizes).map(size -> -size).distinct().sorted().map(size -> -size).toArray();
        counts = new int[sizes.length];
        typeOf = new int[pieceSizes.length];
        for (int i = 0; i < pieceSizes.length; i++) {
            typeOf[i] = typeIndex(pieceSizes[i]);
            counts[typeOf[i]]++;
        }
    }

    /** Packs pieces of these consumed lengths; each must fit on a new bar of {@code newBarCapacity}. */
    static List<Packed> pack(int[] pieceSizes, int newBarCapacity, int[] offcutCapacities) {
        BarPacker packer = new BarPacker(pieceSizes, newBarCapacity);
        return packer.packed(packer.bins(offcutCapacities));
    }

    private List<Bin> bins(int[] offcutCapacities) {
        int[] left = counts.clone();
        List<Bin> bins = fillOffcuts(left, offcutCapacities);
        List<Bin> mbs = NewBarPacking.minimumBinSlack(sizes, left, newBarCapacity, NODES_PER_BAR);
        List<Bin> ffd = NewBarPacking.firstFitDecreasing(sizes, left, newBarCapacity);
        bins.addAll(ffd.size() < mbs.size() ? ffd : mbs);
        if (Bin.newBars(bins) > bound(bins)) {
            bins = new SwapImprover(sizes, newBarCapacity).improve(bins, bound(bins), SWAP_ROUNDS);
        }
        while (Bin.newBars(bins) > bound(bins)) {
            int target = Bin.newBars(bins) - 1;
            BinCompletionSearch.Outcome completion = target < MOST_BARS_FOR_COMPLETION
                    ? BinCompletionSearch.search(sizes, onNewBars(bins), newBarCapacity, target, NODES_PER_COMPLETION)
                    : new BinCompletionSearch.Outcome(null, false);
            List<Bin> fewer = completion.bars();
            if (fewer == null && !completion.impossible()) {
                fewer = FillExchangeSearch.pack(sizes, bins.stream().filter(Bin::isNewBar).toList(), newBarCapacity,
                        target, EXCHANGE_WORK);
            }
            if (fewer == null) {
                break;
            }
            bins.removeIf(Bin::isNewBar);
            bins.addAll(fewer);
        }
        return bins;
    }

    private List<Bin> fillOffcuts(int[] left, int[] offcutCapacities) {
        List<Integer> order = new ArrayList<>();
        for (int o = 0; o < offcutCapacities.length; o++) {
            order.add(o);
        }
        order.sort(Comparator.comparingInt((Integer o) -> -offcutCapacities[o]).thenComparingInt(o -> o));
        List<Bin> bins = new ArrayList<>();
        for (int o : order) {
            Bin offcut = new Bin(offcutCapacities[o], o);
            new SubsetSearch(sizes, left, offcut.capacity, NODES_PER_OFFCUT).fullest().placeOn(offcut, sizes, left);
            bins.add(offcut);
        }
        return bins;
    }

    /** The Martello–Toth bound of the pieces now on new bars. */
    private int bound(List<Bin> bins) {
        return PackingBounds.martelloToth(sizes, onNewBars(bins), newBarCapacity);
    }

    private int[] onNewBars(List<Bin> bins) {
        int[] on = new int[sizes.length];
        for (Bin bin : bins) {
            if (bin.isNewBar()) {
                bin.items.forEach(type -> on[type]++);
            }
        }
        return on;
    }

    /**
     * Offcuts in use in the order they were filled, then new bars fullest first (ties: the one with the longer
     * pieces); each length's pieces handed out in the order given.
     */
    private List<Packed> packed(List<Bin> bins) {
        List<Bin> ordered = new ArrayList<>();
        bins.stream().filter(bin -> !bin.isNewBar() && !bin.items.isEmpty()).forEach(ordered::add);
        List<Bin> newBars = new ArrayList<>(bins.stream().filter(Bin::isNewBar).toList());
        newBars.forEach(bar -> bar.items.sort(Comparator.naturalOrder()));
        newBars.sort(Comparator.comparingInt((Bin bar) -> -bar.fill).thenComparing(BarPacker::compareItems));
        ordered.addAll(newBars);
        List<Queue<Integer>> piecesOf = new ArrayList<>();
        for (int t = 0; t < counts.length; t++) {
            piecesOf.add(new ArrayDeque<>());
        }
        for (int i = 0; i < typeOf.length; i++) {
            piecesOf.get(typeOf[i]).add(i);
        }
        List<Packed> packed = new ArrayList<>();
        for (Bin bin : ordered) {
            bin.items.sort(Comparator.naturalOrder());
            int[] pieces = bin.items.stream().mapToInt(type -> piecesOf.get(type).remove()).toArray();
            packed.add(new Packed(bin.offcut, pieces));
        }
        return packed;
    }

    private static int compareItems(Bin a, Bin b) {
        for (int i = 0; i < Math.min(a.items.size(), b.items.size()); i++) {
            int c = Integer.compare(a.items.get(i), b.items.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(b.items.size(), a.items.size());
    }

    private int typeIndex(int size) {
        int lo = 0;
        int hi = sizes.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sizes[mid] > size) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
