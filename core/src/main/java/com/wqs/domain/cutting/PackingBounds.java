package com.wqs.domain.cutting;

/**
 * Lower bounds on the number of bars of one capacity that pieces need, over lengths longest first with their
 * counts: the volume bound ⌈Σ ÷ capacity⌉ and Martello and Toth's L2, which also counts the pieces longer than
 * half a bar that can never share one (six pieces of 0.51 bar need six bars, not four).
 */
final class PackingBounds {
    private PackingBounds() {
    }

    static int volume(long totalMm, int capacity) {
        return (int) ((totalMm + capacity - 1) / capacity);
    }

    /** Martello and Toth's L2: the best over every threshold k ≤ capacity / 2 that is a length (and 0). */
    static int martelloToth(int[] sizes, int[] counts, int capacity) {
        int n = sizes.length;
        long[] prefixCount = new long[n + 1];
        long[] prefixVolume = new long[n + 1];
        for (int t = 0; t < n; t++) {
            prefixCount[t + 1] = prefixCount[t] + counts[t];
            prefixVolume[t + 1] = prefixVolume[t] + (long) sizes[t] * counts[t];
        }
        int halfEnd = firstAtMost(sizes, capacity / 2);
        long best = volume(prefixVolume[n], capacity);
        for (int t = halfEnd; t <= n; t++) {
            if (t < n && counts[t] == 0) {
                continue;
            }
            int k = t < n ? sizes[t] : 0;
            int bigEnd = firstAtMost(sizes, capacity - k);
            int smallEnd = t < n ? firstAtMost(sizes, k - 1) : n;
            long big = prefixCount[bigEnd];
            long medium = prefixCount[halfEnd] - prefixCount[bigEnd];
            long mediumRoom = medium * capacity - (prefixVolume[halfEnd] - prefixVolume[bigEnd]);
            long small = prefixVolume[smallEnd] - prefixVolume[halfEnd];
            long extra = Math.max(0, (small - mediumRoom + capacity - 1) / capacity);
            best = Math.max(best, big + medium + extra);
        }
        return (int) best;
    }

    /** The first index whose length is at most {@code mm} (lengths are longest first). */
    private static int firstAtMost(int[] sizes, int mm) {
        int lo = 0;
        int hi = sizes.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sizes[mid] <= mm) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
