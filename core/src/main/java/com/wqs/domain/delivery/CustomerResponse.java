package com.wqs.domain.delivery;

import java.time.Instant;
import java.util.Objects;

/**
 * What the customer decided on the link page, with the proof: the typed full name (acceptance) or the
 * reason (rejection), when, from which client address and user agent, and the SHA-256 of the PDF they
 * were offered.
 */
public record CustomerResponse(Decision decision, int revision, String fullName, String reason, Instant at,
        String clientAddress, String userAgent, String pdfSha256) {
    public CustomerResponse {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(at, "at");
        fullName = fullName == null ? "" : fullName;
        reason = reason == null ? "" : reason;
        clientAddress = clientAddress == null ? "" : clientAddress;
        userAgent = userAgent == null ? "" : userAgent;
        Objects.requireNonNull(pdfSha256, "pdfSha256");
    }

    public enum Decision {
        ACCEPTED,
        REJECTED
    }
}
