package com.wqs.adapter.web.api.dto;

/** The version a record was read at, for a change that carries nothing else. */
public record VersionRequest(Long version) {
}
