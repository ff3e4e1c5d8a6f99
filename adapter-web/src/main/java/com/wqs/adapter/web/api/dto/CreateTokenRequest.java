package com.wqs.adapter.web.api.dto;

import com.wqs.domain.shared.TextLimits;

/** {@code expiresInDays}: 1 to 365; omitted or null → 90. */
public record CreateTokenRequest(@MaxLength(TextLimits.TOKEN_NAME) String name, Integer expiresInDays) {
}
