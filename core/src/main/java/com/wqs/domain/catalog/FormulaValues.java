package com.wqs.domain.catalog;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of the formula variables at one place of a window, one slot per {@linkplain Formula#KNOWN_VARIABLES
 * known variable} (a name's slot is fixed: {@link #slot}). A {@link Formula} reads its variables by slot, so
 * evaluating it needs no map look-up; a slot left unset is a variable without a value. Not thread-safe.
 */
public final class FormulaValues {
    private static final List<String> NAMES = Formula.KNOWN_VARIABLES.stream().sorted().toList();
    private static final Map<String, Integer> SLOTS = slots();

    private final BigDecimal[] values;

    public FormulaValues() {
        this.values = new BigDecimal[NAMES.size()];
    }

    private FormulaValues(BigDecimal[] values) {
        this.values = values;
    }

    /** The values given by name; names that are not formula variables are left out. */
    public static FormulaValues of(Map<String, BigDecimal> values) {
        FormulaValues result = new FormulaValues();
        values.forEach((name, value) -> {
            Integer slot = SLOTS.get(name);
            if (slot != null) {
                result.values[slot] = value;
            }
        });
        return result;
    }

    /** The slot of a known variable. */
    public static int slot(String name) {
        Integer slot = SLOTS.get(name);
        if (slot == null) {
            throw new IllegalArgumentException("'" + name + "' is not a formula variable");
        }
        return slot;
    }

    public FormulaValues set(int slot, BigDecimal value) {
        values[slot] = value;
        return this;
    }

    /** The value in the slot, or null when it has none. */
    public BigDecimal get(int slot) {
        return values[slot];
    }

    /** Another set of the same values, to set more on without changing these. */
    public FormulaValues copy() {
        return new FormulaValues(values.clone());
    }

    static String name(int slot) {
        return NAMES.get(slot);
    }

    private static Map<String, Integer> slots() {
        Map<String, Integer> slots = new HashMap<>();
        for (int i = 0; i < NAMES.size(); i++) {
            slots.put(NAMES.get(i), i);
        }
        return Map.copyOf(slots);
    }
}
