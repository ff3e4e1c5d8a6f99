package com.wqs.adapter.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SafeNextTest {
    @ParameterizedTest
    @CsvSource({"/quotes, /quotes", "/quotes?status=SENT, /quotes?status=SENT", "/work-orders/abc, /work-orders/abc"})
    void aLocalPathIsKept(String next, String expected) {
        assertThat(LoginPage.safeNext(next)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"https://evil.example/", "//evil.example/x", "/\\evil.example", "quotes", "/login",
            "/login?next=/x", "/quotes\r\nSet-Cookie: x=1"})
    void anythingElseGoesToTheDashboard(String next) {
        assertThat(LoginPage.safeNext(next)).isEqualTo("/dashboard");
    }
}
