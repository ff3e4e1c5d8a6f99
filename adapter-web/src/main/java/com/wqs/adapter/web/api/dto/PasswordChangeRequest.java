package com.wqs.adapter.web.api.dto;

import com.wqs.domain.shared.TextLimits;

/** The signed-in user's own password change: the current password and the new one. */
public record PasswordChangeRequest(@MaxLength(TextLimits.PASSWORD) String currentPassword,
        @MaxLength(TextLimits.PASSWORD) String password) {
}
