package com.wqs.domain.layout;

/**
 * How a split divides its cell. {@link #VERTICAL}: vertical divisions (mullions), parts side by side from
 * left to right. {@link #HORIZONTAL}: horizontal divisions (transoms), parts stacked from the bottom up.
 * Division positions are measured from the left, respectively bottom, edge of the split cell.
 */
public enum Direction {
    VERTICAL("V"),
    HORIZONTAL("H");

    private final String symbol;

    Direction(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
