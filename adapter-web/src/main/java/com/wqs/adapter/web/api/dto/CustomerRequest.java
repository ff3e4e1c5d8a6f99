package com.wqs.adapter.web.api.dto;

public record CustomerRequest(String name, String email, String phone, String address, String taxId, String notes) {
}
