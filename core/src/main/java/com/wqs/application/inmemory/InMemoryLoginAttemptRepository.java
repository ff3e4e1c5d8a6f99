package com.wqs.application.inmemory;

import com.wqs.application.port.out.LoginAttemptRepository;
import com.wqs.application.port.out.LoginFailures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

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
    public LoginFailures failuresSince(String key, Instant since) {
        return database.read(tables -> summarise(key, tables.loginFailures.getOrDefault(key, List.of()), since));
    }

    @Override
    public List<LoginFailures> allFailuresSince(Instant since) {
        return database.read(tables -> tables.loginFailures.entrySet().stream()
                .map(entry -> summarise(entry.getKey(), entry.getValue(), since))
                .filter(failures -> failures.count() > 0)
                .sorted(Comparator.comparing(LoginFailures::key))
                .toList());
    }

    @Override
    public void clear(String key) {
        database.write(tables -> tables.loginFailures.remove(key));
    }

    @Override
    public int deleteBefore(Instant before) {
        return database.writeAndGet(tables -> {
            int removed = 0;
            for (Map.Entry<String, List<Instant>> entry : List.copyOf(tables.loginFailures.entrySet())) {
                List<Instant> kept = entry.getValue().stream().filter(at -> !at.isBefore(before)).toList();
                removed += entry.getValue().size() - kept.size();
                if (kept.isEmpty()) {
                    tables.loginFailures.remove(entry.getKey());
                } else {
                    tables.loginFailures.put(entry.getKey(), kept);
                }
            }
            return removed;
        });
    }

    private static LoginFailures summarise(String key, List<Instant> failures, Instant since) {
        List<Instant> inWindow = failures.stream().filter(at -> !at.isBefore(since)).sorted().toList();
        return inWindow.isEmpty() ? LoginFailures.none(key)
                : new LoginFailures(key, inWindow.size(), inWindow.get(0), inWindow.get(inWindow.size() - 1));
    }
}
