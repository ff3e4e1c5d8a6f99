package com.wqs.adapter.web.api.dto;

import com.wqs.application.port.in.QuoteDeliveryUseCase.SentQuote;

/**
 * A (re)sent quote: {@code customerLinkUrl} is shown this once (only its hash is stored; another resend
 * gives a new one and retires this). {@code emailed} false: {@code notEmailedBecause} says why (no SMTP server,
 * no or an invalid customer address); hand the link over yourself.
 */
public record SentQuoteResponse(String quoteId, String number, int revision, String customerLinkUrl, boolean emailed,
        String notEmailedBecause, QuoteDeliveryResponse delivery) {
    public static SentQuoteResponse from(SentQuote s) {
        return new SentQuoteResponse(s.quote().id().toString(), s.quote().number(), s.quote().revision(), s.linkUrl(),
                s.emailed(), s.notEmailedBecause(), QuoteDeliveryResponse.from(s.delivery()));
    }
}
