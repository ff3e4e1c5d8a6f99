package com.wqs.adapter.web.api.dto;

import com.wqs.domain.shared.TextLimits;
import com.wqs.domain.user.Role;

/** Fields left null stay as they are. */
public record UserUpdateRequest(@MaxLength(TextLimits.NAME) String fullName, Role role, Boolean active) {
}
