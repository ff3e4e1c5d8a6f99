package com.wqs.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wqs.application.port.in.CustomerCommand;
import com.wqs.application.port.in.ManageCustomersUseCase;
import com.wqs.application.port.out.PageRequest;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.customer.CustomerId;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.ForbiddenException;
import com.wqs.domain.shared.NotFoundException;
import com.wqs.domain.shared.ValidationException;
import com.wqs.domain.user.Actor;
import org.junit.jupiter.api.Test;

class CustomerServiceTest {
    private static final CustomerCommand ZETA =
            new CustomerCommand("Zeta Builders", "office@zeta.example", "555-0100", "1 Main St", "Z-1", "big client");

    private final ServiceTestbed bed = new ServiceTestbed();
    private final ManageCustomersUseCase customers = bed.useCases.customers();

    @Test
    void salesAndAdminsWriteCustomersThatEveryoneReads() {
        Customer created = customers.create(bed.sales, ZETA);
        Customer updated = customers.update(bed.admin, created.id(),
                new CustomerCommand("Zeta Builders Ltd", null, null, null, null, null), created.version());

        assertThat(updated.name()).isEqualTo("Zeta Builders Ltd");
        assertThat(updated.email()).isEmpty();
        for (Actor actor : bed.everyone()) {
            assertThat(customers.get(actor, created.id())).isEqualTo(updated);
            assertThat(customers.search(actor, "zeta", PageRequest.FIRST).items()).containsExactly(updated);
        }
    }

    @Test
    void productionDoesNotWriteCustomers() {
        assertThatThrownBy(() -> customers.create(bed.production, ZETA)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> customers.update(bed.production, bed.customer.id(), ZETA, 0L)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> customers.delete(bed.production, bed.customer.id())).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void badFieldsAreNamed() {
        assertThatThrownBy(() -> customers.create(bed.sales, new CustomerCommand(" ", "nope", null, null, null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactlyInAnyOrder("name", "email"));
    }

    @Test
    void aCustomerWithQuotesIsKeptAndOneWithoutIsDeleted() {
        bed.draft(bed.sales);
        Customer unused = customers.create(bed.sales, ZETA);

        assertThatThrownBy(() -> customers.delete(bed.admin, bed.customer.id()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("customer.in_use"));
        customers.delete(bed.sales, unused.id());

        assertThatThrownBy(() -> customers.get(bed.sales, unused.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> customers.delete(bed.sales, CustomerId.newId())).isInstanceOf(NotFoundException.class);
    }
}
