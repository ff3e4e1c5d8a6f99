package com.wqs.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.adapter.web.support.HttpResult;
import com.wqs.adapter.web.support.WebTestServer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@link WebServer#stop()} lets a request in flight finish before the server closes. */
class GracefulShutdownTest {
    @Test
    void aRequestInFlightCompletesDuringStop() throws Exception {
        CountDownLatch inHandler = new CountDownLatch(1);
        RouteRegistrar slowRoute = config -> config.routes.get("/test/slow", ctx -> {
            inHandler.countDown();
            Thread.sleep(1500);
            ctx.result("finished");
        });
        WebTestServer env = WebTestServer.start(WebConfig.defaults().withShutdownGrace(Duration.ofSeconds(10)),
                List.of(slowRoute));
        try {
            CompletableFuture<HttpResult> inFlight = CompletableFuture.supplyAsync(
                    () -> env.http.get("/test/slow", env.bearer(env.sales)));
            assertThat(inHandler.await(10, TimeUnit.SECONDS)).isTrue();

            env.server.stop();

            HttpResult result = inFlight.get(10, TimeUnit.SECONDS);
            assertThat(result.status()).isEqualTo(200);
            assertThat(result.text()).isEqualTo("finished");
        } finally {
            env.close();
        }
    }
}
