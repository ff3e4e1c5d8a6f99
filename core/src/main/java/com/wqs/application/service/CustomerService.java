package com.wqs.application.service;

import com.wqs.application.port.in.CustomerCommand;
import com.wqs.application.port.in.ManageCustomersUseCase;
import com.wqs.application.port.out.Page;
import com.wqs.application.port.out.PageRequest;
import com.wqs.application.port.out.Store;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.customer.CustomerId;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.shared.NotFoundException;
import com.wqs.domain.user.AccessPolicy;
import com.wqs.domain.user.Actor;
import java.util.Objects;

/** Customers, shared by the organisation: everyone reads, ADMIN and SALES write. */
public final class CustomerService implements ManageCustomersUseCase {
    private final Store store;

    public CustomerService(Store store) {
        this.store = store;
    }

    @Override
    public Customer create(Actor actor, CustomerCommand command) {
        requireWriter(actor);
        Customer customer = toCustomer(CustomerId.newId(), command, 0);
        return store.transactions().inTransaction(() -> {
            store.customers().insert(customer);
            return load(customer.id());
        });
    }

    @Override
    public Customer update(Actor actor, CustomerId id, CustomerCommand command, Long expectedVersion) {
        requireWriter(actor);
        return store.transactions().inTransaction(() -> {
            Customer current = load(id);
            Customer changed = ExpectedVersion.build("customer", expectedVersion,
                    version -> toCustomer(id, command, version));
            ExpectedVersion.require("customer", "customer " + current.name(), current.version(), changed.version());
            store.customers().update(changed);
            return load(id);
        });
    }

    @Override
    public Customer get(Actor actor, CustomerId id) {
        return store.transactions().readOnly(() -> load(id));
    }

    @Override
    public Page<Customer> search(Actor actor, String text, PageRequest page) {
        return store.transactions().readOnly(() -> store.customers().search(text, page));
    }

    @Override
    public void delete(Actor actor, CustomerId id) {
        requireWriter(actor);
        store.transactions().run(() -> {
            if (store.quotes().existsForCustomer(id)) {
                throw new ConflictException("customer.in_use", "customer " + id + " has quotes and is kept");
            }
            if (!store.customers().delete(id)) {
                throw new NotFoundException("customer", id);
            }
        });
    }

    private Customer load(CustomerId id) {
        return store.customers().findById(id).orElseThrow(() -> new NotFoundException("customer", id));
    }

    private static void requireWriter(Actor actor) {
        Access.require(AccessPolicy.canWriteCustomers(actor), "only ADMIN and SALES change customers");
    }

    private static Customer toCustomer(CustomerId id, CustomerCommand command, long version) {
        Objects.requireNonNull(command, "command");
        return new Customer(id, command.name(), command.email(), command.phone(), command.address(), command.taxId(),
                command.notes(), command.language(), version);
    }
}
