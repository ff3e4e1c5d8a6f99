package com.wqs.domain.pricing;

import static com.wqs.testing.CatalogFixtures.catalog;
import static com.wqs.testing.CatalogFixtures.defaultRates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.wqs.domain.catalog.BomLine;
import com.wqs.domain.catalog.LaborRate;
import com.wqs.domain.catalog.Material;
import com.wqs.domain.catalog.MaterialCategory;
import com.wqs.domain.catalog.MaterialId;
import com.wqs.domain.catalog.MaterialUnit;
import com.wqs.domain.catalog.Product;
import com.wqs.domain.catalog.ProductCategory;
import com.wqs.domain.catalog.ProductId;
import com.wqs.domain.catalog.WindowType;
import com.wqs.domain.quote.MaterialLine;
import com.wqs.domain.quote.QuoteLine;
import com.wqs.domain.quote.QuoteRates;
import com.wqs.domain.quote.WindowLine;
import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.ValidationException;
import com.wqs.testing.CatalogFixtures;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PricingEngineValidationTest {
    private final PricingEngine engine = new PricingEngine();

    private static WindowLine sliding(int widthMm, int heightMm, int quantity) {
        return new WindowLine("SLD-2L", "GL-CLR6", "WHITE", widthMm, heightMm, quantity, null);
    }

    private static MaterialLine material(String code, String quantity) {
        return new MaterialLine(code, quantity == null ? null : new BigDecimal(quantity), null);
    }

    private List<FieldError> errors(List<QuoteLine> lines, QuoteRates rates, PricingCatalog catalog) {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> engine.price(lines, rates, catalog));
        assertThat(e).as("a validation error").isNotNull();
        assertThat(e.code()).isEqualTo("validation_failed");
        return e.errors();
    }

    private List<FieldError> errors(QuoteLine... lines) {
        return errors(Arrays.asList(lines), defaultRates(), catalog());
    }

    private static PricingCatalog catalogWith(List<Material> materials, List<Product> products,
            List<LaborRate> rates) {
        return PricingCatalog.of(materials, products, rates);
    }

    private static List<Material> materialsPlus(Material... extra) {
        return Stream.concat(CatalogFixtures.materials().stream(), Stream.of(extra)).toList();
    }

    private static Material inactiveCopy(Material m, String code) {
        return new Material(MaterialId.newId(), code, m.name(), m.category(), m.unit(), m.unitCost(),
                m.stockLengthM(), false, m.colourCosts(), 0);
    }

    @Test
    void refusesMoreThan200Lines() {
        List<QuoteLine> lines = Collections.nCopies(201, material("HW-ROLL", "1"));

        assertThat(errors(lines, defaultRates(), catalog()))
                .containsExactly(new FieldError("lines", "must have at most 200 lines"));
    }

    @Test
    void accepts200Lines() {
        List<QuoteLine> lines = Collections.nCopies(200, material("HW-ROLL", "1"));

        assertThat(engine.price(lines, defaultRates(), catalog()).lines()).hasSize(200);
    }

    @Test
    void requiresTheLines() {
        assertThat(errors(null, defaultRates(), catalog())).containsExactly(new FieldError("lines", "is required"));
        List<QuoteLine> withNull = new ArrayList<>();
        withNull.add(material("HW-ROLL", "1"));
        withNull.add(null);
        assertThat(errors(withNull, defaultRates(), catalog()))
                .containsExactly(new FieldError("lines[1]", "is required"));
    }

    @Test
    void namesAnUnknownOrMissingProduct() {
        assertThat(errors(new WindowLine("NOPE", "GL-CLR6", null, 1000, 1000, 1, null)))
                .containsExactly(new FieldError("lines[0].productCode", "unknown product 'NOPE'"));
        assertThat(errors(new WindowLine(" ", "GL-CLR6", null, 1000, 1000, 1, null)))
                .containsExactly(new FieldError("lines[0].productCode", "is required"));
        assertThat(errors(new WindowLine(null, "GL-CLR6", null, 1000, 1000, 1, null)))
                .containsExactly(new FieldError("lines[0].productCode", "is required"));
    }

    @Test
    void refusesAnInactiveProduct() {
        Product p = CatalogFixtures.SLD_2L;
        Product inactive = new Product(p.id(), p.code(), p.name(), p.category(), p.windowType(), p.minWidthMm(),
                p.maxWidthMm(), p.minHeightMm(), p.maxHeightMm(), p.bom(), false, 0);
        PricingCatalog catalog = catalogWith(CatalogFixtures.materials(), List.of(inactive),
                CatalogFixtures.laborRates());

        assertThat(errors(List.of(sliding(1500, 1200, 1)), defaultRates(), catalog))
                .containsExactly(new FieldError("lines[0].productCode", "product 'SLD-2L' is inactive"));
    }

    @Test
    void refusesAProductWhoseBomUsesAMaterialMissingFromTheCatalogue() {
        List<Material> withoutRollers = CatalogFixtures.materials().stream()
                .filter(m -> !m.code().equals("HW-ROLL"))
                .toList();
        PricingCatalog catalog = catalogWith(withoutRollers, CatalogFixtures.products(), CatalogFixtures.laborRates());

        assertThat(errors(List.of(sliding(1500, 1200, 1)), defaultRates(), catalog))
                .containsExactly(new FieldError("lines[0].productCode",
                        "product 'SLD-2L' uses material 'HW-ROLL', which is not in the catalogue"));
    }

    @Test
    void needsALabourRateForTheWindowTypeUnlessOverridden() {
        PricingCatalog catalog = catalogWith(CatalogFixtures.materials(), CatalogFixtures.products(),
                List.of(CatalogFixtures.FIXED_LABOR));

        assertThat(errors(List.of(sliding(1500, 1200, 1)), defaultRates(), catalog))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(tuple("lines[0].productCode",
                        "no labour rate for window type SLIDING (set one, or override the labour rate of the quote)"));

        QuoteRates d = defaultRates();
        QuoteRates overridden = new QuoteRates(d.profitMargin(), d.indirectRate(), d.discountRate(), d.taxRate(),
                d.glassWaste(), new BigDecimal("30"));
        assertThat(engine.price(List.of(sliding(1500, 1200, 1)), overridden, catalog).labour())
                .hasToString("54.00"); // 1.8 m² × 30.00 × 1
    }

    @Test
    void checksTheGlass() {
        Material inactiveGlass = inactiveCopy(CatalogFixtures.GL_CLR6, "GL-OLD");
        PricingCatalog catalog = catalogWith(materialsPlus(inactiveGlass), CatalogFixtures.products(),
                CatalogFixtures.laborRates());
        List<QuoteLine> lines = List.of(
                new WindowLine("SLD-2L", null, null, 1500, 1200, 1, null),
                new WindowLine("SLD-2L", "GL-NONE", null, 1500, 1200, 1, null),
                new WindowLine("SLD-2L", "HW-ROLL", null, 1500, 1200, 1, null),
                new WindowLine("SLD-2L", "GL-OLD", null, 1500, 1200, 1, null));

        assertThat(errors(lines, defaultRates(), catalog)).containsExactly(
                new FieldError("lines[0].glassCode", "is required"),
                new FieldError("lines[1].glassCode", "unknown glass 'GL-NONE'"),
                new FieldError("lines[2].glassCode", "'HW-ROLL' is not a glass (it is HARDWARE)"),
                new FieldError("lines[3].glassCode", "glass 'GL-OLD' is inactive"));
    }

    @ParameterizedTest(name = "{0} × {1}")
    @CsvSource({
        "799, 1200, lines[0].widthMm, must be between 800 and 3000 mm for SLD-2L",
        "3001, 1200, lines[0].widthMm, must be between 800 and 3000 mm for SLD-2L",
        "0, 1200, lines[0].widthMm, must be between 800 and 3000 mm for SLD-2L",
        "-1500, 1200, lines[0].widthMm, must be between 800 and 3000 mm for SLD-2L",
        "1500, 599, lines[0].heightMm, must be between 600 and 2500 mm for SLD-2L",
        "1500, 2501, lines[0].heightMm, must be between 600 and 2500 mm for SLD-2L",
    })
    void refusesASizeOutsideTheProductsRange(int width, int height, String field, String message) {
        assertThat(errors(sliding(width, height, 1))).containsExactly(new FieldError(field, message));
    }

    @Test
    void acceptsTheEdgesOfTheRange() {
        assertThatNoException().isThrownBy(() -> engine.price(
                List.of(sliding(800, 600, 1), sliding(3000, 2500, 1)), defaultRates(), catalog()));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 1001, Integer.MAX_VALUE})
    void refusesAWindowQuantityOutside1To1000(int quantity) {
        assertThat(errors(sliding(1500, 1200, quantity)))
                .containsExactly(new FieldError("lines[0].quantity", "must be between 1 and 1000"));
    }

    @Test
    void acceptsWindowQuantities1And1000() {
        assertThat(engine.price(List.of(sliding(1500, 1200, 1), sliding(1500, 1200, 1000)), defaultRates(),
                catalog()).lines()).hasSize(2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "null", value = {
        "null, is required",
        "0, must be greater than 0",
        "0.0000, must be greater than 0",
        "-2, must be greater than 0",
        "100000.01, must be at most 100000",
        "1E+6, must be at most 100000",
        "1.23456, must have at most 4 decimals",
        "0.00001, must have at most 4 decimals",
    })
    void checksAMaterialLineQuantity(String quantity, String message) {
        assertThat(errors(material("HW-ROLL", quantity)))
                .containsExactly(new FieldError("lines[0].quantity", message));
    }

    @Test
    void acceptsMaterialQuantitiesAtTheLimits() {
        List<QuoteLine> lines = List.of(material("HW-ROLL", "0.0001"), material("HW-ROLL", "100000"),
                material("HW-ROLL", "1.23450"));

        assertThat(engine.price(lines, defaultRates(), catalog()).lines())
                .extracting(l -> l.cost().toString())
                .containsExactly("0.00", "1500000.00", "18.52");
    }

    @Test
    void checksTheMaterialOfAMaterialLine() {
        Material inactive = inactiveCopy(CatalogFixtures.HW_ROLL, "HW-OLD");
        PricingCatalog catalog = catalogWith(materialsPlus(inactive), CatalogFixtures.products(),
                CatalogFixtures.laborRates());
        List<QuoteLine> lines = List.of(material(null, "1"), material("NOPE", "1"), material("hw-old", "1"));

        assertThat(errors(lines, defaultRates(), catalog)).containsExactly(
                new FieldError("lines[0].materialCode", "is required"),
                new FieldError("lines[1].materialCode", "unknown material 'NOPE'"),
                new FieldError("lines[2].materialCode", "material 'HW-OLD' is inactive"));
    }

    @Test
    void collectsEveryErrorOfEveryLine() {
        List<QuoteLine> lines = List.of(
                new WindowLine("SLD-2L", "GL-NONE", null, 500, 9000, 0, null),
                sliding(1500, 1200, 1),
                material("NOPE", "-1"),
                new WindowLine("NOPE", "GL-CLR6", null, 1000, 1000, 1, null));

        assertThat(errors(lines, defaultRates(), catalog())).containsExactly(
                new FieldError("lines[0].glassCode", "unknown glass 'GL-NONE'"),
                new FieldError("lines[0].widthMm", "must be between 800 and 3000 mm for SLD-2L"),
                new FieldError("lines[0].heightMm", "must be between 600 and 2500 mm for SLD-2L"),
                new FieldError("lines[0].quantity", "must be between 1 and 1000"),
                new FieldError("lines[2].materialCode", "unknown material 'NOPE'"),
                new FieldError("lines[2].quantity", "must be greater than 0"),
                new FieldError("lines[3].productCode", "unknown product 'NOPE'"));
    }

    @Test
    void collectsLineErrorsEvenWhenThereAreTooManyLines() {
        List<QuoteLine> lines = new ArrayList<>(Collections.nCopies(200, material("HW-ROLL", "1")));
        lines.add(material("NOPE", "1"));

        assertThat(errors(lines, defaultRates(), catalog())).containsExactly(
                new FieldError("lines", "must have at most 200 lines"),
                new FieldError("lines[200].materialCode", "unknown material 'NOPE'"));
    }

    @Test
    void reportsABomFormulaThatCannotBeComputedAtThisSize() {
        Product product = testProduct(CatalogFixtures.bom("GS-EPDM", "1 / (width_mm - 1000)", "1.00", "Gasket"));
        PricingCatalog catalog = catalogWith(CatalogFixtures.materials(), List.of(product),
                CatalogFixtures.laborRates());

        List<FieldError> errors = errors(List.of(new WindowLine("TEST", "GL-CLR6", null, 1000, 1000, 1, null)),
                defaultRates(), catalog);

        assertThat(errors).extracting(FieldError::field).containsExactly("lines[0].productCode");
        assertThat(errors.get(0).message()).contains("BOM line 1 ('GS-EPDM')", "division by zero");
        assertThat(engine.price(List.of(new WindowLine("TEST", "GL-CLR6", null, 1001, 1000, 1, null)),
                defaultRates(), catalog).lines()).hasSize(1);
    }

    @Test
    void reportsABomFormulaWithAnAbsurdNeed() {
        Product product = testProduct(CatalogFixtures.bom("PRF-JAMB", "width_mm * width_mm", "1.00", "Bad"));
        PricingCatalog catalog = catalogWith(CatalogFixtures.materials(), List.of(product),
                CatalogFixtures.laborRates());

        List<FieldError> errors = errors(List.of(new WindowLine("TEST", "GL-CLR6", null, 2000, 1000, 1, null)),
                defaultRates(), catalog);

        assertThat(errors).extracting(FieldError::field).containsExactly("lines[0].productCode");
        assertThat(errors.get(0).message()).contains("BOM line 1 ('PRF-JAMB') needs 4000000", "check its formula");
    }

    @Test
    void refusesALineCostingMoreThanCanBeStored() {
        Material gold = new Material(MaterialId.newId(), "GOLD", "Gold leaf", MaterialCategory.HARDWARE,
                MaterialUnit.KG, new BigDecimal("99999999.9999"), null, true, Map.of(), 0);
        PricingCatalog catalog = catalogWith(materialsPlus(gold), CatalogFixtures.products(),
                CatalogFixtures.laborRates());

        assertThat(errors(List.of(material("GOLD", "100000")), defaultRates(), catalog))
                .containsExactly(new FieldError("lines[0].quantity",
                        "the line would cost more than 100000000000.00"));
        assertThat(engine.price(List.of(material("GOLD", "1000")), defaultRates(), catalog).base())
                .hasToString("99999999999.90");
    }

    private static Product testProduct(BomLine bomLine) {
        return new Product(ProductId.newId(), "TEST", "Test window", ProductCategory.WINDOW, WindowType.FIXED,
                300, 5000, 300, 5000, List.of(bomLine), true, 0);
    }
}
