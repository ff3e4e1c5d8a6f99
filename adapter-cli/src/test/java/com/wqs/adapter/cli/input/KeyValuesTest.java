package com.wqs.adapter.cli.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyValuesTest {
    @Test
    void commasInsideParenthesesDoNotSplit() {
        KeyValues values = KeyValues.parse("bom[0]", "material=HW-HINGE,formula=max(2, ceil(height_m / 0.6)),waste=1",
                Map.of("material", "material", "formula", "formula", "waste", "waste"));

        assertThat(values.text("material")).isEqualTo("HW-HINGE");
        assertThat(values.text("formula")).isEqualTo("max(2, ceil(height_m / 0.6))");
        assertThat(values.text("waste")).isEqualTo("1");
        assertThat(values.errors()).isEmpty();
    }
}
