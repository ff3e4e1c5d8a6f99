package com.wqs.adapter.web.api.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.domain.layout.LayoutNotation;
import com.wqs.domain.quote.WindowLine;
import com.wqs.domain.shared.FieldError;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The optional {@code layout} column of a quote import: the notation, errors named by their file row. */
class QuoteCsvLayoutTest {

    private static QuoteCsv.Parsed parse(String text) {
        return QuoteCsv.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aWindowRowMayGiveItsLayoutAndAFileWithoutTheColumnReadsAsBefore() {
        QuoteCsv.Parsed parsed = parse("""
                ref,customer,product,glass,widthMm,heightMm,quantity,layout
                A,Acme,SLD-2L,GL-CLR6,1500,1200,2,"V(600)[FIX,CR:GL-LOWE6]"
                A,Acme,SLD-2L,GL-CLR6,1500,1200,1,
                """);
        assertThat(parsed.errors()).isEmpty();
        WindowLine laid = (WindowLine) parsed.quotes().get(0).lines().get(0);
        assertThat(laid.layout()).isEqualTo(LayoutNotation.parse("V(600)[FIX,CR:GL-LOWE6]", "layout"));
        assertThat(((WindowLine) parsed.quotes().get(0).lines().get(1)).layout()).isNull();

        QuoteCsv.Parsed old = parse("""
                ref,customer,product,glass,widthMm,heightMm
                A,Acme,SLD-2L,GL-CLR6,1500,1200
                """);
        assertThat(old.errors()).isEmpty();
        assertThat(((WindowLine) old.quotes().get(0).lines().get(0)).layout()).isNull();
    }

    @Test
    void badLayoutsAreNamedAsTheirRowsLayout() {
        QuoteCsv.Parsed parsed = parse("""
                ref,customer,product,material,glass,widthMm,heightMm,quantity,layout
                A,Acme,SLD-2L,,GL-CLR6,1500,1200,2,"V(600)[FIX,"
                A,Acme,,CN-SIL,,,,3,FIX
                """);
        assertThat(parsed.errors()).extracting(FieldError::field).containsExactly("rows[2].layout", "rows[3].layout");
        assertThat(parsed.errors().get(0).message()).contains("position");
        // What the use case names for a line's layout is told in terms of the file, detail kept.
        QuoteCsv.Parsed good = parse("""
                ref,customer,product,glass,widthMm,heightMm,layout
                A,Acme,SLD-2L,GL-CLR6,1500,1200,"V(1480)[FIX,CR]"
                """);
        assertThat(good.quotes().get(0).fileField("lines[0].layout.divisions[0].positionMm"))
                .isEqualTo("rows[2].layout.divisions[0].positionMm");
        assertThat(good.quotes().get(0).fileField("lines[0].layout")).isEqualTo("rows[2].layout");
    }
}
