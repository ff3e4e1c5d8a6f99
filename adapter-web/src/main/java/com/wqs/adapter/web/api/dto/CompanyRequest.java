package com.wqs.adapter.web.api.dto;

/** {@code logo}: base64 of a PNG or JPEG (at most 512 KiB), with its {@code logoContentType}; null for none. */
public record CompanyRequest(String name, String address, String phone, String email, String taxId, String logo,
        String logoContentType) {
}
