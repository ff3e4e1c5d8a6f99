package com.wqs.adapter.web.format;

import com.wqs.domain.catalog.BomPieces;
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
 * Formats amounts, rates and dates for people, in the installation's locale, currency and time zone
 * (PDF documents and HTML pages alike). Not thread-safe: make one per rendering.
 */
public final class DisplayFormat {
    private final Language language;
    private final Locale locale;
    private final ZoneId zone;
    private final String currency;
    private final NumberFormat money;
    private final NumberFormat plainMoney;
    private final NumberFormat decimal;
    private final NumberFormat percent;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter month;

    /** In the installation's own locale. */
    public DisplayFormat(Settings settings) {
        this(settings, settings.language());
    }

    /**
     * In {@code language}, keeping the installation's country, currency and zone: {@code 1.234,50 €} for
     * Spanish in Spain, {@code €1,234.50} for English there ({@link Language#locale}).
     */
    public DisplayFormat(Settings settings, Language language) {
        this.language = language;
        this.locale = language.locale(settings.locale());
        this.zone = settings.zone();
        this.currency = settings.currency();
        Currency currency = Currency.getInstance(settings.currency());
        this.money = NumberFormat.getCurrencyInstance(locale);
        money.setCurrency(currency);
        money.setMinimumFractionDigits(2);
        money.setMaximumFractionDigits(2);
        this.plainMoney = NumberFormat.getNumberInstance(locale);
        plainMoney.setMinimumFractionDigits(2);
        plainMoney.setMaximumFractionDigits(2);
        this.decimal = NumberFormat.getNumberInstance(locale);
        decimal.setMaximumFractionDigits(4);
        this.percent = NumberFormat.getNumberInstance(locale);
        percent.setMaximumFractionDigits(2);
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone);
        this.month = DateTimeFormatter.ofPattern("MMM yyyy", locale);
    }

    /** The language the values are formatted in (the page's or the document's). */
    public Language language() {
        return language;
    }

    public Locale locale() {
        return locale;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The ISO 4217 code, such as {@code USD}. */
    public String currency() {
        return currency;
    }

    /** With the currency symbol: {@code $1,234.50}. */
    public String money(Money amount) {
        return amount == null ? "" : money.format(amount.amount());
    }

    /** An amount taken off, such as a discount: {@code −$12.50}; a zero is {@code $0.00}, never {@code −$0.00}. */
    public String deduction(Money amount) {
        if (amount == null) {
            return "";
        }
        return amount.amount().signum() == 0 ? money(amount) : "\u2212" + money(amount);
    }

    /** Without the currency symbol: {@code 1,234.50}. */
    public String amount(Money amount) {
        return amount == null ? "" : plainMoney.format(amount.amount());
    }

    /** A quantity, up to 4 decimals: {@code 2.5}. */
    public String number(BigDecimal value) {
        return value == null ? "" : decimal.format(value);
    }

    /** A BOM line's pieces: {@code 2 × (cell_width_mm - 12) mm, 45°/45°} (count × length, then the end angles). */
    public String pieces(BomPieces pieces) {
        return pieces.count().source() + " × (" + pieces.lengthMm().source() + ") mm, "
                + number(pieces.startAngle()) + "°/" + number(pieces.endAngle()) + "°";
    }

    public String number(long value) {
        return decimal.format(value);
    }

    /** {@code 16 %} for a rate of 0.16. */
    public String percent(Rate rate) {
        return rate == null ? "" : percent(rate.fraction());
    }

    /** {@code 62.5 %} for a fraction of 0.625. */
    public String percent(BigDecimal fraction) {
        return fraction == null ? "" : percent.format(fraction.movePointRight(2)) + " %";
    }

    public String date(LocalDate value) {
        return value == null ? "" : date.format(value);
    }

    /** The day of an instant in the configured zone. */
    public String date(Instant value) {
        return value == null ? "" : date.format(value.atZone(zone).toLocalDate());
    }

    public String dateTime(Instant value) {
        return value == null ? "" : dateTime.format(value);
    }

    public String month(YearMonth value) {
        return month.format(value);
    }

    /** Today in the configured zone, for comparisons shown to people. */
    public LocalDate today(Instant now) {
        return now.atZone(zone).toLocalDate();
    }
}
