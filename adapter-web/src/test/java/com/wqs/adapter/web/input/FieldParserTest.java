package com.wqs.adapter.web.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.domain.shared.FieldError;
import com.wqs.domain.user.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldParserTest {
    private final List<FieldError> errors = new ArrayList<>();
    private final FieldParser parser = new FieldParser(errors);

    @Test
    void wellFormedValuesParseWithoutErrors() {
        assertThat(parser.integer("widthMm", "1200")).isEqualTo(1200);
        assertThat(parser.decimal("unitCost", "12.50")).isEqualByComparingTo("12.50");
        assertThat(parser.enumValue("role", "sales", Role.class)).isEqualTo(Role.SALES);
        assertThat(parser.date("validUntil", "2026-03-31")).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(errors).isEmpty();
    }

    @Test
    void anAbsentValueIsNullWithoutAnError() {
        assertThat(parser.integer("widthMm", null)).isNull();
        assertThat(parser.decimal("unitCost", null)).isNull();
        assertThat(parser.enumValue("role", null, Role.class)).isNull();
        assertThat(parser.date("validUntil", null)).isNull();
        assertThat(errors).isEmpty();
    }

    @Test
    void everyValueThatDoesNotParseIsAnErrorNamingItsField() {
        assertThat(parser.integer("widthMm", "12.5")).isNull();
        BigDecimal cost = parser.decimal("unitCost", "12,50");
        assertThat(parser.enumValue("role", "boss", Role.class)).isNull();
        assertThat(parser.date("validUntil", "31/03/2026")).isNull();

        assertThat(cost).isNull();
        assertThat(errors).containsExactly(
                new FieldError("widthMm", "must be a whole number"),
                new FieldError("unitCost", "must be a decimal number such as 12.50"),
                new FieldError("role", "must be one of ADMIN, SALES, PRODUCTION"),
                new FieldError("validUntil", "must be a date such as 2026-03-31"));
    }
}
