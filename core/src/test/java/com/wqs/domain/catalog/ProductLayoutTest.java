package com.wqs.domain.catalog;

import static com.wqs.testing.CatalogFixtures.bom;
import static com.wqs.testing.CatalogFixtures.scoped;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wqs.domain.layout.GlassDeduction;
import com.wqs.domain.layout.LayoutNotation;
import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A product's layout rules and scoped BOM lines are checked when the product is made (saved). */
class ProductLayoutTest {

    @Test
    void aCellVariableInTheWindowScopeIsNamed() {
        assertThatThrownBy(() -> product(List.of(bom("PRF-TOP", "2 * cell_width_m", "1.00", "Sash")),
                ProductLayout.NONE))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(error -> {
                            assertThat(error.field()).isEqualTo("bom[0].formula");
                            assertThat(error.message()).contains("'cell_width_m' is not available in scope WINDOW");
                        }));
    }

    @Test
    void aDivisionVariableIsNotAvailableToACellScope() {
        assertThatThrownBy(() -> product(List.of(scoped("PRF-TOP", "division_length_m", "1.00", "Bead",
                BomScope.EACH_CELL)), ProductLayout.NONE))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("bom[0].formula");
    }

    @Test
    void scopedLinesMayUseTheirScopesAndTheLayoutsVariables() {
        Product product = product(List.of(
                scoped("PRF-TOP", "2 * (cell_width_m + cell_height_m)", "1.05", "Sash", BomScope.EACH_SASH),
                scoped("PRF-JAMB", "division_length_m", "1.00", "Mullion", BomScope.EACH_MULLION),
                bom("HW-ROLL", "sashes * 2 + panes - cells + mullions + transoms + mullion_m + transom_m"
                        + " + glass_area_m2 + fixed_cells", "1.00", "Everything")), ProductLayout.NONE);

        assertThat(product.bom()).extracting(BomLine::scope)
                .containsExactly(BomScope.EACH_SASH, BomScope.EACH_MULLION, BomScope.WINDOW);
    }

    @Test
    void aDeductionThatWouldLeaveNoGlassInTheSmallestCellIsRefused() {
        ProductLayout layout = new ProductLayout(null, true, 0, 200, new GlassDeduction(20, 20),
                new GlassDeduction(200, 30));

        assertThatThrownBy(() -> product(List.of(), layout))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("layout.sashDeduction.widthMm"));
    }

    @Test
    void aDefaultLayoutThatDoesNotFitTheSmallestWindowIsRefused() {
        ProductLayout layout = new ProductLayout(LayoutNotation.parse("V(900)[FIX,CR]", "layout"), true, 60, 250,
                GlassDeduction.NONE, GlassDeduction.NONE);

        assertThatThrownBy(() -> product(List.of(), layout))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("layout.defaultLayout.divisions[0].positionMm"));
    }

    @Test
    void negativeAndOversizedDivisionWidthsAreRefused() {
        assertThatThrownBy(() -> product(List.of(), new ProductLayout(null, true, -1, 100, null, null)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("layout.divisionWidthMm");
        assertThatThrownBy(() -> product(List.of(), new ProductLayout(null, true, 0, 0, null, null)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("layout.minCellMm");
    }

    private static Product product(List<BomLine> bom, ProductLayout layout) {
        return new Product(ProductId.newId(), "P-1", "Test", ProductCategory.WINDOW, WindowType.CASEMENT, 800, 3000,
                600, 2500, bom, layout, true, 0);
    }
}
