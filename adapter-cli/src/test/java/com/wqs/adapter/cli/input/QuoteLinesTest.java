package com.wqs.adapter.cli.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wqs.domain.quote.MaterialLine;
import com.wqs.domain.quote.WindowLine;
import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteLinesTest {
    @Test
    void readsWindowAndMaterialLinesWithWindowsFirst() {
        var lines = QuoteLines.parse(List.of("product=SLD-2L,glass=GLS-CLR-6,color=white,w=1500,h=1200,qty=2"),
                List.of("code=SIL-NEU,qty=3"));

        assertThat(lines).containsExactly(
                new WindowLine("SLD-2L", "GLS-CLR-6", "WHITE", 1500, 1200, 2, ""),
                new MaterialLine("SIL-NEU", new BigDecimal("3"), ""));
    }

    @Test
    void quantityDefaultsToOneAndAliasesAreAccepted() {
        var lines = QuoteLines.parse(List.of("p=FIX-1,g=GL-CLR-4,width=600,height=800"), List.of());

        assertThat(lines).containsExactly(new WindowLine("FIX-1", "GL-CLR-4", null, 600, 800, 1, ""));
    }

    @Test
    void reportsEveryBadFieldOfEveryLineNamedLikeThePricingEngine() {
        assertThatThrownBy(() -> QuoteLines.parse(List.of("product=SLD-2L,w=wide,h=1200", "bogus"),
                List.of("code=SIL,qty=lots", "qty=1,colour=RED")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactly("lines[0].glass", "lines[0].w", "lines[1]", "lines[2].qty", "lines[3]"));
    }

    @Test
    void aKeyGivenTwiceIsAnError() {
        assertThatThrownBy(() -> QuoteLines.parse(List.of("product=A,product=B,glass=G,w=1,h=1"), List.of()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("lines[0].product"));
    }
}
