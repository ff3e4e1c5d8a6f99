package com.wqs.adapter.web.api.dto;

import com.wqs.domain.shared.TextLimits;

/** The language the signed-in user chooses for their own workplace. */
public record LanguageRequest(@MaxLength(TextLimits.SHORT) @Description(LanguageRequest.LANGUAGE) String language) {
    /** The OpenAPI description of a {@code language} a client sends. */
    public static final String LANGUAGE = "en (English) or es (Spanish); null for none chosen. Any other value is"
            + " a 400 naming language, and nothing changes.";
}
