package com.wqs.application.port.in;

/** What an all-or-nothing catalogue import did. */
public record ImportResult(int created, int updated) {
}
