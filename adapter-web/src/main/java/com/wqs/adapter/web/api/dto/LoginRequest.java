package com.wqs.adapter.web.api.dto;

import com.wqs.domain.shared.TextLimits;

public record LoginRequest(@MaxLength(TextLimits.EMAIL) String email, @MaxLength(TextLimits.PASSWORD) String password) {
}
