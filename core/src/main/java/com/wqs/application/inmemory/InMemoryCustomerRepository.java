package com.wqs.application.inmemory;

import com.wqs.application.port.out.CustomerRepository;
import com.wqs.application.port.out.Page;
import com.wqs.application.port.out.PageRequest;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.customer.CustomerId;
import com.wqs.domain.shared.ConflictException;
import java.util.Comparator;
import java.util.Optional;

final class InMemoryCustomerRepository implements CustomerRepository {
    private static final Comparator<Customer> BY_NAME = Comparator
            .<Customer, String>comparing(c -> Listing.fold(c.name()))
            .thenComparing(Customer::name)
            .thenComparing(c -> c.id().value());

    private final InMemoryDatabase database;

    InMemoryCustomerRepository(InMemoryDatabase database) {
        this.database = database;
    }

    @Override
    public void insert(Customer customer) {
        database.write(tables -> {
            if (tables.customers.containsKey(customer.id())) {
                throw new ConflictException("customer.duplicate", "customer " + customer.id() + " already exists");
            }
            tables.customers.put(customer.id(), customer.withVersion(0));
        });
    }

    @Override
    public void update(Customer customer) {
        database.write(tables -> {
            Customer stored = tables.customers.get(customer.id());
            long version = Versions.next("customer", customer.id(), stored == null ? null : stored.version(),
                    customer.version());
            tables.customers.put(customer.id(), customer.withVersion(version));
        });
    }

    @Override
    public Optional<Customer> findById(CustomerId id) {
        return database.read(tables -> Optional.ofNullable(tables.customers.get(id)));
    }

    @Override
    public Page<Customer> search(String text, PageRequest page) {
        return database.read(tables -> Listing.page(tables.customers.values().stream()
                .filter(c -> Listing.contains(c.name(), text) || Listing.contains(c.email(), text)
                        || Listing.contains(c.phone(), text) || Listing.contains(c.taxId(), text))
                .sorted(BY_NAME)
                .toList(), page));
    }

    @Override
    public boolean delete(CustomerId id) {
        return database.writeAndGet(tables -> tables.customers.remove(id) != null);
    }
}
