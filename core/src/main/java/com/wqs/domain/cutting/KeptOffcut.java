package com.wqs.domain.cutting;

/**
 * A remainder the plan keeps for later jobs: the number of the bar it is left from and its length (both ends
 * clean). It becomes a {@link StockOffcut} once the offcut store gives it an id.
 */
public record KeptOffcut(int barNumber, int lengthMm) {

    public StockOffcut toStock(String id, String source) {
        return new StockOffcut(id, lengthMm, source);
    }
}
