package com.wqs.adapter.web.api.dto;

import com.wqs.domain.layout.Opening;
import com.wqs.domain.layout.Pane;

/** The glass pane of one cell of one window: its cell's label, opening, glass and size in mm. */
public record PaneResponse(String label, @EnumNames(Opening.class) String opening, String glassCode, int widthMm, int heightMm) {
    public static PaneResponse from(Pane p) {
        return new PaneResponse(p.label(), Decimals.name(p.opening()), p.glassCode(), p.widthMm(), p.heightMm());
    }
}
