package com.wqs.application.port.out;

import com.wqs.domain.customer.Customer;
import com.wqs.domain.customer.CustomerId;
import java.util.Optional;

public interface CustomerRepository {
    void insert(Customer customer);

    /** Optimistic update on {@code customer.version()}; stale → CONFLICT. */
    void update(Customer customer);

    Optional<Customer> findById(CustomerId id);

    /** {@code text} (nullable) matches name, email, phone or tax id, case-insensitive; sorted by name. */
    Page<Customer> search(String text, PageRequest page);

    /** @return whether a customer was deleted */
    boolean delete(CustomerId id);
}
