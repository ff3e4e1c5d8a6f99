package com.wqs.domain.quote;

/** Formats allocated sequence values as document numbers such as {@code Q-2026-00042}. */
public final class QuoteNumber {
    private QuoteNumber() {
    }

    public static String quote(int year, long sequence) {
        return format("Q", year, sequence);
    }

    public static String workOrder(int year, long sequence) {
        return format("WO", year, sequence);
    }

    private static String format(String prefix, int year, long sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be positive: " + sequence);
        }
        return String.format("%s-%04d-%05d", prefix, year, sequence);
    }
}
