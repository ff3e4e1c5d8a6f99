package com.wqs.adapter.web.api.dto;

import com.wqs.domain.catalog.CompanyProfile;
import java.util.Base64;

/** {@code logo} is base64 (null when there is none). */
public record CompanyResponse(String name, String address, String phone, String email, String taxId, String logo,
        String logoContentType) {
    public static CompanyResponse from(CompanyProfile c) {
        String logo = c.hasLogo() ? Base64.getEncoder().encodeToString(c.logo()) : null;
        return new CompanyResponse(c.name(), c.address(), c.phone(), c.email(), c.taxId(), logo,
                c.hasLogo() ? c.logoContentType() : null);
    }
}
