package com.wqs.adapter.web.api.dto;

import com.wqs.application.port.in.ImportResult;

public record ImportResultResponse(int created, int updated) {
    public static ImportResultResponse from(ImportResult result) {
        return new ImportResultResponse(result.created(), result.updated());
    }
}
