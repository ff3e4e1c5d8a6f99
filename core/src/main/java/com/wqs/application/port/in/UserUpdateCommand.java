package com.wqs.application.port.in;

import com.wqs.domain.user.Role;

/** Changes to a user; null fields stay as they are. */
public record UserUpdateCommand(String fullName, Role role, Boolean active) {
}
