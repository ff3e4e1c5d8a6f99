package com.wqs.adapter.web.api.dto;

import com.wqs.domain.delivery.CustomerLink;
import com.wqs.domain.delivery.CustomerResponse;
import java.time.Instant;

/**
 * The quote's newest customer link (never its token: that is shown once, by send and resend). {@code revoked}
 * is REPLACED or CANCELLED or null; {@code decision} is the customer's answer (ACCEPTED, REJECTED) or null,
 * with its proof.
 */
public record CustomerLinkResponse(int revision, Instant createdAt, String pdfSha256, String revoked,
        Integer replacementRevision, String decision, String decidedByName, String reason, Instant decidedAt,
        String clientAddress, String userAgent) {
    public static CustomerLinkResponse from(CustomerLink link) {
        CustomerResponse r = link.response();
        return new CustomerLinkResponse(link.revision(), link.createdAt(), link.pdfSha256(),
                link.revocation() == null ? null : link.revocation().reason().name(),
                link.revocation() == null ? null : link.revocation().replacementRevision(),
                r == null ? null : r.decision().name(), r == null ? null : r.fullName(), r == null ? null : r.reason(),
                r == null ? null : r.at(), r == null ? null : r.clientAddress(), r == null ? null : r.userAgent());
    }
}
