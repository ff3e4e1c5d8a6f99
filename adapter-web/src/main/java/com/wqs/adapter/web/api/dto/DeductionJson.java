package com.wqs.adapter.web.api.dto;

import com.wqs.domain.layout.GlassDeduction;

/** mm taken off a cell's width and height to get its glass pane (absent: 0). */
public record DeductionJson(Integer widthMm, Integer heightMm) {
    public static DeductionJson from(GlassDeduction d) {
        return new DeductionJson(d.widthMm(), d.heightMm());
    }

    /** Null stays null (no deduction). */
    public static GlassDeduction toDeduction(DeductionJson json) {
        return json == null ? null : new GlassDeduction(json.widthMm() == null ? 0 : json.widthMm(),
                json.heightMm() == null ? 0 : json.heightMm());
    }
}
