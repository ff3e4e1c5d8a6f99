package com.wqs.adapter.web.page;

import com.wqs.application.port.out.Page;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/** Links to the previous and next page of a list, keeping its filters. */
public record Pager(long page, long totalPages, long total, long firstItem, long lastItem, String previousHref,
        String nextHref) {

    static Pager of(Page<?> page, String path, Map<String, String> filters) {
        long totalPages = Math.max(1, page.totalPages());
        long first = page.total() == 0 ? 0 : (long) (page.page() - 1) * page.size() + 1;
        long last = first == 0 ? 0 : first + page.items().size() - 1;
        return new Pager(page.page(), totalPages, page.total(), first, last,
                page.page() > 1 ? href(path, filters, page.page() - 1) : null,
                page.page() < totalPages ? href(path, filters, page.page() + 1) : null);
    }

    /** The path with the non-blank filters as query parameters, and {@code page} when not the first. */
    static String href(String path, Map<String, String> filters, long page) {
        Map<String, String> query = new LinkedHashMap<>(filters);
        if (page > 1) {
            query.put("page", Long.toString(page));
        }
        StringJoiner joiner = new StringJoiner("&", path + "?", "").setEmptyValue(path);
        query.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                joiner.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return joiner.toString();
    }
}
