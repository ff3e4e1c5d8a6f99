package com.wqs.application.port.out.contract;

import static com.wqs.testing.MaterialBuilder.aGlass;
import static com.wqs.testing.MaterialBuilder.aMaterial;
import static com.wqs.testing.MaterialBuilder.aProfile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wqs.application.port.out.MaterialRepository;
import com.wqs.domain.catalog.Material;
import com.wqs.domain.catalog.MaterialCategory;
import com.wqs.domain.catalog.MaterialId;
import com.wqs.domain.catalog.MaterialUnit;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.shared.StaleVersionException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The contract of {@link MaterialRepository}. */
public abstract class MaterialRepositoryContract extends StoreContract {

    private MaterialRepository materials() {
        return store.materials();
    }

    @Test
    void insertedMaterialIsFoundWithEveryField() {
        Material profile = aProfile().code("PRF-TOP").name("Perfil superior — serie 3″ (blanco/negro)")
                .unitCost("95.5025").stockLengthM("6.5").colourCost("white", "110.00").colourCost("BLACK", "121.1234")
                .active(false).build();

        materials().insert(profile);

        Material found = materials().findById(profile.id()).orElseThrow();
        assertSameContent(found, profile);
        assertThat(found.colourCosts()).containsOnlyKeys("WHITE", "BLACK");
        assertThat(found.unitCost()).isEqualByComparingTo("95.5025");
    }

    @Test
    void materialWithoutStockLengthOrColoursRoundTrips() {
        Material sealant = aMaterial().code("CN-SIL").category(MaterialCategory.CONSUMABLE)
                .unit(MaterialUnit.CARTRIDGE).unitCost("0.0001").build();

        materials().insert(sealant);

        Material found = materials().findByCode("CN-SIL").orElseThrow();
        assertSameContent(found, sealant);
        assertThat(found.stockLengthM()).isNull();
        assertThat(found.colourCosts()).isEmpty();
    }

    @Test
    void unknownMaterialIsNotFound() {
        assertThat(materials().findById(MaterialId.newId())).isEmpty();
        assertThat(materials().findByCode("NOPE")).isEmpty();
    }

    @Test
    void aSecondMaterialWithTheSameCodeIsAConflict() {
        Material first = aMaterial().code("HW-ROLL").build();
        materials().insert(first);

        assertThatThrownBy(() -> materials().insert(aMaterial().code("hw-roll").name("Other").build()))
                .isInstanceOf(ConflictException.class);
        assertThat(materials().findAll()).extracting(Material::id).containsExactly(first.id());
    }

    @Test
    void updateStoresTheNewStateAndIncrementsTheVersion() {
        Material glass = aGlass().code("GL-CLR6").build();
        materials().insert(glass);
        Material repriced = new Material(glass.id(), "GL-CLR8", "Clear 8 mm", MaterialCategory.GLASS, MaterialUnit.M2,
                new BigDecimal("135.7500"), null, true, Map.of("TINTED", new BigDecimal("150")), 0);

        materials().update(repriced);

        Material found = materials().findById(glass.id()).orElseThrow();
        assertSameContent(found, repriced.withVersion(1));
        assertThat(materials().findByCode("GL-CLR6")).isEmpty();
    }

    @Test
    void staleUpdateIsAConflictAndChangesNothing() {
        Material material = aMaterial().unitCost("10.00").build();
        materials().insert(material);
        materials().update(withCost(material, "11.00"));

        assertThatThrownBy(() -> materials().update(withCost(material, "12.00")))
                .isInstanceOfSatisfying(StaleVersionException.class, e -> {
                    assertThat(e.code()).isEqualTo("material.stale");
                    assertThat(e.currentVersion()).as("the version stored now").hasValue(1);
                });
        Material found = materials().findById(material.id()).orElseThrow();
        assertThat(found.unitCost()).isEqualByComparingTo("11.00");
        assertThat(found.version()).isEqualTo(1);
    }

    @Test
    void updateToAnotherMaterialsCodeIsAConflict() {
        Material first = aMaterial().code("A-1").build();
        Material second = aMaterial().code("B-2").build();
        materials().insert(first);
        materials().insert(second);

        Material renamed = new Material(second.id(), "A-1", second.name(), second.category(), second.unit(),
                second.unitCost(), null, true, Map.of(), 0);

        assertThatThrownBy(() -> materials().update(renamed)).isInstanceOf(ConflictException.class);
        assertThat(materials().findById(second.id()).orElseThrow().code()).isEqualTo("B-2");
    }

    @Test
    void findByCodesReturnsTheKnownOnes() {
        Material a = aMaterial().code("A-1").build();
        Material b = aMaterial().code("B-2").build();
        materials().insert(a);
        materials().insert(b);
        materials().insert(aMaterial().code("C-3").build());

        List<Material> found = materials().findByCodes(List.of("B-2", "A-1", "UNKNOWN"));

        assertThat(found).extracting(Material::id).containsExactlyInAnyOrder(a.id(), b.id());
        assertThat(materials().findByCodes(List.of())).isEmpty();
    }

    @Test
    void findAllIsSortedByCode() {
        for (String code : List.of("PRF-TOP", "CN-SIL", "HW-ROLL", "GL-CLR6")) {
            materials().insert(aMaterial().code(code).build());
        }

        assertThat(materials().findAll()).extracting(Material::code)
                .containsExactly("CN-SIL", "GL-CLR6", "HW-ROLL", "PRF-TOP");
    }

    @Test
    void deleteRemovesTheMaterialAndTellsWhetherOneExisted() {
        Material material = aMaterial().build();
        materials().insert(material);

        assertThat(materials().delete(material.id())).isTrue();
        assertThat(materials().delete(material.id())).isFalse();
        assertThat(materials().findById(material.id())).isEmpty();
        assertThat(materials().findByCode(material.code())).isEmpty();
    }

    private static Material withCost(Material m, String cost) {
        return new Material(m.id(), m.code(), m.name(), m.category(), m.unit(), new BigDecimal(cost), m.stockLengthM(),
                m.active(), m.colourCosts(), m.version());
    }
}
