package com.wqs.domain.cutting;

import java.util.ArrayList;
import java.util.List;

/**
 * A bar being packed: its capacity (usable length), which stock offcut it is ({@code -1} for a new bar) and
 * the lengths put on it so far, as indexes into the packer's table of distinct lengths.
 */
final class Bin {
    final int capacity;
    final int offcut;
    final List<Integer> items;
    int fill;

    Bin(int capacity, int offcut) {
        this(capacity, offcut, new ArrayList<>(), 0);
    }

    private Bin(int capacity, int offcut, List<Integer> items, int fill) {
        this.capacity = capacity;
        this.offcut = offcut;
        this.items = items;
        this.fill = fill;
    }

    boolean isNewBar() {
        return offcut < 0;
    }

    int slack() {
        return capacity - fill;
    }

    void add(int type, int[] sizes) {
        items.add(type);
        fill += sizes[type];
    }

    /** Removes the item at {@code position} and returns its length index. */
    int removeAt(int position, int[] sizes) {
        int type = items.remove(position);
        fill -= sizes[type];
        return type;
    }

    Bin copy() {
        return new Bin(capacity, offcut, new ArrayList<>(items), fill);
    }

    static List<Bin> copyAll(List<Bin> bins) {
        List<Bin> copies = new ArrayList<>(bins.size());
        bins.forEach(bin -> copies.add(bin.copy()));
        return copies;
    }

    static int newBars(List<Bin> bins) {
        int n = 0;
        for (Bin bin : bins) {
            n += bin.isNewBar() ? 1 : 0;
        }
        return n;
    }
}
