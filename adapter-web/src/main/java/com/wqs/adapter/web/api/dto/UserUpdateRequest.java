package com.wqs.adapter.web.api.dto;

import com.wqs.domain.user.Role;

/** Fields left null stay as they are. */
public record UserUpdateRequest(String fullName, Role role, Boolean active) {
}
