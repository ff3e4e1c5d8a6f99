package com.wqs.application.port.in;

import com.wqs.application.port.out.QuoteSummary;
import com.wqs.application.port.out.WorkOrderSummary;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer with the quotes the actor may see of them (newest first), the work orders of those quotes,
 * the accepted value (the totals of the ACCEPTED and CONVERTED ones), the win rate over them (as the
 * dashboard's, {@link com.wqs.domain.quote.WinRate}) and the last contact (the latest change of any of
 * them; absent without quotes).
 */
public record CustomerHistory(Customer customer, List<QuoteSummary> quotes, List<WorkOrderSummary> workOrders,
        Money acceptedValue, Optional<BigDecimal> winRate, Optional<Instant> lastContact) {
    public CustomerHistory {
        Objects.requireNonNull(customer, "customer");
        quotes = List.copyOf(quotes);
        workOrders = List.copyOf(workOrders);
        Objects.requireNonNull(acceptedValue, "acceptedValue");
        Objects.requireNonNull(winRate, "winRate");
        Objects.requireNonNull(lastContact, "lastContact");
    }
}
