package com.wqs.domain.workorder;

/** Glass panes to cut: for one quote line, {@code quantity} panes of width × height mm. */
public record GlassPane(int lineIndex, String glassCode, String glassName, int widthMm, int heightMm, int quantity) {
}
