package com.wqs.adapter.web.reliability;

import java.util.function.UnaryOperator;

/**
 * One request of the bad-input corpus: a mutation of a route's valid example.
 *
 * @param category what kind of bad input (the figures are per category)
 * @param route {@code "METHOD /template"}
 * @param description what was changed
 * @param field the request field (or path/query parameter) the mutation is in, which a validation error
 *     must name; null when the mutation is about the whole body
 * @param expectedStatus the only acceptable answer, or null when any non-5xx answer is acceptable
 * @param payload a hostile string put in {@code field} that the server may accept: then it must come back
 *     from the API verbatim and be shown escaped on the pages; null otherwise
 * @param mutate turns a fresh valid example of the route into this request
 */
record CorpusEntry(String category, String route, String description, String field, Integer expectedStatus,
        String payload, UnaryOperator<Attempt> mutate) {

    @Override
    public String toString() {
        return "[" + category + "] " + route + ": " + description;
    }
}
