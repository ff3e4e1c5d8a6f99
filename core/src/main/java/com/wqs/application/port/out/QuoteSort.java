package com.wqs.application.port.out;

public enum QuoteSort {
    CREATED_DESC,
    CREATED_ASC,
    TOTAL_DESC,
    TOTAL_ASC,
    NUMBER_ASC,
    NUMBER_DESC
}
