package com.wqs.adapter.web.api.dto;

import com.wqs.domain.shared.TextLimits;

public record CreateTokenRequest(@MaxLength(TextLimits.TOKEN_NAME) String name) {
}
