package com.wqs.adapter.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.adapter.web.format.DisplayFormat;
import com.wqs.application.port.out.QuoteStatisticsReport.MonthFigures;
import com.wqs.domain.catalog.Settings;
import com.wqs.domain.shared.Money;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonthlyChartTest {
    private final DisplayFormat format = new DisplayFormat(Settings.defaults());

    @Test
    void theBusiestMonthFillsThePlotAndAnEmptyOneHasNoBar() {
        List<MonthFigures> months = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            months.add(new MonthFigures(YearMonth.of(2026, 1).plusMonths(i), i == 11 ? 4 : i == 5 ? 2 : 0,
                    i == 11 ? Money.of("8000.00") : i == 5 ? Money.of("2000.00") : Money.ZERO));
        }

        MonthlyChart chart = MonthlyChart.of(months, format);

        assertThat(chart.bars()).hasSize(12);
        MonthlyChart.Bar busiest = chart.bars().get(11);
        assertThat(busiest.y()).isEqualTo(chart.plotTop());
        assertThat(busiest.y() + busiest.height()).isEqualTo(chart.plotBottom());
        assertThat(chart.bars().get(5).height()).isEqualTo(busiest.height() / 2);
        assertThat(chart.bars().get(0).height()).isZero();
        assertThat(chart.valuePoints().get(11).y()).isEqualTo(chart.plotTop());
        assertThat(chart.valuePoints().get(0).y()).isEqualTo(chart.plotBottom());
        assertThat(chart.valueLine().split(" ")).hasSize(12);
        assertThat(chart.maxCountLabel()).isEqualTo("4");
        assertThat(chart.maxValueLabel()).isEqualTo("$8,000.00");
        assertThat(busiest.fullMonth()).isEqualTo("Dec 2026");
        assertThat(chart.description()).contains("6 in all");
    }

    @Test
    void noQuotesAtAllDrawsAFlatChart() {
        List<MonthFigures> months = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            months.add(new MonthFigures(YearMonth.of(2026, 1).plusMonths(i), 0, Money.ZERO));
        }

        MonthlyChart chart = MonthlyChart.of(months, format);

        assertThat(chart.bars()).allSatisfy(bar -> assertThat(bar.height()).isZero());
        assertThat(chart.valuePoints()).allSatisfy(point -> assertThat(point.y()).isEqualTo(chart.plotBottom()));
        assertThat(chart.description()).isEqualTo("No quotes were created in the last 12 months.");
    }
}
