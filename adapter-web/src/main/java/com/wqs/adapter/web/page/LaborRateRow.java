package com.wqs.adapter.web.page;

import com.wqs.domain.catalog.WindowType;

/** A window type's labour rate as shown or as typed (blank when the type has none). */
public record LaborRateRow(WindowType windowType, String ratePerM2, String complexity) {
}
