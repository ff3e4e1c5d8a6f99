package com.wqs.adapter.web.api.dto;

import java.util.List;

/** Lines to price without saving anything (live editing). */
public record PriceRequest(List<QuoteLineRequest> lines, RatesRequest rates) {
}
