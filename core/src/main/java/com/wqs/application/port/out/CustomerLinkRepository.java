package com.wqs.application.port.out;

import com.wqs.domain.delivery.CustomerLink;
import com.wqs.domain.delivery.CustomerResponse;
import com.wqs.domain.quote.QuoteId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The customer links of sent quotes, each with the PDF bytes rendered when its revision was sent. */
public interface CustomerLinkRepository {
    /** Stores a new link (no revocation, no response) with its PDF. A duplicate id or token hash is a CONFLICT. */
    void insert(CustomerLink link, byte[] pdf);

    Optional<CustomerLink> findByTokenHash(String tokenHash);

    /** The quote's newest link (the one of its latest sent revision), if it was ever sent with one. */
    Optional<CustomerLink> findLatestForQuote(QuoteId quoteId);

    /** The PDF stored with the link, byte for byte. */
    Optional<byte[]> pdf(UUID linkId);

    /** Gives the link a new token (a resend), keeping everything else; the old token stops working. */
    void replaceToken(UUID linkId, String newTokenHash);

    /** Revokes every link of the quote not yet revoked; returns how many. */
    int revokeForQuote(QuoteId quoteId, CustomerLink.Revocation revocation);

    /**
     * Records the customer's decision if the link has none yet.
     *
     * @return false when a decision was already recorded (nothing changes)
     */
    boolean recordResponse(UUID linkId, CustomerResponse response);

    /** Links answered at or after {@code since}, newest answer first, at most {@code limit}. */
    List<CustomerLink> findRespondedSince(Instant since, int limit);
}
