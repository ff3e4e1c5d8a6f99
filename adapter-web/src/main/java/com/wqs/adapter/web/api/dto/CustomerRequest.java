package com.wqs.adapter.web.api.dto;

import com.wqs.domain.shared.TextLimits;

/**
 * A customer's details; {@code language} the one their quotes and e-mails are written in (null: the
 * installation's); {@code version} as for every replace (see its description).
 */
public record CustomerRequest(@MaxLength(TextLimits.NAME) String name, @MaxLength(TextLimits.EMAIL) String email,
        @MaxLength(TextLimits.SHORT) String phone, @MaxLength(TextLimits.ADDRESS) String address,
        @MaxLength(TextLimits.SHORT) String taxId, @MaxLength(TextLimits.NOTES) String notes,
        @MaxLength(TextLimits.SHORT) @Description(CustomerRequest.LANGUAGE) String language,
        @Description(VersionRequest.ON_REPLACE) Long version) {
    static final String LANGUAGE = "The language of their quotes, customer link and e-mails: en or es; null or"
            + " absent for the installation's. Any other value is a 400 naming language.";
}
