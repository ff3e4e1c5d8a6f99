package com.wqs.adapter.web.api.dto;

import com.wqs.domain.catalog.CompanyProfile;
import com.wqs.domain.shared.TextLimits;

/**
 * {@code logo}: base64 of a PNG or JPEG (at most 512 KiB and 16 megapixels), null for none. Its type is read from
 * the bytes and a copy at most 1,024 px on a side is stored; {@code logoContentType} is accepted for older clients
 * and ignored.
 */
public record CompanyRequest(@MaxLength(TextLimits.NAME) String name, @MaxLength(TextLimits.ADDRESS) String address,
        @MaxLength(TextLimits.SHORT) String phone, @MaxLength(TextLimits.EMAIL) String email,
        @MaxLength(TextLimits.SHORT) String taxId, @MaxLength(CompanyRequest.LOGO_BASE64) String logo,
        @MaxLength(TextLimits.SHORT) String logoContentType) {
    /** The base64 text of the largest logo accepted ({@link CompanyProfile#MAX_LOGO_BYTES}). */
    public static final int LOGO_BASE64 = (CompanyProfile.MAX_LOGO_BYTES + 2) / 3 * 4;
}
