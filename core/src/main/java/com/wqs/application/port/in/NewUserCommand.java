package com.wqs.application.port.in;

import com.wqs.domain.user.Role;

public record NewUserCommand(String email, String fullName, Role role, String password) {
}
