package com.wqs.adapter.web.page;

import java.util.LinkedHashMap;
import java.util.Map;

/** The filters as typed. */
public record WorkOrderFilters(String status, String priority, String text) {
    Map<String, String> asQuery() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("status", status);
        query.put("priority", priority);
        query.put("q", text);
        return query;
    }
}
