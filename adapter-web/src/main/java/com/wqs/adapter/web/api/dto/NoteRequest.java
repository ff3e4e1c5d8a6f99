package com.wqs.adapter.web.api.dto;

import com.wqs.domain.shared.TextLimits;

/** An optional note for a transition (cancel). */
public record NoteRequest(@MaxLength(TextLimits.DESCRIPTION) String note) {
}
