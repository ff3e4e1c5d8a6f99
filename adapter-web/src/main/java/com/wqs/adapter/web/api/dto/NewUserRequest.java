package com.wqs.adapter.web.api.dto;

import com.wqs.domain.shared.TextLimits;
import com.wqs.domain.user.Role;

public record NewUserRequest(@MaxLength(TextLimits.EMAIL) String email, @MaxLength(TextLimits.NAME) String fullName,
        Role role, @MaxLength(TextLimits.PASSWORD) String password) {
}
