package com.wqs.adapter.web.api.dto;

import com.wqs.application.port.out.Page;
import java.util.List;
import java.util.function.Function;

/** One page of a list: pages are numbered from 1. */
public record PageResponse<T>(List<T> items, long total, int page, int size, long totalPages) {
    public static <S, T> PageResponse<T> from(Page<S> page, Function<S, T> mapper) {
        return new PageResponse<>(page.items().stream().map(mapper).toList(), page.total(), page.page(), page.size(),
                page.totalPages());
    }
}
