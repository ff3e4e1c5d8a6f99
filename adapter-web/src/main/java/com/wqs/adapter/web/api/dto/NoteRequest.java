package com.wqs.adapter.web.api.dto;

/** An optional note for a transition (cancel). */
public record NoteRequest(String note) {
}
