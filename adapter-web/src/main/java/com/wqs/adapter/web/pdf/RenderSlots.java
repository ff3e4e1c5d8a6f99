package com.wqs.adapter.web.pdf;

import com.wqs.domain.shared.UnavailableException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * How many PDFs render at once, and how many wait for a turn. A render holds the page layout, the fonts and
 * the decoded images of one document on the heap, so the slots follow the heap:
 * {@code slots = clamp(maxHeap / 256 MiB, 1, 2 × cores)} (a 512 MiB heap renders 2 at once, 1 GiB 4, capped at
 * twice the processors since rendering is CPU work). Up to {@code 4 × slots} more requests wait, each at most
 * {@value #MAX_WAIT_SECONDS} s; beyond that queue, or after that wait, the request is refused at once with
 * {@link UnavailableException} (503 with {@code Retry-After} on the web, exit code 10 in the CLI) rather than
 * piling up renders until the heap runs out.
 */
final class RenderSlots {
    static final long HEAP_PER_RENDER = 256L * 1024 * 1024;
    static final int QUEUE_PER_SLOT = 4;
    static final long MAX_WAIT_SECONDS = 10;
    static final Duration RETRY_AFTER = Duration.ofSeconds(2);

    private final int slots;
    private final int queue;
    private final Duration maxWait;
    private final Semaphore free;
    private final AtomicInteger admitted = new AtomicInteger();

    RenderSlots(int slots, int queue, Duration maxWait) {
        if (slots < 1 || queue < 0) {
            throw new IllegalArgumentException("slots must be at least 1 and the queue not negative");
        }
        this.slots = slots;
        this.queue = queue;
        this.maxWait = maxWait;
        this.free = new Semaphore(slots, true);
    }

    /** Sized from this JVM's maximum heap and processors, by the formula above. */
    static RenderSlots forThisJvm() {
        int slots = slotsFor(Runtime.getRuntime().maxMemory(), Runtime.getRuntime().availableProcessors());
        return new RenderSlots(slots, QUEUE_PER_SLOT * slots, Duration.ofSeconds(MAX_WAIT_SECONDS));
    }

    static int slotsFor(long maxHeapBytes, int processors) {
        // Rounded: the JVM reports a little less than -Xmx (a survivor space is left out), and -Xmx512m
        // is meant to render 2 at once.
        long byHeap = maxHeapBytes / HEAP_PER_RENDER + (maxHeapBytes % HEAP_PER_RENDER >= HEAP_PER_RENDER / 2 ? 1 : 0);
        return (int) Math.max(1, Math.min(byHeap, 2L * Math.max(1, processors)));
    }

    int slots() {
        return slots;
    }

    /** Renders running or waiting now. */
    int admitted() {
        return admitted.get();
    }

    /** Runs {@code render} in a slot, waiting for one if the queue has room. */
    <T> T run(Supplier<T> render) {
        if (admitted.incrementAndGet() > slots + queue) {
            admitted.decrementAndGet();
            throw busy();
        }
        try {
            if (!free.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw busy();
            }
        } catch (InterruptedException e) {
            admitted.decrementAndGet();
            Thread.currentThread().interrupt();
            throw busy();
        } catch (UnavailableException e) {
            admitted.decrementAndGet();
            throw e;
        }
        try {
            return render.get();
        } finally {
            free.release();
            admitted.decrementAndGet();
        }
    }

    private UnavailableException busy() {
        return new UnavailableException("pdf.busy", "all " + slots + " PDF rendering slots and the " + queue
                + " places in their queue are taken; retry in a moment", RETRY_AFTER);
    }
}
