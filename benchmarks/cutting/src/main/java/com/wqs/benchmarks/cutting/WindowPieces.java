package com.wqs.benchmarks.cutting;

import com.wqs.domain.cutting.CutGroup;
import com.wqs.domain.cutting.CutPiece;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The pieces of a batch of work orders, the same every run (fixed seed): windows of 400-2400 mm by
 * 400-2400 mm in whole millimetres, each with a frame (two pieces of its width, two of its height) and a sash
 * 60 mm smaller each way (kept at 400 mm or more), all mitred at both ends, cut from 6500 mm bars. A window's
 * frame and sash go to the frame and the sash profile of one profile system, in one colour (both drawn at
 * random).
 */
final class WindowPieces {
    private static final int BAR_LENGTH_MM = 6500;
    private static final int SHORTEST_MM = 400;
    private static final int LONGEST_MM = 2400;
    private static final int SASH_SMALLER_MM = 60;
    private static final String[] COLOURS = {"WHITE", "ANTHRACITE"};

    private WindowPieces() {
    }

    /**
     * At least {@code pieces} pieces (whole windows of 8, so up to 7 more) over {@code groups} profile and
     * colour groups: 1 (every piece in one group) or a multiple of 4, {@code groups / 4} profile systems each
     * with a frame and a sash profile in two colours.
     */
    static List<CutGroup> generate(int pieces, int groups, long seed) {
        if (groups != 1 && groups % 4 != 0) {
            throw new IllegalArgumentException("groups must be 1 or a multiple of 4: " + groups);
        }
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, List<CutPiece>> byGroup = new LinkedHashMap<>();
        int systems = Math.max(1, groups / (2 * COLOURS.length));
        int made = 0;
        for (int window = 1; made < pieces; window++) {
            int width = random.nextInt(SHORTEST_MM, LONGEST_MM + 1);
            int height = random.nextInt(SHORTEST_MM, LONGEST_MM + 1);
            int system = random.nextInt(systems);
            String colour = COLOURS[random.nextInt(COLOURS.length)];
            String label = "W" + window;
            made += addFrame(piecesOf(byGroup, groups, "FRAME", system, colour), label + " frame", width, height);
            made += addFrame(piecesOf(byGroup, groups, "SASH", system, colour), label + " sash",
                    Math.max(SHORTEST_MM, width - SASH_SMALLER_MM), Math.max(SHORTEST_MM, height - SASH_SMALLER_MM));
        }
        List<CutGroup> result = new ArrayList<>();
        byGroup.forEach((key, list) -> result.add(CutGroup.ofNewBars(key.substring(0, key.indexOf('|')),
                key.substring(key.indexOf('|') + 1), BAR_LENGTH_MM, list)));
        return result;
    }

    private static List<CutPiece> piecesOf(Map<String, List<CutPiece>> byGroup, int groups, String member,
            int system, String colour) {
        String key = groups == 1 ? "PRF-FRAME|WHITE" : "PRF-" + member + "-" + (system + 1) + "|" + colour;
        return byGroup.computeIfAbsent(key, k -> new ArrayList<>());
    }

    private static int addFrame(List<CutPiece> into, String label, int width, int height) {
        into.add(CutPiece.mitred(label + " top", width));
        into.add(CutPiece.mitred(label + " bottom", width));
        into.add(CutPiece.mitred(label + " left", height));
        into.add(CutPiece.mitred(label + " right", height));
        return 4;
    }
}
