package com.wqs.adapter.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wqs.domain.shared.ValidationException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where {@code wqs serve} takes the metrics token from: the option, else the environment, else none. */
class ServerSettingsTest {
    private static final String TOKEN = "scrape-me-0123456789abcdef";

    @Test
    void theMetricsTokenComesFromTheOptionThenTheEnvironmentAndIsOffWithoutEither() {
        assertThat(settings(Map.of()).metricsToken()).isNull();
        assertThat(settings(Map.of("WQS_METRICS_TOKEN", "  ")).metricsToken()).isNull();
        assertThat(settings(Map.of("WQS_METRICS_TOKEN", TOKEN)).metricsToken()).isEqualTo(TOKEN);
        assertThat(new ServerSettings(Map.of("WQS_METRICS_TOKEN", TOKEN))
                .config(null, null, false, null, false, null, "from-the-option-0123456789").metricsToken())
                .isEqualTo("from-the-option-0123456789");
    }

    @Test
    void aMetricsTokenTooShortIsRefusedNamingWhereItCameFrom() {
        assertThatThrownBy(() -> settings(Map.of("WQS_METRICS_TOKEN", "short")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("WQS_METRICS_TOKEN")
                .hasMessageContaining("at least 16");
        assertThatThrownBy(() -> new ServerSettings(Map.of()).config(null, null, false, null, false, null, "short"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("--metrics-token");
    }

    private static com.wqs.adapter.web.WebConfig settings(Map<String, String> env) {
        return new ServerSettings(env).config(null, null, false, null, false, null, null);
    }
}
