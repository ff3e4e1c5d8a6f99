package com.wqs.application.port.in;

import com.wqs.domain.catalog.Settings;
import com.wqs.domain.delivery.CustomerResponse;
import com.wqs.domain.quote.QuoteRevision;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the customer does through the link, without an account: see the sent revision, download its PDF,
 * accept or reject it. A token that is unknown (or was replaced by a resend) is NOT_FOUND, with no hint
 * whether it ever existed.
 */
public interface CustomerLinkUseCase {
    CustomerLinkView view(String token);

    /** The PDF rendered when the revision was sent, byte for byte. */
    LinkPdf pdf(String token);

    /**
     * Accepts the revision the customer saw. Idempotent: a second accept of the same link gives the
     * accepted view again. Refused (CONFLICT, with the reason) when the link was replaced or cancelled, the
     * quote expired, or {@code revisionSeen} is not the link's revision.
     */
    CustomerLinkView accept(String token, AcceptCommand command);

    /** Rejects the revision with a reason; idempotent and refused as {@link #accept}. */
    CustomerLinkView reject(String token, RejectCommand command);

    /**
     * The customer's pick of the revision's optional lines and alternatives (line indexes from 0), priced
     * by the server with the prices sent; refused as {@link #accept} once the link cannot be answered.
     * Accepting then freezes it.
     */
    CustomerLinkView choose(String token, ChooseCommand command);

    record ChooseCommand(int revisionSeen, List<Integer> chosenLines, String csrfToken) {
        public ChooseCommand {
            chosenLines = chosenLines == null ? List.of() : List.copyOf(chosenLines);
        }
    }

    /** The typed full name and the confirmation box, and the request's proof (address, user agent, CSRF token). */
    record AcceptCommand(int revisionSeen, String fullName, boolean confirmed, String csrfToken, String clientAddress,
            String userAgent) {
    }

    record RejectCommand(int revisionSeen, String reason, String csrfToken, String clientAddress, String userAgent) {
    }

    record LinkPdf(String fileName, byte[] content, String sha256) {
    }

    /** Where a link stands, for the customer. */
    enum LinkState {
        /** Waiting for the customer's answer. */
        OPEN,
        ACCEPTED,
        REJECTED,
        /** Its validity ended before an answer. */
        EXPIRED,
        /** A newer revision replaced it ({@code replacementRevision}). */
        REPLACED,
        CANCELLED,
        /** Decided by the seller meanwhile (marked accepted or rejected, or converted). */
        CLOSED
    }

    /**
     * The customer's page: the company (from the settings frozen with the revision), the frozen revision,
     * the state and, once answered, the response. {@code csrfToken} goes into the page's forms.
     */
    record CustomerLinkView(String quoteNumber, QuoteRevision revision, Settings settings, LinkState state,
            int replacementRevision, LocalDate validUntil, String pdfSha256, String csrfToken,
            Optional<CustomerResponse> response) {
    }
}
