package com.wqs.adapter.web.page;

import java.util.LinkedHashMap;
import java.util.Map;

/** The filters as typed, kept to refill the form and the paging links. */
public record QuoteFilters(String status, String customer, String text, String from, String to, String sort,
        boolean mine) {
    Map<String, String> asQuery() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("status", status);
        query.put("customer", customer);
        query.put("q", text);
        query.put("from", from);
        query.put("to", to);
        query.put("sort", sort);
        query.put("mine", mine ? "1" : null);
        return query;
    }
}
