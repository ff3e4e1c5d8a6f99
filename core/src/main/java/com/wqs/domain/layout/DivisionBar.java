package com.wqs.domain.layout;

/**
 * A mullion ({@link Direction#VERTICAL}) or transom ({@link Direction#HORIZONTAL}) as drawn: its box in mm
 * (x from the frame's left edge, y from its top edge; the box is the division's width across and its
 * length along), and its centre line in mm from the left/bottom edge of the cell it divides.
 */
public record DivisionBar(Direction direction, int xMm, int yMm, int widthMm, int heightMm, int positionMm) {

    /** The division's length: a mullion's height, a transom's width. */
    public int lengthMm() {
        return direction == Direction.VERTICAL ? heightMm : widthMm;
    }
}
