package com.wqs.testing;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** The (from, to) pairs of a state machine, for parameterised transition-table tests. */
public final class TransitionTable {
    private TransitionTable() {
    }

    /** Every pair of {@code type}'s values that {@code allowed} allows (or, with false, forbids). */
    public static <S extends Enum<S>> Stream<Arguments> pairs(Class<S> type, Map<S, Set<S>> allowed, boolean wanted) {
        S[] states = type.getEnumConstants();
        return Arrays.stream(states).flatMap(from -> Arrays.stream(states)
                .filter(to -> allowed.get(from).contains(to) == wanted)
                .map(to -> Arguments.of(from, to)));
    }
}
