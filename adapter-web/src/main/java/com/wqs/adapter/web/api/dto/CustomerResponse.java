package com.wqs.adapter.web.api.dto;

import com.wqs.domain.customer.Customer;

public record CustomerResponse(String id, String name, String email, String phone, String address, String taxId,
        String notes,
        @Description("The language of their quotes and e-mails: en or es; null for the installation's") String language,
        long version) {
    public static CustomerResponse from(Customer c) {
        return new CustomerResponse(c.id().toString(), c.name(), c.email(), c.phone(), c.address(), c.taxId(),
                c.notes(), c.language() == null ? null : c.language().tag(), c.version());
    }
}
