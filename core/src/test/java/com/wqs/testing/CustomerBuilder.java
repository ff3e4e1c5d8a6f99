package com.wqs.testing;

import com.wqs.domain.customer.Customer;
import com.wqs.domain.customer.CustomerId;
import java.util.concurrent.atomic.AtomicInteger;

/** Test customers: {@code aCustomer().name("Ana Pérez").build()}; every field filled by default. */
public final class CustomerBuilder {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final int n = SEQUENCE.incrementAndGet();
    private CustomerId id = CustomerId.newId();
    private String name = "Customer " + n;
    private String email = "customer-" + n + "@example.com";
    private String phone = "+1 555 01" + String.format("%02d", n % 100);
    private String address = n + " Main Street, Springfield";
    private String taxId = "TAX-" + n;
    private String notes = "";
    private long version;

    private CustomerBuilder() {
    }

    public static CustomerBuilder aCustomer() {
        return new CustomerBuilder();
    }

    public CustomerBuilder id(CustomerId value) {
        this.id = value;
        return this;
    }

    public CustomerBuilder name(String value) {
        this.name = value;
        return this;
    }

    public CustomerBuilder email(String value) {
        this.email = value;
        return this;
    }

    public CustomerBuilder phone(String value) {
        this.phone = value;
        return this;
    }

    public CustomerBuilder address(String value) {
        this.address = value;
        return this;
    }

    public CustomerBuilder taxId(String value) {
        this.taxId = value;
        return this;
    }

    public CustomerBuilder notes(String value) {
        this.notes = value;
        return this;
    }

    public CustomerBuilder version(long value) {
        this.version = value;
        return this;
    }

    public Customer build() {
        return new Customer(id, name, email, phone, address, taxId, notes, version);
    }
}
