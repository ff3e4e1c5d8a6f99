package com.wqs.adapter.web.api.dto;

import com.wqs.domain.user.Role;

public record NewUserRequest(String email, String fullName, Role role, String password) {
}
