package com.wqs.domain.quote;

/** A line the user asks for: a window or a material sold by itself. */
public sealed interface QuoteLine permits WindowLine, MaterialLine {
    int MAX_QUANTITY = 1000;
}
