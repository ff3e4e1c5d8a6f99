package com.wqs.adapter.cli.output;

import com.wqs.domain.catalog.Settings;
import com.wqs.domain.shared.Language;
import com.wqs.domain.shared.Money;
import com.wqs.domain.shared.Rate;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * Money, numbers and dates for people, in the run's language with the installation's country, currency and
 * time zone ({@link Language#locale}).
 */
public final class Formats {
    private final Locale locale;
    private final ZoneId zone;
    private final NumberFormat money;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter month;

    public Formats(Settings settings) {
        this(settings, settings.language());
    }

    public Formats(Settings settings, Language language) {
        this.locale = language.locale(settings.locale());
        this.zone = settings.zone();
        this.money = NumberFormat.getCurrencyInstance(locale);
        money.setCurrency(Currency.getInstance(settings.currency()));
        money.setMinimumFractionDigits(2);
        money.setMaximumFractionDigits(2);
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone);
        this.month = DateTimeFormatter.ofPattern("MMM yyyy", locale);
    }

    public ZoneId zone() {
        return zone;
    }

    public String money(Money amount) {
        return amount == null ? "" : money.format(amount.amount());
    }

    /** A catalogue unit cost (up to 4 decimals), without the currency symbol. */
    public String cost(BigDecimal cost) {
        if (cost == null) {
            return "";
        }
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMinimumFractionDigits(2);
        number.setMaximumFractionDigits(4);
        return number.format(cost);
    }

    public String quantity(BigDecimal quantity) {
        if (quantity == null) {
            return "";
        }
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(4);
        return number.format(quantity);
    }

    public String percent(Rate rate) {
        if (rate == null) {
            return "";
        }
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(2);
        return number.format(rate.percent()) + " %";
    }

    public String percent(BigDecimal fraction) {
        return fraction == null ? "" : percent(new Rate(fraction));
    }

    public String date(LocalDate value) {
        return value == null ? "" : date.format(value);
    }

    public String dateTime(Instant value) {
        return value == null ? "" : dateTime.format(value);
    }

    public String month(YearMonth value) {
        return month.format(value);
    }
}
