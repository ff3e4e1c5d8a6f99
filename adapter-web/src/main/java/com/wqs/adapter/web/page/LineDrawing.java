package com.wqs.adapter.web.page;

import com.wqs.adapter.web.drawing.ElevationSvg;
import com.wqs.domain.layout.LayoutGeometry;
import com.wqs.domain.pricing.PricedLine;
import java.util.Optional;

/** A priced window line's elevation for the pages: inline SVG markup (escaped by {@link ElevationSvg}). */
public final class LineDrawing {
    private LineDrawing() {
    }

    /** The line's drawing as SVG markup, or null for material lines. */
    public static String svg(PricedLine line) {
        return geometry(line).map(ElevationSvg::render).orElse(null);
    }

    /** The drawing at the compact size (printed sheets), or null for material lines. */
    public static String compactSvg(PricedLine line) {
        return geometry(line).map(g -> ElevationSvg.render(g, 220)).orElse(null);
    }

    private static Optional<LayoutGeometry> geometry(PricedLine line) {
        try {
            return line.geometry();
        } catch (RuntimeException e) {
            // A stored line the current rules cannot place is shown without its drawing.
            return Optional.empty();
        }
    }
}
