package com.wqs.application.port.in;

import com.wqs.domain.user.User;

/** Who a request belongs to; {@code csrfToken} is set for browser sessions, null for bearer tokens. */
public record AuthenticatedUser(User user, String csrfToken) {
}
