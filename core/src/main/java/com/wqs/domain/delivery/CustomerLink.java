package com.wqs.domain.delivery;

import com.wqs.domain.quote.QuoteId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The link a customer gets for one sent revision of a quote: only the SHA-256 of its token is kept, with
 * the per-link CSRF token of its forms, the SHA-256 of the PDF rendered at send (the bytes are stored
 * beside it), and, once decided, the customer's {@link CustomerResponse}. Revising or cancelling the quote
 * revokes it ({@link Revocation}).
 */
public record CustomerLink(UUID id, QuoteId quoteId, int revision, String tokenHash, String csrfToken,
        String pdfSha256, Instant createdAt, Revocation revocation, CustomerResponse response) {
    public CustomerLink {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(quoteId, "quoteId");
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(csrfToken, "csrfToken");
        Objects.requireNonNull(pdfSha256, "pdfSha256");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public Optional<Revocation> revoked() {
        return Optional.ofNullable(revocation);
    }

    public Optional<CustomerResponse> responded() {
        return Optional.ofNullable(response);
    }

    /** Why a link stopped offering its revision: a newer revision replaced it, or the quote was cancelled. */
    public record Revocation(Reason reason, int replacementRevision, Instant at) {
        public Revocation {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(at, "at");
        }

        public enum Reason {
            REPLACED,
            CANCELLED
        }
    }
}
