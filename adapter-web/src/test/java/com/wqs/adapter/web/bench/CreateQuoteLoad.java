package com.wqs.adapter.web.bench;

import com.wqs.adapter.web.support.WebTestServer;
import com.wqs.application.port.in.QuoteCommand;
import com.wqs.domain.user.Actor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Creates quotes through the use case (no HTTP) from {@code threads} threads for {@code seconds} over a
 * fresh SQLite file, and prints quotes per second: the write path of {@code POST /api/v1/quotes} alone.
 * Arguments: threads (16), seconds (10), warm-up seconds (5). Not a test.
 */
public final class CreateQuoteLoad {
    private CreateQuoteLoad() {
    }

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        try (WebTestServer wqs = WebTestServer.start()) {
            Actor actor = wqs.actor(wqs.sales);
            QuoteCommand command = wqs.workedExample();
            for (int round = 0; round < 2; round++) {
                int duration = round == 0 ? warmup : seconds;
                AtomicLong done = new AtomicLong();
                long end = System.nanoTime() + duration * 1_000_000_000L;
                List<Thread> workers = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    Thread worker = new Thread(() -> {
                        while (System.nanoTime() < end) {
                            wqs.useCases.createQuote().create(actor, command);
                            done.incrementAndGet();
                        }
                    });
                    worker.start();
                    workers.add(worker);
                }
                for (Thread worker : workers) {
                    worker.join();
                }
                System.out.printf("%s: %d quotes in %d s, %.0f quotes/s%n", round == 0 ? "warm-up" : "measured",
                        done.get(), duration, done.get() / (double) duration);
            }
        }
    }
}
