package com.wqs.adapter.web.api.dto;

import com.wqs.application.port.in.CustomerHistory;
import java.time.Instant;
import java.util.List;

@Description("A customer with the quotes the caller may see of them (newest first; SALES: their own, PRODUCTION:"
        + " no drafts), the work orders of those quotes, the accepted value (ACCEPTED and CONVERTED totals), the"
        + " win rate as on the dashboard (null when none was decided) and the last contact (latest change of any"
        + " of those quotes; null without quotes)")
public record CustomerHistoryResponse(CustomerResponse customer, List<QuoteSummaryResponse> quotes,
        List<WorkOrderSummaryResponse> workOrders, String acceptedValue, String winRate, Instant lastContact) {
    public static CustomerHistoryResponse from(CustomerHistory h) {
        return new CustomerHistoryResponse(CustomerResponse.from(h.customer()),
                h.quotes().stream().map(QuoteSummaryResponse::from).toList(),
                h.workOrders().stream().map(WorkOrderSummaryResponse::from).toList(), Decimals.money(h.acceptedValue()),
                h.winRate().map(Decimals::decimal).orElse(null), h.lastContact().orElse(null));
    }
}
