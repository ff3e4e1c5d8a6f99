package com.wqs.adapter.web.page;

import com.wqs.adapter.web.format.DisplayFormat;
import com.wqs.adapter.web.i18n.Messages;
import com.wqs.application.port.out.QuoteStatisticsReport.MonthFigures;
import com.wqs.domain.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The dashboard's 12-month chart as SVG geometry, computed on the server: one bar per month for the
 * number of quotes created and a line for their value, each on its own scale. Its words (month names, each
 * bar's tooltip, the description) are in the page's language, its numbers in the page's formats.
 */
public record MonthlyChart(int width, int height, int plotTop, int plotBottom, List<Bar> bars, String valueLine,
        List<Point> valuePoints, String maxCountLabel, String maxValueLabel, String description) {

    /**
     * One month: {@code month} the short label under the bar ({@code Mar}), {@code fullMonth} with the year
     * ({@code Mar 2026}), {@code longMonth} spelled out for the table ({@code March 2026}, {@code marzo de 2026}),
     * {@code tooltip} the bar's title ({@code March 2026: 4 quotes, $8,000.00}).
     */
    public record Bar(String month, String fullMonth, double x, double y, double width, double height, double labelX,
            long count, String value, String countText, String longMonth, String tooltip) {
    }

    public record Point(double x, double y) {
    }

    private static final int WIDTH = 960;
    private static final int HEIGHT = 240;
    private static final int LEFT = 44;
    private static final int RIGHT = 84;
    private static final int TOP = 14;
    private static final int BOTTOM = 28;

    public static MonthlyChart of(List<MonthFigures> months, DisplayFormat format, Messages messages) {
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
            String longMonth = longMonth(m.month(), format, messages);
            String count = format.number(m.count());
            String value = format.money(m.value());
            bars.add(new Bar(format.month(m.month()).split(" ")[0], format.month(m.month()), round(x),
                    round(TOP + plotHeight - barHeight), round(slot * 0.64), round(barHeight), round(center),
                    m.count(), value, count, longMonth,
                    messages.text(m.count() == 1 ? "dashboard.chart.bar.one" : "dashboard.chart.bar.other",
                            longMonth, count, value)));
            double valueY = TOP + plotHeight - plotHeight * m.value().amount()
                    .divide(maxValue, 6, RoundingMode.HALF_UP).doubleValue();
            points.add(new Point(round(center), round(valueY)));
            line.append(i == 0 ? "" : " ").append(coordinate(center)).append(',').append(coordinate(valueY));
        }
        long total = months.stream().mapToLong(MonthFigures::count).sum();
        String description = total == 0
                ? messages.text("dashboard.chart.description.none")
                : messages.text("dashboard.chart.description", format.number(total));
        return new MonthlyChart(WIDTH, HEIGHT, TOP, HEIGHT - BOTTOM, bars, line.toString(), points,
                format.number(maxCount), format.money(Money.of(maxValue)), description);
    }

    /** {@code March 2026}, {@code marzo de 2026}: the month's full name in the page's locale, with the year. */
    private static String longMonth(YearMonth month, DisplayFormat format, Messages messages) {
        return messages.text("dashboard.chart.month-year",
                month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, format.locale()),
                String.valueOf(month.getYear()));
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
