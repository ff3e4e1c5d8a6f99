package com.wqs.adapter.web.api.dto;

import com.wqs.domain.shared.TextLimits;

public record RejectRequest(@MaxLength(TextLimits.DESCRIPTION) String reason) {
}
