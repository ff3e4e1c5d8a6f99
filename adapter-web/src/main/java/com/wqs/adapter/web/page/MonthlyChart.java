package com.wqs.adapter.web.page;

import com.wqs.adapter.web.format.DisplayFormat;
import com.wqs.application.port.out.QuoteStatisticsReport.MonthFigures;
import com.wqs.domain.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The dashboard's 12-month chart as SVG geometry, computed on the server: one bar per month for the
 * number of quotes created and a line for their value, each on its own scale.
 */
public record MonthlyChart(int width, int height, int plotTop, int plotBottom, List<Bar> bars, String valueLine,
        List<Point> valuePoints, String maxCountLabel, String maxValueLabel, String description) {

    public record Bar(String month, String fullMonth, double x, double y, double width, double height, double labelX,
            long count, String value) {
    }

    public record Point(double x, double y) {
    }

    private static final int WIDTH = 960;
    private static final int HEIGHT = 240;
    private static final int LEFT = 44;
    private static final int RIGHT = 84;
    private static final int TOP = 14;
    private static final int BOTTOM = 28;

    public static MonthlyChart of(List<MonthFigures> months, DisplayFormat format) {
        long maxCount = Math.max(1, months.stream().mapToLong(MonthFigures::count).max().orElse(0));
        BigDecimal maxValue = months.stream().map(m -> m.value().amount()).max(BigDecimal::compareTo)
                .filter(v -> v.signum() > 0).orElse(BigDecimal.ONE);
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double slot = plotWidth / Math.max(1, months.size());
        List<Bar> bars = new ArrayList<>();
        List<Point> points = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < months.size(); i++) {
            MonthFigures m = months.get(i);
            double barHeight = plotHeight * m.count() / maxCount;
            double x = LEFT + i * slot + slot * 0.18;
            double center = LEFT + i * slot + slot / 2;
            bars.add(new Bar(format.month(m.month()).split(" ")[0], format.month(m.month()), round(x),
                    round(TOP + plotHeight - barHeight), round(slot * 0.64), round(barHeight), round(center),
                    m.count(), format.money(m.value())));
            double valueY = TOP + plotHeight - plotHeight * m.value().amount()
                    .divide(maxValue, 6, RoundingMode.HALF_UP).doubleValue();
            points.add(new Point(round(center), round(valueY)));
            line.append(i == 0 ? "" : " ").append(coordinate(center)).append(',').append(coordinate(valueY));
        }
        long total = months.stream().mapToLong(MonthFigures::count).sum();
        String description = total == 0
                ? "No quotes were created in the last 12 months."
                : "Quotes created per month over the last 12 months: " + total + " in all.";
        return new MonthlyChart(WIDTH, HEIGHT, TOP, HEIGHT - BOTTOM, bars, line.toString(), points,
                format.number(maxCount), format.money(Money.of(maxValue)), description);
    }

    public int axisRightX() {
        return width - RIGHT;
    }

    public int axisLeftX() {
        return LEFT;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
