package com.wqs.domain.quote;

/** A line the user asks for: a window or a material sold by itself, required, optional or an alternative. */
public sealed interface QuoteLine permits WindowLine, MaterialLine {
    int MAX_QUANTITY = 1000;

    /** Whether the line is required, optional or one of an alternative group, and whether it is chosen. */
    LineOption option();

    /** The same line with another option. */
    QuoteLine withOption(LineOption option);
}
