package com.wqs.application.port.in;

import com.wqs.application.port.out.ApiToken;

/** A new API token: {@code secret} is shown once and never stored. */
public record CreatedApiToken(ApiToken token, String secret) {
}
