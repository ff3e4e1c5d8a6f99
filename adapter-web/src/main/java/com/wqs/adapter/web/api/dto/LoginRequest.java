package com.wqs.adapter.web.api.dto;

public record LoginRequest(String email, String password) {
}
