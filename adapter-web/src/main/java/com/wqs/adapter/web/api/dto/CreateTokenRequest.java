package com.wqs.adapter.web.api.dto;

public record CreateTokenRequest(String name) {
}
