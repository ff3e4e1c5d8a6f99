package com.wqs.adapter.web.api.dto;

/** The signed-in user's own password change: the current password and the new one. */
public record PasswordChangeRequest(String currentPassword, String password) {
}
