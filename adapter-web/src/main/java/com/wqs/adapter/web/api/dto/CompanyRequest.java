package com.wqs.adapter.web.api.dto;

/**
 * {@code logo}: base64 of a PNG or JPEG (at most 512 KiB and 16 megapixels), null for none. Its type is read from
 * the bytes and a copy at most 1,024 px on a side is stored; {@code logoContentType} is accepted for older clients
 * and ignored.
 */
public record CompanyRequest(String name, String address, String phone, String email, String taxId, String logo,
        String logoContentType) {
}
