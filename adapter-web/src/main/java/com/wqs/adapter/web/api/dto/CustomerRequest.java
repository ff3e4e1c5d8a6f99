package com.wqs.adapter.web.api.dto;

/** A customer's details; {@code version} as for every replace (see its description). */
public record CustomerRequest(String name, String email, String phone, String address, String taxId, String notes,
        @Description(VersionRequest.ON_REPLACE) Long version) {
}
