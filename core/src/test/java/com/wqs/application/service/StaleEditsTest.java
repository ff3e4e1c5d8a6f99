package com.wqs.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wqs.application.port.in.CustomerCommand;
import com.wqs.application.port.in.ManageCatalogUseCase;
import com.wqs.application.port.in.ManageCustomersUseCase;
import com.wqs.application.port.in.MaterialCommand;
import com.wqs.application.port.in.ProductCommand;
import com.wqs.domain.catalog.Material;
import com.wqs.domain.catalog.Product;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.StaleVersionException;
import com.wqs.domain.shared.ValidationException;
import com.wqs.testing.CatalogFixtures;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Two editors read a record at the same version and both save: the second is refused with
 * {@code <entity>.stale} carrying the stored version, and the first one's changes stay (they used to be
 * overwritten silently: the services wrote with the version they had just read themselves).
 */
class StaleEditsTest {
    private final ServiceTestbed bed = new ServiceTestbed();
    private final ManageCustomersUseCase customers = bed.useCases.customers();
    private final ManageCatalogUseCase catalog = bed.useCases.catalog();

    @Test
    void theSecondEditorOfACustomerIsRefusedAndTheFirstEditStays() {
        Customer read = customers.get(bed.sales, bed.customer.id());

        Customer first = customers.update(bed.sales, read.id(), customer(read, "first"), read.version());
        assertThatThrownBy(() -> customers.update(bed.admin, read.id(), customer(read, "second"), read.version()))
                .isInstanceOfSatisfying(StaleVersionException.class, e -> {
                    assertThat(e.code()).isEqualTo("customer.stale");
                    assertThat(e.currentVersion()).hasValue(first.version());
                    assertThat(e.getMessage()).contains("Acme Homes", "version " + first.version());
                });

        assertThat(customers.get(bed.sales, read.id())).isEqualTo(first);
        assertThat(first.notes()).isEqualTo("first");
        Customer deliberate = customers.update(bed.admin, read.id(), customer(read, "second"), first.version());
        assertThat(deliberate.notes()).isEqualTo("second");
        assertThat(deliberate.version()).isEqualTo(first.version() + 1);
    }

    @Test
    void theSecondEditorOfAMaterialIsRefusedAndTheFirstEditStays() {
        Material read = catalog.getMaterial(bed.admin, CatalogFixtures.GL_CLR6.id());

        Material first = catalog.updateMaterial(bed.admin, read.id(), material(read, "130.00"), read.version());
        assertThatThrownBy(() -> catalog.updateMaterial(bed.admin, read.id(), material(read, "99.00"), read.version()))
                .isInstanceOfSatisfying(StaleVersionException.class, e -> {
                    assertThat(e.code()).isEqualTo("material.stale");
                    assertThat(e.currentVersion()).hasValue(first.version());
                });

        assertThat(catalog.getMaterial(bed.admin, read.id())).isEqualTo(first);
        assertThat(first.unitCost()).isEqualByComparingTo("130.00");
    }

    @Test
    void theSecondEditorOfAProductIsRefusedAndTheFirstEditStays() {
        Product read = catalog.getProduct(bed.admin, CatalogFixtures.FIX_1.id());

        Product first = catalog.updateProduct(bed.admin, read.id(), product(read, "First name"), read.version());
        assertThatThrownBy(() -> catalog.updateProduct(bed.admin, read.id(), product(read, "Second"), read.version()))
                .isInstanceOfSatisfying(StaleVersionException.class, e -> {
                    assertThat(e.code()).isEqualTo("product.stale");
                    assertThat(e.currentVersion()).hasValue(first.version());
                });

        assertThat(catalog.getProduct(bed.admin, read.id())).isEqualTo(first);
        assertThat(first.name()).isEqualTo("First name");
    }

    @Test
    void aReplaceWithoutAVersionNamesItWithTheOtherBadFields() {
        Customer read = customers.get(bed.sales, bed.customer.id());

        assertThatThrownBy(() -> customers.update(bed.sales, read.id(),
                new CustomerCommand(" ", "not an email", null, null, null, null), null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactlyInAnyOrder("version", "name", "email"));
        assertThatThrownBy(() -> catalog.updateMaterial(bed.admin, CatalogFixtures.GL_CLR6.id(),
                material(CatalogFixtures.GL_CLR6, "1.00"), null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("version"));
        assertThatThrownBy(() -> catalog.updateProduct(bed.admin, CatalogFixtures.FIX_1.id(),
                product(CatalogFixtures.FIX_1, "x"), null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("version"));
        assertThat(customers.get(bed.sales, read.id())).isEqualTo(read);
    }

    private static CustomerCommand customer(Customer c, String notes) {
        return new CustomerCommand(c.name(), c.email(), c.phone(), c.address(), c.taxId(), notes);
    }

    private static MaterialCommand material(Material m, String cost) {
        return new MaterialCommand(m.code(), m.name(), m.category(), m.unit(), new BigDecimal(cost), m.stockLengthM(),
                m.active(), m.colourCosts());
    }

    private static ProductCommand product(Product p, String name) {
        return new ProductCommand(p.code(), name, p.category(), p.windowType(), p.minWidthMm(), p.maxWidthMm(),
                p.minHeightMm(), p.maxHeightMm(), p.bom().stream().map(line -> new ProductCommand.BomLineCommand(
                        line.materialCode(), line.formula() == null ? null : line.formula().source(),
                        line.wasteFactor(), line.description(), line.scope(), line.pieces() == null ? null
                                : new ProductCommand.PiecesCommand(line.pieces().count().source(),
                                        line.pieces().lengthMm().source(), line.pieces().startAngle(),
                                        line.pieces().endAngle()))).toList(),
                p.layout(), p.active());
    }
}
