package com.wqs.adapter.web.api.dto;

public record RejectRequest(String reason) {
}
