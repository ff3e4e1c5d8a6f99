package com.wqs.application.inmemory;

import com.wqs.application.port.out.Page;
import com.wqs.application.port.out.PageRequest;
import java.util.List;
import java.util.Locale;

/** Text matching and paging shared by the searches. */
final class Listing {
    private Listing() {
    }

    /** Case-insensitive "contains"; a null or empty {@code text} matches everything. */
    static boolean contains(String value, String text) {
        if (text == null || text.isEmpty()) {
            return true;
        }
        return value != null && fold(value).contains(fold(text));
    }

    static String fold(String value) {
        return value.toLowerCase(Locale.ROOT);
    }

    /** The requested page of an already filtered and sorted list, with the total number of matches. */
    static <T> Page<T> page(List<T> sorted, PageRequest request) {
        int from = (int) Math.min(request.offset(), sorted.size());
        int to = Math.min(from + request.size(), sorted.size());
        return new Page<>(sorted.subList(from, to), sorted.size(), request.page(), request.size());
    }
}
