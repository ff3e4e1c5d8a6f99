package com.wqs.adapter.web.api.dto;

import com.wqs.domain.shared.TextLimits;

/** A customer's details; {@code version} as for every replace (see its description). */
public record CustomerRequest(@MaxLength(TextLimits.NAME) String name, @MaxLength(TextLimits.EMAIL) String email,
        @MaxLength(TextLimits.SHORT) String phone, @MaxLength(TextLimits.ADDRESS) String address,
        @MaxLength(TextLimits.SHORT) String taxId, @MaxLength(TextLimits.NOTES) String notes,
        @Description(VersionRequest.ON_REPLACE) Long version) {
}
