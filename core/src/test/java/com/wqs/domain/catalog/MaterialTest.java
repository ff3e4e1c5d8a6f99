package com.wqs.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MaterialTest {

    private static Material material(MaterialUnit unit, BigDecimal cost, BigDecimal stock, Map<String, BigDecimal> colours) {
        return new Material(MaterialId.newId(), "prf-top", " Top rail ", MaterialCategory.PROFILE, unit, cost, stock,
                true, colours, 0);
    }

    @Test
    void normalisesCodeAndColourNames() {
        Material m = material(MaterialUnit.M, new BigDecimal("95.50"), new BigDecimal("6.0"),
                Map.of(" white ", new BigDecimal("110.00")));

        assertThat(m.code()).isEqualTo("PRF-TOP");
        assertThat(m.name()).isEqualTo("Top rail");
        assertThat(m.costFor("White")).isEqualByComparingTo("110.00");
        assertThat(m.costFor("BLACK")).isEqualByComparingTo("95.50");
        assertThat(m.costFor(null)).isEqualByComparingTo("95.50");
        assertThat(m.boughtInBars()).isTrue();
    }

    @Test
    void rejectsEmptyColourNameAsValidationError() {
        Map<String, BigDecimal> colours = new HashMap<>();
        colours.put(null, BigDecimal.ONE);

        assertThatThrownBy(() -> material(MaterialUnit.M, BigDecimal.ONE, null, colours))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors())
                        .extracting(FieldError::field).containsExactly("colourCosts"));
    }

    @Test
    void namesEveryBadField() {
        assertThatThrownBy(() -> material(MaterialUnit.PIECE, new BigDecimal("1.23456"), new BigDecimal("-1"), Map.of()))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors())
                        .extracting(FieldError::field)
                        .contains("unitCost", "stockLengthM"));
    }
}
