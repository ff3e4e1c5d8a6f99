package com.wqs.adapter.web.api.dto;

import com.wqs.application.port.in.QuoteDeliveryUseCase.QuoteDelivery;
import java.util.List;

/** How the quote reached its customer: whether SMTP is set up, its e-mails (newest first), its newest link. */
public record QuoteDeliveryResponse(boolean mailConfigured, List<OutboxMailResponse> mails, CustomerLinkResponse link) {
    public static QuoteDeliveryResponse from(QuoteDelivery d) {
        return new QuoteDeliveryResponse(d.mailConfigured(), d.mails().stream().map(OutboxMailResponse::from).toList(),
                d.link().map(CustomerLinkResponse::from).orElse(null));
    }
}
