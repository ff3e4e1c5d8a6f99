package com.wqs.adapter.web.drawing;

import com.wqs.adapter.web.i18n.Messages;
import com.wqs.domain.cutting.BarPlan;
import com.wqs.domain.cutting.Cut;
import com.wqs.domain.cutting.CuttingSettings;
import com.wqs.domain.workorder.ProfileCutPlan;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * The bar diagram of one profile's cutting plan: one row per bar, drawn to scale, the trims hatched grey, each
 * piece a box with its length (and its label as a tooltip), the remainder green when kept as an offcut, else
 * struck through as waste. The text alternative is the saw list table beside it; the SVG has a title saying
 * what it shows.
 */
public final class CutBarsSvg {
    private static final int WIDTH = 1000;
    private static final int ROW = 34;
    private static final int BAR = 24;
    private static final int LEFT = 64;

    private CutBarsSvg() {
    }

    /** The diagram, its title, bar numbers and tooltips in {@code messages}' language. */
    public static String render(ProfileCutPlan profile, CuttingSettings settings, Messages messages) {
        int bars = profile.plan().bars().size();
        int height = Math.max(1, bars) * ROW + 6;
        int longest = profile.plan().bars().stream().mapToInt(BarPlan::lengthMm).max()
                .orElse(profile.plan().barLengthMm());
        double scale = (WIDTH - LEFT - 8) / (double) Math.max(1, longest);
        StringBuilder svg = new StringBuilder(4096);
        NumberFormat number = NumberFormat.getNumberInstance(messages.locale());
        number.setMaximumFractionDigits(2);
        String title = messages.text(bars == 1 ? "workshop.diagram.title-one" : "workshop.diagram.title",
                profile.materialCode() + (profile.colour() == null ? "" : " " + profile.colour()), bars,
                profile.plan().barLengthMm());
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"cut-bars\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" width=\"100%\" aria-label=\"")
                .append(ElevationSvg.escape(title)).append("\"><title>").append(ElevationSvg.escape(title))
                .append("</title>");
        int y = 4;
        for (BarPlan bar : profile.plan().bars()) {
            double x0 = LEFT;
            svg.append("<text x=\"4\" y=\"").append(y + 16).append("\" font-size=\"13\">")
                    .append(ElevationSvg.escape(bar.isNewBar() ? "#" + bar.number()
                            : messages.text("workshop.diagram.offcut-bar", bar.number()))).append("</text>");
            svg.append("<rect x=\"").append(fmt(x0)).append("\" y=\"").append(y).append("\" width=\"")
                    .append(fmt(bar.lengthMm() * scale)).append("\" height=\"").append(BAR)
                    .append("\" fill=\"#e5e7eb\" stroke=\"#6b7280\"/>");
            for (Cut cut : bar.cuts()) {
                double start = x0 + (cut.startMm() + (bar.isNewBar() ? settings.trimMm() : 0)) * scale;
                double width = cut.piece().lengthMm() * scale;
                svg.append("<g class=\"piece\"><title>").append(ElevationSvg.escape(messages.text("workshop.diagram.piece",
                        cut.piece().label(), cut.piece().lengthMm(), angle(cut, number)))).append("</title><rect x=\"")
                        .append(fmt(start)).append("\" y=\"").append(y).append("\" width=\"").append(fmt(width))
                        .append("\" height=\"").append(BAR).append("\" fill=\"#bfdbfe\" stroke=\"#1e3a8a\"/>");
                if (width > 34) {
                    svg.append("<text x=\"").append(fmt(start + width / 2)).append("\" y=\"").append(y + 16)
                            .append("\" font-size=\"12\" text-anchor=\"middle\">").append(cut.piece().lengthMm())
                            .append("</text>");
                }
                svg.append("</g>");
            }
            if (bar.remainderMm() > 0) {
                double end = x0 + bar.lengthMm() * scale - (bar.isNewBar() ? settings.trimMm() * scale : 0);
                double rest = bar.remainderMm() * scale;
                double start = end - rest;
                svg.append("<rect class=\"").append(bar.remainderKept() ? "offcut" : "waste").append("\" x=\"")
                        .append(fmt(start)).append("\" y=\"").append(y).append("\" width=\"").append(fmt(rest))
                        .append("\" height=\"").append(BAR).append("\" fill=\"")
                        .append(bar.remainderKept() ? "#bbf7d0" : "#fecaca").append("\" stroke=\"#6b7280\"/>");
                if (rest > 60) {
                    svg.append("<text x=\"").append(fmt(start + rest / 2)).append("\" y=\"").append(y + 16)
                            .append("\" font-size=\"11\" text-anchor=\"middle\">")
                            .append(ElevationSvg.escape(bar.remainderKept()
                                    ? messages.text("workshop.diagram.keep", bar.remainderMm())
                                    : String.valueOf(bar.remainderMm()))).append("</text>");
                }
            }
            y += ROW;
        }
        return svg.append("</svg>").toString();
    }

    private static String angle(Cut cut, NumberFormat number) {
        return number.format(cut.piece().startAngle()) + "°/" + number.format(cut.piece().endAngle()) + "°";
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
