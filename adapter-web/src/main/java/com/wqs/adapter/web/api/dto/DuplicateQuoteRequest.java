package com.wqs.adapter.web.api.dto;

import com.wqs.domain.shared.TextLimits;

/** The customer of the copy; null (or no body) means the original's customer. */
@Description("The customer of the copy; absent (or no body at all) means the original quote's customer")
public record DuplicateQuoteRequest(@MaxLength(TextLimits.ID) String customerId) {
}
