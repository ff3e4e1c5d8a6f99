package com.wqs.application.inmemory;

import com.wqs.application.port.out.LoginAttemptRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

final class InMemoryLoginAttemptRepository implements LoginAttemptRepository {
    private final InMemoryDatabase database;

    InMemoryLoginAttemptRepository(InMemoryDatabase database) {
        this.database = database;
    }

    @Override
    public void recordFailure(String key, Instant at) {
        database.write(tables -> {
            List<Instant> failures = new ArrayList<>(tables.loginFailures.getOrDefault(key, List.of()));
            failures.add(at);
            tables.loginFailures.put(key, List.copyOf(failures));
        });
    }

    @Override
    public int countFailuresSince(String key, Instant since) {
        return database.read(tables -> (int) failuresSince(tables, key, since).count());
    }

    @Override
    public Instant oldestFailureSince(String key, Instant since) {
        return database.read(tables -> failuresSince(tables, key, since).min(Comparator.naturalOrder()).orElse(null));
    }

    @Override
    public void clear(String key) {
        database.write(tables -> tables.loginFailures.remove(key));
    }

    private static Stream<Instant> failuresSince(Tables tables, String key, Instant since) {
        return tables.loginFailures.getOrDefault(key, List.of()).stream().filter(at -> !at.isBefore(since));
    }
}
