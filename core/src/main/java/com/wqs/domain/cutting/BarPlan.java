package com.wqs.domain.cutting;

import java.util.List;

/**
 * What to do with one bar: its number in the plan (from 1), whether it is a new stock bar or an offcut from
 * stock (with the offcut's id; null for a new bar), its full length, the cuts in saw order (longest piece
 * first, so a mistake shows early and the short pieces can still come from what is left), and what remains.
 *
 * <p>The remainder is what the pieces leave of the usable length: {@code lengthMm − 2 × trim − Σ consumed} for
 * a new bar (the far-end trim is always cut off, so a kept remainder has two clean ends, like any offcut),
 * {@code lengthMm − Σ consumed} for an offcut. It is kept as a new offcut when it is at least the settings'
 * minimum offcut (and not empty); otherwise it is waste.
 */
public record BarPlan(int number, Source source, String offcutId, int lengthMm, List<Cut> cuts, int remainderMm,
        boolean remainderKept) {

    /** Where a bar comes from. */
    public enum Source { NEW_BAR, OFFCUT }

    public BarPlan {
        cuts = List.copyOf(cuts);
    }

    public boolean isNewBar() {
        return source == Source.NEW_BAR;
    }

    /** Σ of the lengths of the pieces cut from this bar (without kerf or allowances). */
    public long piecesMm() {
        return cuts.stream().mapToLong(cut -> cut.piece().lengthMm()).sum();
    }
}
