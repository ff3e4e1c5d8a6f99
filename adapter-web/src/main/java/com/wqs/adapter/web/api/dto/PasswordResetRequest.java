package com.wqs.adapter.web.api.dto;

public record PasswordResetRequest(String password) {
}
