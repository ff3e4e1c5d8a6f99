package com.wqs.adapter.web.api.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.domain.quote.LineOption;
import com.wqs.domain.quote.QuoteLine;
import com.wqs.domain.shared.FieldError;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The optional {@code optional}, {@code alternativeGroup} and {@code chosen} columns of a quote import. */
class QuoteCsvOptionsTest {

    private static QuoteCsv.Parsed parse(String text) {
        return QuoteCsv.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void rowsSayHowTheirLinesCountAndAFileWithoutTheColumnsHasRequiredLines() {
        QuoteCsv.Parsed parsed = parse("""
                ref,customer,product,material,glass,widthMm,heightMm,quantity,optional,alternativeGroup,chosen
                A,Acme,SLD-2L,,GL-CLR6,1500,1200,2,,Glass,true
                A,Acme,SLD-2L,,GL-LOWE6,1500,1200,2,,Glass,
                A,Acme,,CN-SIL,,,,3,TRUE,,false
                A,Acme,,HW-ROLL,,,,4,,,
                """);

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.quotes().get(0).lines()).extracting(QuoteLine::option).containsExactly(
                LineOption.alternative("Glass", true), LineOption.alternative("Glass", false),
                LineOption.optional(false), LineOption.REQUIRED);
        assertThat(parse("""
                ref,customer,material,quantity
                A,Acme,CN-SIL,3
                """).quotes().get(0).lines().get(0).option()).isEqualTo(LineOption.REQUIRED);
    }

    @Test
    void badFlagsAndTheCoresOptionErrorsAreNamedByTheirRow() {
        QuoteCsv.Parsed parsed = parse("""
                ref,customer,material,quantity,optional,chosen
                A,Acme,CN-SIL,3,maybe,yes
                """);
        assertThat(parsed.errors()).extracting(FieldError::field).containsExactly("rows[2].optional", "rows[2].chosen");

        QuoteCsv.Parsed good = parse("""
                ref,customer,material,quantity,alternativeGroup
                A,Acme,CN-SIL,3,Glass
                """);
        assertThat(good.quotes().get(0).fileField("lines[0].alternativeGroup")).isEqualTo("rows[2].alternativeGroup");
        assertThat(good.quotes().get(0).fileField("lines[0].chosen")).isEqualTo("rows[2].chosen");
    }
}
