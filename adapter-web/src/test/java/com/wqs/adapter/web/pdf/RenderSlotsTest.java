package com.wqs.adapter.web.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wqs.domain.shared.UnavailableException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** The bound on concurrent PDF renders: slots from the heap, a bounded queue, then "retry later". */
class RenderSlotsTest {
    private static final long MIB = 1024L * 1024;

    @Test
    void slotsFollowTheHeapCappedAtTwiceTheProcessors() {
        assertThat(RenderSlots.slotsFor(128 * MIB, 8)).isEqualTo(1);
        assertThat(RenderSlots.slotsFor(512 * MIB, 8)).isEqualTo(2);
        assertThat(RenderSlots.slotsFor(491 * MIB, 8)).as("what -Xmx512m reports with the serial collector").isEqualTo(2);
        assertThat(RenderSlots.slotsFor(155 * MIB, 8)).as("wqs serve's default 160 MiB heap").isEqualTo(1);
        assertThat(RenderSlots.slotsFor(1024 * MIB, 8)).isEqualTo(4);
        assertThat(RenderSlots.slotsFor(5200 * MIB, 2)).isEqualTo(4);
        assertThat(RenderSlots.slotsFor(Long.MAX_VALUE, 1)).isEqualTo(2);
    }

    @Test
    void beyondTheSlotsAndTheQueueARenderIsRefusedAtOnceWithARetryAfter() throws Exception {
        RenderSlots slots = new RenderSlots(1, 1, Duration.ofSeconds(30));
        CountDownLatch rendering = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> slots.run(() -> {
                rendering.countDown();
                await(finish);
                return "first";
            }), pool);
            assertThat(rendering.await(10, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<String> queued = CompletableFuture.supplyAsync(() -> slots.run(() -> "queued"), pool);
            waitUntil(() -> slots.admitted() == 2);
            assertThat(queued).isNotDone();

            long started = System.nanoTime();
            assertThatThrownBy(() -> slots.run(() -> "third"))
                    .isInstanceOfSatisfying(UnavailableException.class, e -> {
                        assertThat(e.code()).isEqualTo("pdf.busy");
                        assertThat(e.retryAfter()).isPositive();
                    });
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));

            finish.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first");
            assertThat(queued.get(10, TimeUnit.SECONDS)).isEqualTo("queued");
            assertThat(slots.run(() -> "later")).as("every slot is given back").isEqualTo("later");
        } finally {
            finish.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void aWaitLongerThanTheLimitIsRefusedAndGivesItsPlaceBack() throws Exception {
        RenderSlots slots = new RenderSlots(1, 1, Duration.ofMillis(200));
        CountDownLatch rendering = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> slots.run(() -> {
                rendering.countDown();
                await(finish);
                return "first";
            }), pool);
            assertThat(rendering.await(10, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 3; i++) {
                assertThatThrownBy(() -> slots.run(() -> "waited too long")).isInstanceOf(UnavailableException.class);
            }
            finish.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first");
            assertThat(slots.run(() -> "later")).isEqualTo("later");
        } finally {
            finish.countDown();
            pool.shutdownNow();
        }
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 10 s").isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
