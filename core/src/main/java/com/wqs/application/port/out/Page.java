package com.wqs.application.port.out;

import java.util.List;
import java.util.function.Function;

/** One page of results and the total number of matches. Pages are numbered from 1. */
public record Page<T>(List<T> items, long total, int page, int size) {
    public Page {
        items = List.copyOf(items);
    }

    public long totalPages() {
        return size == 0 ? 0 : (total + size - 1) / size;
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total, page, size);
    }
}
