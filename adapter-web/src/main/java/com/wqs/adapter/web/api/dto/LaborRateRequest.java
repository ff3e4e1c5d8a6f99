package com.wqs.adapter.web.api.dto;

import java.math.BigDecimal;

/** Cost per m² of window and the window type's complexity factor, as decimal strings. */
public record LaborRateRequest(BigDecimal ratePerM2, BigDecimal complexity) {
}
