package com.wqs.adapter.web.support;

import java.net.http.HttpRequest;

/** How a test request authenticates: nothing, a bearer token, or a browser session (cookie + CSRF token). */
public sealed interface Credentials {
    Credentials NONE = new None();

    void apply(HttpRequest.Builder request);

    static Credentials bearer(String secret) {
        return new Bearer(secret);
    }

    static Session session(String cookie, String csrfToken) {
        return new Session(cookie, csrfToken);
    }

    record None() implements Credentials {
        @Override
        public void apply(HttpRequest.Builder request) {
        }
    }

    record Bearer(String secret) implements Credentials {
        @Override
        public void apply(HttpRequest.Builder request) {
            request.header("Authorization", "Bearer " + secret);
        }
    }

    /** {@code csrfToken} null sends none. */
    record Session(String cookie, String csrfToken) implements Credentials {
        @Override
        public void apply(HttpRequest.Builder request) {
            request.header("Cookie", "wqs_session=" + cookie);
            if (csrfToken != null) {
                request.header("X-CSRF-Token", csrfToken);
            }
        }

        public Session withoutCsrf() {
            return new Session(cookie, null);
        }
    }
}
