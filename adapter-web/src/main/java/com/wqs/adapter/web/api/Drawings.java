package com.wqs.adapter.web.api;

import com.wqs.adapter.web.drawing.ElevationSvg;
import com.wqs.domain.layout.LayoutGeometry;
import com.wqs.domain.pricing.LineKind;
import com.wqs.domain.pricing.PricedLine;
import com.wqs.domain.shared.NotFoundException;
import com.wqs.domain.shared.ValidationException;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The elevation drawing of one window line ({@code n} from 1), shared by quotes and work orders. */
final class Drawings {
    static final String SVG = "image/svg+xml";

    private Drawings() {
    }

    /** Answers the SVG of line {@code n} of {@code lines}; a material line or a number out of range is 404. */
    static void respond(Context ctx, List<PricedLine> lines, String owner) {
        int n = lineNumber(ctx);
        if (n < 1 || n > lines.size() || lines.get(n - 1).kind() != LineKind.WINDOW) {
            throw new NotFoundException("line", n + " of " + owner + " (window line)");
        }
        LayoutGeometry geometry = lines.get(n - 1).geometry()
                .orElseThrow(() -> new NotFoundException("line", n + " of " + owner + " (drawing)"));
        ctx.status(200).contentType(SVG + "; charset=utf-8")
                .result(ElevationSvg.render(geometry).getBytes(StandardCharsets.UTF_8));
    }

    private static int lineNumber(Context ctx) {
        String text = ctx.pathParam("n");
        // Path segments of 1..4 digits only: anything else is no line this quote could have.
        if (!text.matches("[0-9]{1,4}")) {
            throw new ValidationException("n", "must be a line number from 1");
        }
        return Integer.parseInt(text);
    }
}
