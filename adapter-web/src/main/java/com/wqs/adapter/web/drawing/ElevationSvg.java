package com.wqs.adapter.web.drawing;

import com.wqs.domain.layout.CellBox;
import com.wqs.domain.layout.DivisionBar;
import com.wqs.domain.layout.LayoutGeometry;
import com.wqs.domain.layout.Opening;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The elevation of a window seen from outside, as a standalone SVG document: the frame, its mullions and
 * transoms, every cell's glass with its label ({@code A}, {@code B}, ... as {@link LayoutGeometry} names
 * them) and opening symbol, and dimension lines (the cells as chains, the overall width and height).
 *
 * <p>Symbols follow the usual conventions: a casement or door is a dashed triangle whose apex is at the
 * hinge side; a tilt-turn window adds a second one with its apex at the bottom (the tilt hinge); a top-hung
 * (awning) window has its apex at the top, a bottom-hung (hopper) one at the bottom; a sliding leaf has a
 * horizontal arrow in the direction it opens; a fixed cell has none.
 *
 * <p>The user units are millimetres (the viewBox is the window plus margins for the dimensions), every
 * number is a whole mm, there are no ids and no external references, and text is real {@code <text>}
 * (escaped), so the same geometry always gives the same bytes, several drawings can share one HTML page and
 * PDF text extraction finds the labels and dimensions.
 */
public final class ElevationSvg {
    /** The size on screen: the longer side of the drawing, in CSS px. */
    public static final int DEFAULT_SIZE_PX = 320;
    /** The size in the quote PDF and printed sheets. */
    public static final int COMPACT_SIZE_PX = 170;

    private ElevationSvg() {
    }

    /** The drawing at its screen size. */
    public static String render(LayoutGeometry g) {
        return render(g, DEFAULT_SIZE_PX);
    }

    /** The drawing at the compact size used by PDFs. */
    public static String renderCompact(LayoutGeometry g) {
        return render(g, COMPACT_SIZE_PX);
    }

    /** The drawing whose longer side is {@code sizePx} CSS px (its {@code width}/{@code height} attributes). */
    public static String render(LayoutGeometry g, int sizePx) {
        return render(g, sizePx, description(g));
    }

    /** The drawing with {@code description} (plain text, escaped here) as its title, in the reader's language. */
    public static String render(LayoutGeometry g, int sizePx, String description) {
        return new Drawing(g).svg(Math.max(16, sizePx), description);
    }

    /** The text alternative: "Window 1500 × 1200 mm: A sliding left 750 × 1200, B sliding right 750 × 1200". */
    public static String description(LayoutGeometry g) {
        StringBuilder text = new StringBuilder();
        text.append("Window ").append(g.widthMm()).append(" × ").append(g.heightMm()).append(" mm: ");
        for (int i = 0; i < g.cells().size(); i++) {
            CellBox cell = g.cells().get(i);
            if (i > 0) {
                text.append(", ");
            }
            text.append(cell.label()).append(' ').append(openingName(cell.opening())).append(' ')
                    .append(cell.widthMm()).append(" × ").append(cell.heightMm());
            if (cell.glassCode() != null) {
                text.append(" (glass ").append(cell.glassCode()).append(')');
            }
        }
        return text.toString();
    }

    /** How an opening is said in words: "casement, hinged left". */
    public static String openingName(Opening opening) {
        return switch (opening) {
            case FIXED -> "fixed";
            case CASEMENT_LEFT -> "casement hinged left";
            case CASEMENT_RIGHT -> "casement hinged right";
            case TILT_TURN_LEFT -> "tilt-turn hinged left";
            case TILT_TURN_RIGHT -> "tilt-turn hinged right";
            case AWNING -> "top-hung";
            case HOPPER -> "bottom-hung";
            case SLIDING_LEFT -> "sliding left";
            case SLIDING_RIGHT -> "sliding right";
            case DOOR_LEFT -> "door hinged left";
            case DOOR_RIGHT -> "door hinged right";
        };
    }

    /** Escapes text for XML content and attribute values. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // Characters XML 1.0 cannot hold at all are dropped, so the document always parses.
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** One drawing being written. */
    private static final class Drawing {
        private final LayoutGeometry g;
        private final int w;
        private final int h;
        private final int font;
        private final int stroke;
        private final int gap;
        private final List<List<int[]>> widthRows;
        private final List<List<int[]>> heightRows;
        private final StringBuilder out = new StringBuilder(4096);

        Drawing(LayoutGeometry g) {
            this.g = g;
            this.w = Math.max(1, g.widthMm());
            this.h = Math.max(1, g.heightMm());
            int longer = Math.max(w, h);
            this.font = Math.max(12, longer / 22);
            this.stroke = Math.max(1, longer / 300);
            this.gap = font * 2;
            this.widthRows = chains(g.cells().stream().map(c -> new int[] {c.xMm(), c.xMm() + c.widthMm()}).toList(), w);
            this.heightRows = chains(g.cells().stream().map(c -> new int[] {c.yMm(), c.yMm() + c.heightMm()}).toList(), h);
        }

        String svg(int sizePx, String description) {
            int left = font;
            int top = font;
            int right = gap * (heightRows.size() + 1) + font;
            int bottom = gap * (widthRows.size() + 1) + font / 2;
            int viewW = left + w + right;
            int viewH = top + h + bottom;
            int pxW;
            int pxH;
            if (viewW >= viewH) {
                pxW = sizePx;
                pxH = Math.max(1, (int) Math.round((double) sizePx * viewH / viewW));
            } else {
                pxH = sizePx;
                pxW = Math.max(1, (int) Math.round((double) sizePx * viewW / viewH));
            }
            out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"elevation\" role=\"img\" viewBox=\"")
                    .append(-left).append(' ').append(-top).append(' ').append(viewW).append(' ').append(viewH)
                    .append("\" width=\"").append(pxW).append("\" height=\"").append(pxH)
                    .append("\" font-family=\"DejaVu Sans Condensed, DejaVu Sans, Arial, sans-serif\" font-size=\"")
                    .append(font).append("\">");
            out.append("<title>").append(escape(description)).append("</title>");
            out.append("<desc>").append(escape(description)).append("</desc>");
            // The frame: its outline, filled as profile.
            out.append("<rect class=\"frame\" x=\"0\" y=\"0\" width=\"").append(w).append("\" height=\"").append(h)
                    .append("\" fill=\"#e8e8e8\" stroke=\"#333333\" stroke-width=\"").append(stroke * 2).append("\"/>");
            for (DivisionBar bar : g.divisions()) {
                out.append("<rect class=\"").append(bar.direction() == com.wqs.domain.layout.Direction.VERTICAL
                        ? "mullion" : "transom").append("\" x=\"").append(bar.xMm()).append("\" y=\"").append(bar.yMm())
                        .append("\" width=\"").append(Math.max(1, bar.widthMm())).append("\" height=\"")
                        .append(Math.max(1, bar.heightMm())).append("\" fill=\"#bdbdbd\" stroke=\"#333333\" stroke-width=\"")
                        .append(stroke).append("\"/>");
            }
            for (CellBox cell : g.cells()) {
                cell(cell);
            }
            dimensions();
            out.append("</svg>");
            return out.toString();
        }

        private void cell(CellBox cell) {
            int inset = Math.max(1, Math.min(40, Math.min(cell.widthMm(), cell.heightMm()) / 8));
            int x = cell.xMm() + inset;
            int y = cell.yMm() + inset;
            int cw = Math.max(1, cell.widthMm() - 2 * inset);
            int ch = Math.max(1, cell.heightMm() - 2 * inset);
            String code = cell.opening().name().toLowerCase(Locale.ROOT).replace('_', '-');
            out.append("<g class=\"cell opening-").append(code).append("\">");
            if (cell.opening().isSash()) {
                // The sash: a profile band around its glass.
                out.append("<rect class=\"sash\" x=\"").append(cell.xMm() + inset / 2).append("\" y=\"")
                        .append(cell.yMm() + inset / 2).append("\" width=\"").append(Math.max(1, cell.widthMm() - inset))
                        .append("\" height=\"").append(Math.max(1, cell.heightMm() - inset))
                        .append("\" fill=\"#f4f4f4\" stroke=\"#333333\" stroke-width=\"").append(stroke).append("\"/>");
            }
            out.append("<rect class=\"glass\" x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"")
                    .append(cw).append("\" height=\"").append(ch)
                    .append("\" fill=\"#cfe8f7\" stroke=\"#333333\" stroke-width=\"").append(stroke).append("\"/>");
            symbol(cell.opening(), x, y, cw, ch);
            int labelSize = Math.max(8, Math.min(font * 3 / 2, Math.min(cw, ch) / 2));
            out.append("<text class=\"cell-label\" x=\"").append(x + cw / 2).append("\" y=\"")
                    .append(y + ch / 2 + labelSize / 3).append("\" font-size=\"").append(labelSize)
                    .append("\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"#0b3954\">")
                    .append(escape(cell.label())).append("</text>");
            out.append("</g>");
        }

        private void symbol(Opening opening, int x, int y, int cw, int ch) {
            int right = x + cw;
            int bottom = y + ch;
            int midX = x + cw / 2;
            int midY = y + ch / 2;
            switch (opening) {
                case FIXED -> {
                    // No symbol: glazed straight into the frame.
                }
                case CASEMENT_LEFT, DOOR_LEFT -> triangle("side-hung", right, y, x, midY, right, bottom);
                case CASEMENT_RIGHT, DOOR_RIGHT -> triangle("side-hung", x, y, right, midY, x, bottom);
                case TILT_TURN_LEFT -> {
                    triangle("side-hung", right, y, x, midY, right, bottom);
                    triangle("tilt", x, y, midX, bottom, right, y);
                }
                case TILT_TURN_RIGHT -> {
                    triangle("side-hung", x, y, right, midY, x, bottom);
                    triangle("tilt", x, y, midX, bottom, right, y);
                }
                case AWNING -> triangle("top-hung", x, bottom, midX, y, right, bottom);
                case HOPPER -> triangle("bottom-hung", x, y, midX, bottom, right, y);
                case SLIDING_LEFT -> arrow(right - cw / 6, x + cw / 6, midY + ch / 6);
                case SLIDING_RIGHT -> arrow(x + cw / 6, right - cw / 6, midY + ch / 6);
            }
        }

        /** An opening symbol: two dashed sides meeting at the apex (x2, y2), the hinge. */
        private void triangle(String kind, int x1, int y1, int x2, int y2, int x3, int y3) {
            out.append("<polyline class=\"symbol ").append(kind).append("\" points=\"").append(x1).append(',').append(y1)
                    .append(' ').append(x2).append(',').append(y2).append(' ').append(x3).append(',').append(y3)
                    .append("\" fill=\"none\" stroke=\"#333333\" stroke-width=\"").append(stroke)
                    .append("\" stroke-dasharray=\"").append(stroke * 8).append(',').append(stroke * 5).append("\"/>");
        }

        /** A sliding symbol: a horizontal arrow from {@code from} to {@code to} (its head). */
        private void arrow(int from, int to, int y) {
            int head = Math.max(2, Math.min(font, Math.abs(to - from) / 3));
            int dir = to > from ? 1 : -1;
            out.append("<g class=\"symbol sliding ").append(dir < 0 ? "to-left" : "to-right").append("\">");
            out.append("<line x1=\"").append(from).append("\" y1=\"").append(y).append("\" x2=\"").append(to - dir * head / 2)
                    .append("\" y2=\"").append(y).append("\" stroke=\"#333333\" stroke-width=\"").append(stroke * 2).append("\"/>");
            out.append("<polygon points=\"").append(to).append(',').append(y).append(' ').append(to - dir * head).append(',')
                    .append(y - head / 2).append(' ').append(to - dir * head).append(',').append(y + head / 2)
                    .append("\" fill=\"#333333\"/>");
            out.append("</g>");
        }

        private void dimensions() {
            out.append("<g class=\"dimensions\" fill=\"#222222\" stroke=\"#222222\">");
            // Widths below the window: chains of cells, then the overall width.
            int y = h + gap;
            for (List<int[]> row : widthRows) {
                for (int[] span : row) {
                    horizontal("dim-cell-width", span[0], span[1], y);
                }
                y += gap;
            }
            horizontal("dim-width", 0, w, y);
            // Heights right of the window.
            int x = w + gap;
            for (List<int[]> row : heightRows) {
                for (int[] span : row) {
                    vertical("dim-cell-height", span[0], span[1], x);
                }
                x += gap;
            }
            vertical("dim-height", 0, h, x);
            out.append("</g>");
        }

        private void horizontal(String kind, int from, int to, int y) {
            int tick = font / 3;
            out.append("<g class=\"").append(kind).append("\">");
            line(from, y, to, y);
            line(from, y - tick, from, y + tick);
            line(to, y - tick, to, y + tick);
            // Extension line up to the window's bottom edge.
            out.append("<line x1=\"").append(from).append("\" y1=\"").append(h).append("\" x2=\"").append(from)
                    .append("\" y2=\"").append(y + tick).append("\" stroke-width=\"").append(Math.max(1, stroke / 2))
                    .append("\" stroke-opacity=\"0.4\"/>");
            out.append("<line x1=\"").append(to).append("\" y1=\"").append(h).append("\" x2=\"").append(to)
                    .append("\" y2=\"").append(y + tick).append("\" stroke-width=\"").append(Math.max(1, stroke / 2))
                    .append("\" stroke-opacity=\"0.4\"/>");
            out.append("<text x=\"").append((from + to) / 2).append("\" y=\"").append(y - font / 4)
                    .append("\" text-anchor=\"middle\" stroke=\"none\">").append(to - from).append("</text>");
            out.append("</g>");
        }

        private void vertical(String kind, int from, int to, int x) {
            int tick = font / 3;
            out.append("<g class=\"").append(kind).append("\">");
            line(x, from, x, to);
            line(x - tick, from, x + tick, from);
            line(x - tick, to, x + tick, to);
            out.append("<line x1=\"").append(w).append("\" y1=\"").append(from).append("\" x2=\"").append(x + tick)
                    .append("\" y2=\"").append(from).append("\" stroke-width=\"").append(Math.max(1, stroke / 2))
                    .append("\" stroke-opacity=\"0.4\"/>");
            out.append("<line x1=\"").append(w).append("\" y1=\"").append(to).append("\" x2=\"").append(x + tick)
                    .append("\" y2=\"").append(to).append("\" stroke-width=\"").append(Math.max(1, stroke / 2))
                    .append("\" stroke-opacity=\"0.4\"/>");
            int cx = x + font / 4 + font / 2;
            int cy = (from + to) / 2;
            out.append("<text x=\"").append(cx).append("\" y=\"").append(cy).append("\" text-anchor=\"middle\" stroke=\"none\"")
                    .append(" transform=\"rotate(-90 ").append(cx).append(' ').append(cy).append(")\">")
                    .append(to - from).append("</text>");
            out.append("</g>");
        }

        private void line(int x1, int y1, int x2, int y2) {
            out.append("<line x1=\"").append(x1).append("\" y1=\"").append(y1).append("\" x2=\"").append(x2)
                    .append("\" y2=\"").append(y2).append("\" stroke-width=\"").append(stroke).append("\"/>");
        }

        /**
         * The distinct cell spans along one axis, in rows of spans that do not overlap (usually one row);
         * none when the only span is the whole side (the overall dimension says it).
         */
        private static List<List<int[]>> chains(List<int[]> spans, int whole) {
            TreeSet<int[]> distinct = new TreeSet<>(Comparator.<int[]>comparingInt(s -> s[0]).thenComparingInt(s -> s[1]));
            distinct.addAll(spans);
            List<List<int[]>> rows = new ArrayList<>();
            if (distinct.size() == 1 && distinct.first()[0] == 0 && distinct.first()[1] == whole) {
                return rows;
            }
            for (int[] span : distinct) {
                List<int[]> fit = null;
                for (List<int[]> row : rows) {
                    if (row.get(row.size() - 1)[1] <= span[0]) {
                        fit = row;
                        break;
                    }
                }
                if (fit == null) {
                    fit = new ArrayList<>();
                    rows.add(fit);
                }
                fit.add(span);
            }
            return rows;
        }
    }
}
