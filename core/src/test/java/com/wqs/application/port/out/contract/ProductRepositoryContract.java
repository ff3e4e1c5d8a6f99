package com.wqs.application.port.out.contract;

import static com.wqs.testing.ProductBuilder.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wqs.application.port.out.ProductRepository;
import com.wqs.domain.catalog.BomLine;
import com.wqs.domain.catalog.BomPieces;
import com.wqs.domain.catalog.BomScope;
import com.wqs.domain.catalog.Formula;
import com.wqs.domain.catalog.Product;
import com.wqs.domain.catalog.ProductCategory;
import com.wqs.domain.catalog.ProductId;
import com.wqs.domain.catalog.WindowType;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.shared.StaleVersionException;
import java.math.BigDecimal;
import java.util.List;
import com.wqs.testing.CatalogFixtures;
import org.junit.jupiter.api.Test;

/** The contract of {@link ProductRepository}. */
public abstract class ProductRepositoryContract extends StoreContract {

    private ProductRepository products() {
        return store.products();
    }

    @Test
    void insertedProductIsFoundWithEveryFieldAndItsBomInOrder() {
        Product product = aProduct().code("SLD-2L").name("Corrediza 2 hojas — línea 3″").category(ProductCategory.DOOR)
                .windowType(WindowType.TILT_TURN).widthRange(800, 3000).heightRange(600, 2500)
                .bomLine("PRF-TOP", "width_m", "1.05", "Riel superior e inferior")
                .bomLine("PRF-JAMB", "2 * height_m", "1.10", "Jambas")
                .bomLine("HW-ROLL", "max(4, ceil(width_mm / 500))", "1", "")
                .bomLine("CN-SIL", "perimeter_m * 0.05", "1.2500", "Sellador 🧴")
                .active(false).build();

        products().insert(product);

        Product found = products().findById(product.id()).orElseThrow();
        assertSameContent(found, product);
        assertThat(found.bom()).extracting(line -> line.formula().source())
                .containsExactly("width_m", "2 * height_m", "max(4, ceil(width_mm / 500))", "perimeter_m * 0.05");
    }

    @Test
    void aProductsLayoutAndScopedBomReadBackEqual() {
        products().insert(CatalogFixtures.CAS_FIX);
        products().insert(CatalogFixtures.SLD_2L_LAYOUT);

        assertThat(products().findById(CatalogFixtures.CAS_FIX.id())).contains(CatalogFixtures.CAS_FIX);
        assertThat(products().findByCode("SLD-2L-LAY")).contains(CatalogFixtures.SLD_2L_LAYOUT);
        assertThat(products().findByCode("SLD-2L-LAY").orElseThrow().layout().lineMayChange()).isFalse();
    }

    @Test
    void aProductWithPiecesLinesReadsBackEqual() {
        Product withPieces = new Product(ProductId.of("00000000-0000-0000-0002-00000000000a"), "SLD-CUT",
                "Slider with pieces", ProductCategory.WINDOW, WindowType.SLIDING, 800, 3000, 600, 2500, List.of(
                        new BomLine("PRF-TOP", Formula.parse("width_m"), new BigDecimal("1.05"), "Track"),
                        BomLine.ofPieces("PRF-JAMB", new BomPieces(Formula.parse("2"),
                                Formula.parse("cell_width_mm - 12"), new BigDecimal("45"), new BigDecimal("22.5")),
                                new BigDecimal("1.05"), "sash rail", BomScope.EACH_SASH)),
                CatalogFixtures.SLD_2L_LAYOUT.layout(), true, 0);

        products().insert(withPieces);

        Product found = products().findByCode("SLD-CUT").orElseThrow();
        assertThat(found).isEqualTo(withPieces);
        assertThat(found.bom().get(1).formula()).isNull();
        assertThat(found.bom().get(1).pieces().lengthMm().source()).isEqualTo("cell_width_mm - 12");
    }

    @Test
    void unknownProductIsNotFound() {
        assertThat(products().findById(ProductId.newId())).isEmpty();
        assertThat(products().findByCode("NOPE")).isEmpty();
    }

    @Test
    void aSecondProductWithTheSameCodeIsAConflict() {
        Product first = aProduct().code("FIX-1").build();
        products().insert(first);

        assertThatThrownBy(() -> products().insert(aProduct().code("fix-1").build()))
                .isInstanceOf(ConflictException.class);
        assertThat(products().findAll()).extracting(Product::id).containsExactly(first.id());
    }

    @Test
    void updateStoresTheNewStateAndIncrementsTheVersion() {
        Product product = aProduct().build();
        products().insert(product);
        Product changed = new Product(product.id(), product.code(), "Renamed", ProductCategory.OTHER, WindowType.FIXED,
                500, 1500, 400, 1200,
                List.of(new BomLine("GL-CLR6", Formula.parse("area_m2"), new BigDecimal("1.02"), "glass")), true, 0);

        products().update(changed);

        assertSameContent(products().findById(product.id()).orElseThrow(), changed.withVersion(1));
    }

    @Test
    void staleUpdateIsAConflictAndChangesNothing() {
        Product product = aProduct().name("Original").build();
        products().insert(product);
        products().update(renamed(product, "First"));

        assertThatThrownBy(() -> products().update(renamed(product, "Second")))
                .isInstanceOfSatisfying(StaleVersionException.class, e -> {
                    assertThat(e.code()).isEqualTo("product.stale");
                    assertThat(e.currentVersion()).as("the version stored now").hasValue(1);
                });
        Product found = products().findById(product.id()).orElseThrow();
        assertThat(found.name()).isEqualTo("First");
        assertThat(found.version()).isEqualTo(1);
    }

    @Test
    void findByCodesReturnsTheKnownOnes() {
        Product a = aProduct().code("A-1").build();
        Product b = aProduct().code("B-2").build();
        products().insert(a);
        products().insert(b);
        products().insert(aProduct().code("C-3").build());

        assertThat(products().findByCodes(List.of("A-1", "B-2", "X-9"))).extracting(Product::id)
                .containsExactlyInAnyOrder(a.id(), b.id());
        assertThat(products().findByCode("B-2").orElseThrow().id()).isEqualTo(b.id());
    }

    @Test
    void findAllIsSortedByCode() {
        for (String code : List.of("SLD-2L", "CAS-1", "FIX-1")) {
            products().insert(aProduct().code(code).build());
        }

        assertThat(products().findAll()).extracting(Product::code).containsExactly("CAS-1", "FIX-1", "SLD-2L");
    }

    @Test
    void deleteRemovesTheProductAndTellsWhetherOneExisted() {
        Product product = aProduct().build();
        products().insert(product);

        assertThat(products().delete(product.id())).isTrue();
        assertThat(products().delete(product.id())).isFalse();
        assertThat(products().findById(product.id())).isEmpty();
    }

    private static Product renamed(Product p, String name) {
        return new Product(p.id(), p.code(), name, p.category(), p.windowType(), p.minWidthMm(), p.maxWidthMm(),
                p.minHeightMm(), p.maxHeightMm(), p.bom(), p.active(), p.version());
    }
}
