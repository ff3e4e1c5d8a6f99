package com.wqs.adapter.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** Runs tasks on their own threads, released at the same moment; collects each result or failure. */
final class Concurrently {
    private static final long TIMEOUT_SECONDS = 120;

    private Concurrently() {
    }

    record Result<T>(T value, Throwable failure) {
    }

    static <T> List<Result<T>> run(int threads, IntFunction<Callable<T>> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<T> work = task.apply(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return work.call();
                }));
            }
            start.countDown();
            List<Result<T>> results = new ArrayList<>();
            for (Future<T> future : futures) {
                try {
                    results.add(new Result<>(future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS), null));
                } catch (ExecutionException e) {
                    results.add(new Result<>(null, e.getCause()));
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
