package com.wqs.adapter.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.adapter.web.format.DisplayFormat;
import com.wqs.adapter.web.i18n.Messages;
import com.wqs.application.port.out.QuoteStatisticsReport.MonthFigures;
import com.wqs.domain.catalog.Settings;
import com.wqs.domain.shared.Language;
import com.wqs.domain.shared.Money;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MonthlyChartTest {
    private final DisplayFormat format = new DisplayFormat(Settings.defaults());
    private final Messages english = Messages.of(Language.ENGLISH);

    @Test
    void theBusiestMonthFillsThePlotAndAnEmptyOneHasNoBar() {
        List<MonthFigures> months = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            months.add(new MonthFigures(YearMonth.of(2026, 1).plusMonths(i), i == 11 ? 4 : i == 5 ? 2 : 0,
                    i == 11 ? Money.of("8000.00") : i == 5 ? Money.of("2000.00") : Money.ZERO));
        }

        MonthlyChart chart = MonthlyChart.of(months, format, english);

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
        assertThat(busiest.longMonth()).isEqualTo("December 2026");
        assertThat(busiest.tooltip()).isEqualTo("December 2026: 4 quotes, $8,000.00");
        assertThat(chart.bars().get(0).tooltip()).isEqualTo("January 2026: 0 quotes, $0.00");
    }

    @Test
    void inSpanishTheMonthsTooltipsAndDescriptionAreSpanishAndTheNumbersSpanishFormatted() {
        List<MonthFigures> months = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            months.add(new MonthFigures(YearMonth.of(2026, 1).plusMonths(i), i == 2 ? 1 : i == 11 ? 1200 : 0,
                    i == 11 ? Money.of("8000.00") : Money.ZERO));
        }
        Settings defaults = Settings.defaults();
        Settings spain = new Settings(defaults.company(), defaults.profitMargin(), defaults.indirectRate(),
                defaults.taxRate(), defaults.glassWaste(), 30, "EUR", ZoneId.of("Europe/Madrid"),
                Locale.forLanguageTag("es-ES"), "", null, 0);
        DisplayFormat spanish = new DisplayFormat(spain, Language.SPANISH);

        MonthlyChart chart = MonthlyChart.of(months, spanish, Messages.of(Language.SPANISH));

        assertThat(chart.bars().get(2).month()).isEqualTo("mar");
        assertThat(chart.bars().get(2).longMonth()).isEqualTo("marzo de 2026");
        assertThat(chart.bars().get(2).tooltip()).isEqualTo("marzo de 2026: 1 cotización, 0,00\u00a0€");
        assertThat(chart.bars().get(11).tooltip()).startsWith("diciembre de 2026: 1.200 cotizaciones, ");
        assertThat(chart.bars().get(11).countText()).isEqualTo("1.200");
        assertThat(chart.maxCountLabel()).isEqualTo("1.200");
        assertThat(chart.description()).isEqualTo(
                "Cotizaciones creadas cada mes en los últimos 12 meses: 1.201 en total.");
    }

    @Test
    void noQuotesAtAllDrawsAFlatChart() {
        List<MonthFigures> months = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            months.add(new MonthFigures(YearMonth.of(2026, 1).plusMonths(i), 0, Money.ZERO));
        }

        MonthlyChart chart = MonthlyChart.of(months, format, english);

        assertThat(chart.bars()).allSatisfy(bar -> assertThat(bar.height()).isZero());
        assertThat(chart.valuePoints()).allSatisfy(point -> assertThat(point.y()).isEqualTo(chart.plotBottom()));
        assertThat(chart.description()).isEqualTo("No quotes were created in the last 12 months.");
        assertThat(MonthlyChart.of(months, format, Messages.of(Language.SPANISH)).description())
                .isEqualTo("No se creó ninguna cotización en los últimos 12 meses.");
    }
}
