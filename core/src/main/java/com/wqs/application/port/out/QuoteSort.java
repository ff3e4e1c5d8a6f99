package com.wqs.application.port.out;

/** Orders of a quote list. Ties (same creation time or total) are broken by number in the same direction. */
public enum QuoteSort {
    CREATED_DESC,
    CREATED_ASC,
    TOTAL_DESC,
    TOTAL_ASC,
    NUMBER_ASC,
    NUMBER_DESC
}
