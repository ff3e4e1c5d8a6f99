package com.wqs.domain.layout;

/**
 * One cell of a window as drawn: its label ({@code A}, {@code B}, ... in reading order: top to bottom,
 * left to right), its box in mm (x from the frame's left edge, y from its top edge), opening and glass
 * (null: the line's glass).
 */
public record CellBox(String label, int xMm, int yMm, int widthMm, int heightMm, Opening opening, String glassCode) {
}
