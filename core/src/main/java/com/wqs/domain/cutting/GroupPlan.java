package com.wqs.domain.cutting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The cutting plan of one {@link CutGroup}: the bars to cut (offcuts from stock first, then new bars), and
 * {@code lowerBound}, the fewest new bars any plan could need without offcuts: ⌈Σ consumed length of all
 * pieces ÷ usable length of a new bar⌉. With offcuts in stock the plan may use fewer new bars than that.
 *
 * <p>Material figures, in mm: {@linkplain #materialMm() material used} is the full length of every bar used
 * (trims included) and of every stock offcut used; {@linkplain #keptMm() kept} is the remainders kept as new
 * offcuts; {@linkplain #wasteMm() waste} is what is left: material used − Σ piece lengths − kept, i.e. trims,
 * kerfs, mitre allowances and the remainders too short to keep. {@linkplain #wastePercent() Waste %} is
 * 100 × waste ÷ material used (0 when nothing is used), rounded half-up to 2 decimals.
 */
public record GroupPlan(String materialCode, String colour, int barLengthMm, List<BarPlan> bars, int lowerBound) {

    public GroupPlan {
        bars = List.copyOf(bars);
    }

    /** How many new stock bars the plan cuts. */
    public int newBars() {
        return (int) bars.stream().filter(BarPlan::isNewBar).count();
    }

    /** How many offcuts from stock the plan cuts. */
    public int offcutsUsed() {
        return bars.size() - newBars();
    }

    /** Σ of the lengths of all pieces. */
    public long piecesMm() {
        return bars.stream().mapToLong(BarPlan::piecesMm).sum();
    }

    /** Σ of the full lengths of the bars and stock offcuts used. */
    public long materialMm() {
        return bars.stream().mapToLong(BarPlan::lengthMm).sum();
    }

    /** Σ of the remainders kept as new offcuts. */
    public long keptMm() {
        return bars.stream().filter(BarPlan::remainderKept).mapToLong(BarPlan::remainderMm).sum();
    }

    /** Material used that ends neither in a piece nor in a kept offcut. */
    public long wasteMm() {
        return materialMm() - piecesMm() - keptMm();
    }

    /** 100 × {@link #wasteMm()} ÷ {@link #materialMm()}, 2 decimals; 0.00 when no material is used. */
    public BigDecimal wastePercent() {
        long material = materialMm();
        if (material == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return BigDecimal.valueOf(wasteMm() * 100).divide(BigDecimal.valueOf(material), 2, RoundingMode.HALF_UP);
    }

    /** The remainders kept, in bar order. */
    public List<KeptOffcut> keptOffcuts() {
        return bars.stream()
                .filter(BarPlan::remainderKept)
                .map(bar -> new KeptOffcut(bar.number(), bar.remainderMm()))
                .toList();
    }
}
