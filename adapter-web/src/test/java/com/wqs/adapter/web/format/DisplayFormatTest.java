package com.wqs.adapter.web.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.domain.catalog.BomPieces;
import com.wqs.domain.catalog.Formula;
import com.wqs.domain.catalog.Settings;
import com.wqs.domain.shared.Money;
import com.wqs.domain.shared.Rate;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DisplayFormatTest {
    @Test
    void usFormatsInDollars() {
        DisplayFormat format = new DisplayFormat(Settings.defaults());

        assertThat(format.money(Money.of("5477.55"))).isEqualTo("$5,477.55");
        assertThat(format.amount(Money.of("5477.5"))).isEqualTo("5,477.50");
        assertThat(format.percent(Rate.of("0.16"))).isEqualTo("16 %");
        assertThat(format.percent(new BigDecimal("0.6667"))).isEqualTo("66.67 %");
        assertThat(format.number(new BigDecimal("2.5000"))).isEqualTo("2.5");
        assertThat(format.date(LocalDate.of(2026, 3, 2))).isEqualTo("Mar 2, 2026");
    }

    @Test
    void bomPiecesReadAsCountTimesLengthThenTheEndAngles() {
        DisplayFormat format = new DisplayFormat(Settings.defaults());

        assertThat(format.pieces(new BomPieces(Formula.parse("2"), Formula.parse("cell_width_mm - 12"),
                new BigDecimal("45"), new BigDecimal("45.0")))).isEqualTo("2 × (cell_width_mm - 12) mm, 45°/45°");
        assertThat(format.pieces(new BomPieces(Formula.parse("sashes"), Formula.parse("600"), null,
                new BigDecimal("22.5")))).isEqualTo("sashes × (600) mm, 90°/22.5°");
    }

    @Test
    void theConfiguredLocaleCurrencyAndZoneAreUsed() {
        Settings defaults = Settings.defaults();
        Settings spain = new Settings(defaults.company(), defaults.profitMargin(), defaults.indirectRate(),
                defaults.taxRate(), defaults.glassWaste(), 30, "EUR", ZoneId.of("Europe/Madrid"),
                Locale.forLanguageTag("es-ES"), "", null, 0);
        DisplayFormat format = new DisplayFormat(spain);

        assertThat(format.money(Money.of("5477.55")).replace('\u00a0', ' ')).isEqualTo("5.477,55 €");
        // 23:30 UTC on 1 March is already 2 March in Madrid.
        assertThat(format.date(Instant.parse("2026-03-01T23:30:00Z"))).isEqualTo("2 mar 2026");
        assertThat(format.currency()).isEqualTo("EUR");
    }
}
