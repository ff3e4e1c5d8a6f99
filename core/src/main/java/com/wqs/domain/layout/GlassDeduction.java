package com.wqs.domain.layout;

/** What is taken off a cell's width and height to get its glass pane's size, in mm. */
public record GlassDeduction(int widthMm, int heightMm) {
    public static final GlassDeduction NONE = new GlassDeduction(0, 0);
}
