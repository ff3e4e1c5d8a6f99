package com.wqs.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wqs.application.port.in.ImportResult;
import com.wqs.application.port.in.ManageCatalogUseCase;
import com.wqs.application.port.in.MaterialCommand;
import com.wqs.application.port.in.ProductCommand;
import com.wqs.domain.catalog.BomScope;
import com.wqs.domain.catalog.ProductLayout;
import com.wqs.domain.layout.GlassDeduction;
import com.wqs.domain.layout.LayoutNotation;
import com.wqs.application.port.in.ProductCommand.BomLineCommand;
import com.wqs.domain.catalog.LaborRate;
import com.wqs.domain.catalog.Material;
import com.wqs.domain.catalog.MaterialCategory;
import com.wqs.domain.catalog.MaterialUnit;
import com.wqs.domain.catalog.Product;
import com.wqs.domain.catalog.ProductCategory;
import com.wqs.domain.catalog.WindowType;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.ForbiddenException;
import com.wqs.domain.shared.NotFoundException;
import com.wqs.domain.shared.ValidationException;
import com.wqs.domain.user.Actor;
import com.wqs.testing.CatalogFixtures;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogServiceTest {
    private final ServiceTestbed bed = new ServiceTestbed();
    private final ManageCatalogUseCase catalog = bed.useCases.catalog();

    @Test
    void anAdminCreatesAMaterialThatEveryoneCanRead() {
        Material created = catalog.createMaterial(bed.admin, material("gl-lam8", "88.5000"));

        assertThat(created.code()).isEqualTo("GL-LAM8");
        assertThat(created.active()).isTrue();
        for (Actor actor : bed.everyone()) {
            assertThat(catalog.getMaterial(actor, created.id())).isEqualTo(created);
            assertThat(catalog.listMaterials(actor)).contains(created);
        }
    }

    @Test
    void aMaterialCodeIsUsedOnce() {
        assertThatThrownBy(() -> catalog.createMaterial(bed.admin, material("GL-CLR6", "1")))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("material.code_taken"));
    }

    @Test
    void onlyAnAdminChangesTheCatalogue() {
        Material glass = CatalogFixtures.GL_CLR6;
        for (Actor actor : List.of(bed.sales, bed.production)) {
            assertThatThrownBy(() -> catalog.createMaterial(actor, material("X-1", "1"))).isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> catalog.updateMaterial(actor, glass.id(), material("GL-CLR6", "1"), glass.version()))
                    .isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> catalog.deleteMaterial(actor, glass.id())).isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> catalog.createProduct(actor, product("P-1", bom("GL-CLR6", "area_m2"))))
                    .isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> catalog.deleteProduct(actor, CatalogFixtures.FIX_1.id()))
                    .isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> catalog.setLaborRate(actor, CatalogFixtures.FIXED_LABOR))
                    .isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> catalog.importMaterials(actor, List.of())).isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> catalog.importProducts(actor, List.of())).isInstanceOf(ForbiddenException.class);
        }
        assertThat(catalog.getMaterial(bed.sales, glass.id())).isEqualTo(glass);
    }

    @Test
    void updatingAMaterialKeepsItsIdAndBumpsItsVersion() {
        Material updated = catalog.updateMaterial(bed.admin, CatalogFixtures.GL_CLR6.id(), material("GL-CLR6", "130.00"),
                CatalogFixtures.GL_CLR6.version());

        assertThat(updated.id()).isEqualTo(CatalogFixtures.GL_CLR6.id());
        assertThat(updated.unitCost()).isEqualByComparingTo("130.00");
        assertThat(updated.version()).isGreaterThan(CatalogFixtures.GL_CLR6.version());
    }

    @Test
    void aMaterialInABillOfMaterialsIsNeitherDeletedNorRenamed() {
        Material jamb = CatalogFixtures.PRF_JAMB;
        MaterialCommand renamed = new MaterialCommand("PRF-JAMB-2", jamb.name(), jamb.category(), jamb.unit(), jamb.unitCost(),
                jamb.stockLengthM(), true, Map.of());

        assertThatThrownBy(() -> catalog.deleteMaterial(bed.admin, jamb.id()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("material.in_use"));
        assertThatThrownBy(() -> catalog.updateMaterial(bed.admin, jamb.id(), renamed, jamb.version())).isInstanceOf(ConflictException.class);
        assertThat(catalog.getMaterial(bed.admin, jamb.id()).code()).isEqualTo("PRF-JAMB");
    }

    @Test
    void anUnusedMaterialIsDeleted() {
        catalog.deleteMaterial(bed.admin, CatalogFixtures.GL_LOWE6.id());

        assertThatThrownBy(() -> catalog.getMaterial(bed.admin, CatalogFixtures.GL_LOWE6.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> catalog.deleteMaterial(bed.admin, CatalogFixtures.GL_LOWE6.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aProductIsSavedWithItsFormulasParsed() {
        Product created = catalog.createProduct(bed.admin, product("awn-1",
                bom("PRF-TOP", "2 * (width_m + height_m)"), bom("HW-CLIP", "max(4, ceil(perimeter_m / 0.4))")));

        assertThat(created.code()).isEqualTo("AWN-1");
        assertThat(created.bom()).extracting(line -> line.formula().source())
                .containsExactly("2 * (width_m + height_m)", "max(4, ceil(perimeter_m / 0.4))");
        assertThat(catalog.getProductByCode(bed.production, "awn-1")).isEqualTo(created);
    }

    @Test
    void everyBadFormulaAndUnknownMaterialIsNamedByItsBomLine() {
        ProductCommand bad = product("AWN-2", bom("PRF-TOP", "width_m"), bom("PRF-TOP", "depth_m * 2"),
                bom("NO-SUCH", "1"), bom("HW-CLIP", "(width_m"));

        assertThatThrownBy(() -> catalog.createProduct(bed.admin, bad))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.errors()).extracting(FieldError::field)
                            .containsExactlyInAnyOrder("bom[1].formula", "bom[2].materialCode", "bom[3].formula");
                    assertThat(e.errors().get(0).message()).contains("depth_m");
                });
        assertThat(catalog.listProducts(bed.admin)).hasSize(CatalogFixtures.products().size());
    }

    @Test
    void aProductIsSavedWithTheMathFunctionsAndTheQuantity() {
        Product created = catalog.createProduct(bed.admin, product("awn-3",
                bom("PRF-TOP", "round(sqrt(pow(width_m, 2) + pow(height_m, 2)), 3)"),
                bom("HW-CLIP", "abs(ceil(12 / quantity)) + 0 * pi * e")));

        assertThat(created.bom()).extracting(line -> line.formula().variables())
                .containsExactly(Set.of("width_m", "height_m"), Set.of("quantity"));
    }

    @Test
    void anUnknownFunctionOrBadArgumentIsNamedByItsBomLine() {
        ProductCommand bad = product("AWN-4", bom("PRF-TOP", "log(width_m)"), bom("PRF-TOP", "width_m"),
                bom("HW-CLIP", "round(quantity, 1.5)"), bom("HW-CLIP", "pow(qty, 2)"));

        assertThatThrownBy(() -> catalog.createProduct(bed.admin, bad))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.errors()).extracting(FieldError::field)
                            .containsExactlyInAnyOrder("bom[0].formula", "bom[2].formula", "bom[3].formula");
                    assertThat(e.errors()).extracting(FieldError::message).anySatisfy(m ->
                            assertThat(m).contains("unknown function 'log'")).anySatisfy(m ->
                            assertThat(m).contains("round() decimals")).anySatisfy(m ->
                            assertThat(m).contains("unknown variable 'qty'"));
                });
        assertThat(catalog.listProducts(bed.admin)).hasSize(CatalogFixtures.products().size());
    }

    @Test
    void aProductIsSavedWithItsLayoutAndAnUnknownCellGlassIsNamed() {
        ProductLayout layout = new ProductLayout(LayoutNotation.parse("V(600)[FIX:GL-LOWE6,CR]", "layout"), false, 60,
                250, new GlassDeduction(20, 20), new GlassDeduction(50, 50));
        Product created = catalog.createProduct(bed.admin, new ProductCommand("CAS-2", "Casement", ProductCategory.WINDOW,
                WindowType.CASEMENT, 900, 2000, 600, 2000, List.of(new BomLineCommand("PRF-JAMB", "division_length_m",
                        null, "Mullion", BomScope.EACH_MULLION)), layout, null));

        assertThat(catalog.getProductByCode(bed.admin, "CAS-2")).isEqualTo(created);
        assertThat(created.layout()).isEqualTo(layout);
        assertThat(created.bom().get(0).scope()).isEqualTo(BomScope.EACH_MULLION);

        ProductLayout unknownGlass = new ProductLayout(LayoutNotation.parse("V(600)[FIX:GL-NOPE,CR]", "layout"), true,
                60, 250, null, null);
        assertThatThrownBy(() -> catalog.createProduct(bed.admin, new ProductCommand("CAS-3", "Casement",
                ProductCategory.WINDOW, WindowType.CASEMENT, 900, 2000, 600, 2000, List.of(), unknownGlass, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("layout.defaultLayout.cells[0].glassCode"));
    }

    @Test
    void missingProductFieldsAreReportedTogether() {
        ProductCommand empty = new ProductCommand(null, null, null, null, null, null, null, null, null, null);

        assertThatThrownBy(() -> catalog.createProduct(bed.admin, empty))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .contains("code", "name", "category", "windowType", "minWidthMm", "maxWidthMm", "minHeightMm",
                                "maxHeightMm"));
    }

    @Test
    void aProductCodeIsUsedOnceAndAnUnknownProductIsNotFound() {
        assertThatThrownBy(() -> catalog.createProduct(bed.admin, product("SLD-2L", bom("PRF-TOP", "1"))))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> catalog.getProductByCode(bed.admin, "NOPE")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void labourRatesAreSetByType() {
        LaborRate rate = catalog.setLaborRate(bed.admin, new LaborRate(WindowType.AWNING, new BigDecimal("55.00"), new BigDecimal("1.3")));

        assertThat(catalog.listLaborRates(bed.sales)).contains(rate);
    }

    @Test
    void anImportCreatesNewCodesAndUpdatesKnownOnes() {
        ImportResult result = catalog.importMaterials(bed.admin, List.of(material("gl-clr6", "125.00"), material("GL-NEW", "10")));

        assertThat(result).isEqualTo(new ImportResult(1, 1));
        assertThat(catalog.getMaterial(bed.admin, CatalogFixtures.GL_CLR6.id()).unitCost()).isEqualByComparingTo("125.00");
        assertThat(catalog.listMaterials(bed.admin)).extracting(Material::code).contains("GL-NEW");
    }

    @Test
    void anImportWithAnyBadRowWritesNothingAndNamesEveryBadRow() {
        List<MaterialCommand> rows = new ArrayList<>(List.of(
                material("GL-NEW", "10"),
                material("GL-BAD", "-1"),
                material("GL-NEW", "11"),
                new MaterialCommand("", null, MaterialCategory.GLASS, MaterialUnit.M2, BigDecimal.ONE, null, null, null)));
        rows.add(null);

        assertThatThrownBy(() -> catalog.importMaterials(bed.admin, rows))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactlyInAnyOrder("rows[1].unitCost", "rows[2].code", "rows[3].code", "rows[3].name",
                                "rows[4]"));
        assertThat(catalog.listMaterials(bed.admin)).extracting(Material::code).doesNotContain("GL-NEW");
    }

    @Test
    void aProductImportChecksBomMaterialsAndFormulasPerRow() {
        List<ProductCommand> rows = List.of(
                product("NEW-1", bom("PRF-TOP", "width_m")),
                product("NEW-2", bom("PRF-TOP", "width_m +")),
                product("NEW-3", bom("GHOST", "1")));

        assertThatThrownBy(() -> catalog.importProducts(bed.admin, rows))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactlyInAnyOrder("rows[1].bom[0].formula", "rows[2].bom[0].materialCode"));
        assertThat(catalog.listProducts(bed.admin)).extracting(Product::code).doesNotContain("NEW-1");

        assertThat(catalog.importProducts(bed.admin, rows.subList(0, 1))).isEqualTo(new ImportResult(1, 0));
    }

    private static MaterialCommand material(String code, String cost) {
        return new MaterialCommand(code, "Material " + code, MaterialCategory.GLASS, MaterialUnit.M2, new BigDecimal(cost),
                null, null, Map.of());
    }

    private static ProductCommand product(String code, BomLineCommand... bom) {
        return new ProductCommand(code, "Product " + code, ProductCategory.WINDOW, WindowType.AWNING, 400, 1500, 400, 1500,
                Arrays.asList(bom), null);
    }

    private static BomLineCommand bom(String materialCode, String formula) {
        return new BomLineCommand(materialCode, formula, null, null);
    }
}
