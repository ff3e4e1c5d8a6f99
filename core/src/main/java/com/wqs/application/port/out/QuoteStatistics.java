package com.wqs.application.port.out;

/**
 * The dashboard figures, computed by the store with aggregates over indexed columns: never by
 * loading quotes into memory, never capped. The result equals a brute-force computation over the
 * same data.
 */
public interface QuoteStatistics {
    QuoteStatisticsReport compute(StatisticsQuery query);
}
