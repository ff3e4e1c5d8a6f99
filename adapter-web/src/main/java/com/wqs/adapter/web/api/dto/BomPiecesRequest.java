package com.wqs.adapter.web.api.dto;

import com.wqs.application.port.in.ProductCommand.PiecesCommand;
import com.wqs.domain.shared.TextLimits;
import java.math.BigDecimal;

/** The pieces of a profile BOM line, as a request gives them; the descriptions are the schema's. */
@Description(BomPiecesRequest.ABOUT)
public record BomPiecesRequest(@Description(COUNT) @MaxLength(TextLimits.FORMULA) String count,
        @Description(LENGTH) @MaxLength(TextLimits.FORMULA) String lengthMm,
        @Description(START_ANGLE) BigDecimal startAngle, @Description(END_ANGLE) BigDecimal endAngle) {
    static final String ABOUT = "The pieces a profile line (a profile bought in bars) is cut into, each time its "
            + "scope is evaluated, instead of a quantity formula: count pieces of lengthMm each. The line's metres are "
            + "Σ count × lengthMm / 1000 × waste factor, then whole stock bars.";
    static final String COUNT = "Formula for the number of pieces; must give a whole number from 0 to 1000 (\"2\").";
    static final String LENGTH = "Formula for the length of each piece in mm (\"cell_width_mm - 12\"); the same "
            + "variables as the line's scope gives a formula.";
    static final String START_ANGLE = "Saw angle at the start of each piece in degrees, 10 to 170: 90 a square cut "
            + "(absent: 90), 45 a mitre.";
    static final String END_ANGLE = "Saw angle at the end of each piece in degrees, 10 to 170 (absent: 90).";

    /** Null stays null (a line with a quantity formula). */
    public static PiecesCommand toCommand(BomPiecesRequest request) {
        return request == null ? null
                : new PiecesCommand(request.count(), request.lengthMm(), request.startAngle(), request.endAngle());
    }
}
