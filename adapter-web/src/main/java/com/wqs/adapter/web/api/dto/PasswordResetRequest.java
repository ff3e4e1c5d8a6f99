package com.wqs.adapter.web.api.dto;

import com.wqs.domain.shared.TextLimits;

public record PasswordResetRequest(@MaxLength(TextLimits.PASSWORD) String password) {
}
