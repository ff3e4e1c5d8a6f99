package com.wqs.application.port.in;

import com.wqs.application.port.out.Page;
import com.wqs.application.port.out.PageRequest;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.customer.CustomerId;
import com.wqs.domain.user.Actor;

/** Customers are shared by the organisation: ADMIN and SALES write, everyone reads. */
public interface ManageCustomersUseCase {
    Customer create(Actor actor, CustomerCommand command);

    /**
     * Replaces a customer's details.
     *
     * @param expectedVersion the version of the customer the client read (required: a missing one is a
     *         VALIDATION error on {@code version}); when it is not the stored version (someone saved meanwhile)
     *         nothing is written and the CONFLICT is {@code customer.stale}, carrying the stored version
     */
    Customer update(Actor actor, CustomerId id, CustomerCommand command, Long expectedVersion);

    Customer get(Actor actor, CustomerId id);

    Page<Customer> search(Actor actor, String text, PageRequest page);

    /** A customer referenced by a quote is not deleted (CONFLICT). */
    void delete(Actor actor, CustomerId id);
}
