package com.wqs.application.service;

import com.wqs.domain.quote.QuoteId;
import com.wqs.domain.workorder.WorkOrderDetails;
import java.util.Objects;

/**
 * Identifies a conversion request by what it asks for (quote and details), so a retry with the same
 * idempotency key can be told from a different request reusing the key.
 */
final class ConversionFingerprint {
    private ConversionFingerprint() {
    }

    static String of(QuoteId quoteId, WorkOrderDetails details) {
        // Each part is length-prefixed so no two different requests concatenate to the same text.
        StringBuilder text = new StringBuilder();
        for (Object part : new Object[] {quoteId, details.priority(), details.estimatedDelivery(),
                details.productionNotes(), details.deliveryInstructions()}) {
            String value = Objects.toString(part, "");
            text.append(value.length()).append(':').append(value).append('|');
        }
        return Sha256.hex(text.toString());
    }
}
