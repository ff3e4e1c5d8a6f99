package com.wqs.adapter.web.api.dto;

import com.wqs.domain.customer.Customer;

public record CustomerResponse(String id, String name, String email, String phone, String address, String taxId,
        String notes, long version) {
    public static CustomerResponse from(Customer c) {
        return new CustomerResponse(c.id().toString(), c.name(), c.email(), c.phone(), c.address(), c.taxId(),
                c.notes(), c.version());
    }
}
