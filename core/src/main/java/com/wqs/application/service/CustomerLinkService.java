package com.wqs.application.service;

import com.wqs.application.port.in.CustomerLinkUseCase;
import com.wqs.application.port.out.MailDelivery;
import com.wqs.application.port.out.Store;
import com.wqs.domain.catalog.Settings;
import com.wqs.domain.delivery.CustomerLink;
import com.wqs.domain.delivery.CustomerResponse;
import com.wqs.domain.delivery.CustomerResponse.Decision;
import com.wqs.domain.delivery.MailAddresses;
import com.wqs.domain.delivery.MailKind;
import com.wqs.domain.delivery.MailStatus;
import com.wqs.domain.delivery.OutboxMail;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteRevision;
import com.wqs.domain.quote.QuoteStatus;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.ForbiddenException;
import com.wqs.domain.shared.NotFoundException;
import com.wqs.domain.shared.TextLimits;
import com.wqs.domain.shared.ValidationException;
import com.wqs.domain.user.User;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The customer's side of a sent quote, reached by the link's token alone. Every answer is checked against
 * the link's CSRF token and the revision the customer saw, and recorded once: the quote's transition and
 * the response are written in one transaction, so double submits and two tabs make one transition and
 * later ones see the recorded answer. The quote's owner is told by e-mail (through the outbox) and on the
 * dashboard.
 */
public final class CustomerLinkService implements CustomerLinkUseCase {
    private final Store store;
    private final MailDelivery mail;
    private final Clock clock;

    public CustomerLinkService(Store store, MailDelivery mail, Clock clock) {
        this.store = store;
        this.mail = mail;
        this.clock = clock;
    }

    @Override
    public CustomerLinkView view(String token) {
        return store.transactions().readOnly(() -> {
            CustomerLink link = link(token);
            return viewOf(link, quoteOf(link));
        });
    }

    @Override
    public LinkPdf pdf(String token) {
        return store.transactions().readOnly(() -> {
            CustomerLink link = link(token);
            Quote quote = quoteOf(link);
            byte[] pdf = store.customerLinks().pdf(link.id()).orElseThrow(() -> new NotFoundException("customer_link", ""));
            return new LinkPdf(quote.number() + "-r" + link.revision() + ".pdf", pdf, link.pdfSha256());
        });
    }

    @Override
    public CustomerLinkView accept(String token, AcceptCommand command) {
        List<FieldError> errors = new ArrayList<>();
        String name = command.fullName() == null ? "" : command.fullName().trim();
        if (name.isEmpty()) {
            errors.add(new FieldError("fullName", "type your full name to accept"));
        } else if (name.length() > TextLimits.NAME) {
            errors.add(new FieldError("fullName", TextLimits.tooLong(TextLimits.NAME)));
        }
        if (!command.confirmed()) {
            errors.add(new FieldError("confirm", "tick the box to confirm that you accept this quote"));
        }
        return answer(token, command.csrfToken(), command.revisionSeen(), errors, (link, now) ->
                new CustomerResponse(Decision.ACCEPTED, link.revision(), name, "", now,
                        limited(command.clientAddress(), TextLimits.SHORT), limited(command.userAgent(), TextLimits.ADDRESS),
                        link.pdfSha256()));
    }

    @Override
    public CustomerLinkView reject(String token, RejectCommand command) {
        List<FieldError> errors = new ArrayList<>();
        String reason = command.reason() == null ? "" : command.reason().trim();
        if (reason.isEmpty()) {
            errors.add(new FieldError("reason", "tell us why, in a few words"));
        } else if (reason.length() > TextLimits.DESCRIPTION) {
            errors.add(new FieldError("reason", TextLimits.tooLong(TextLimits.DESCRIPTION)));
        }
        return answer(token, command.csrfToken(), command.revisionSeen(), errors, (link, now) ->
                new CustomerResponse(Decision.REJECTED, link.revision(), "", reason, now,
                        limited(command.clientAddress(), TextLimits.SHORT), limited(command.userAgent(), TextLimits.ADDRESS),
                        link.pdfSha256()));
    }

    @Override
    public CustomerLinkView choose(String token, ChooseCommand command) {
        return store.transactions().inTransaction(() -> {
            Open open = openLink(token, command.csrfToken(), command.revisionSeen());
            if (open.link().responded().isPresent()) {
                throw new ConflictException("link.closed", "this quote was already answered; the choice is frozen");
            }
            ChooseOptionsService.applyChoice(open.quote(), open.link().revision(), command.chosenLines(), clock.instant());
            store.quotes().update(open.quote());
            return viewOf(open.link(), quoteOf(open.link()));
        });
    }

    /** A link, its quote and the customer's view of them, read once for one answer. */
    private record Open(CustomerLink link, Quote quote, CustomerLinkView view) {
    }

    /**
     * The link of {@code token} with its form's CSRF token checked; unless already answered, also the
     * revision seen and that it is still open for an answer.
     */
    private Open openLink(String token, String csrf, int revisionSeen) {
        CustomerLink link = link(token);
        if (!constantTimeEquals(link.csrfToken(), csrf)) {
            throw new ForbiddenException("the form is out of date; reload the page and try again");
        }
        Quote quote = quoteOf(link);
        CustomerLinkView current = viewOf(link, quote);
        if (link.responded().isPresent()) {
            return new Open(link, quote, current);
        }
        if (revisionSeen != link.revision()) {
            throw new ConflictException("link.stale_revision",
                    "this page showed revision " + revisionSeen + "; reload it to see revision " + link.revision());
        }
        switch (current.state()) {
            case REPLACED -> throw new ConflictException("link.replaced",
                    "this quote was replaced by revision " + current.replacementRevision() + "; it can no longer be answered");
            case CANCELLED -> throw new ConflictException("link.cancelled", "this quote was cancelled");
            case EXPIRED -> throw new ConflictException("quote.expired", "this quote expired on "
                    + quote.validUntil() + "; ask " + QuoteDeliveryService.companyName(current.settings())
                    + " for a new one");
            case CLOSED, ACCEPTED, REJECTED -> throw new ConflictException("link.closed",
                    "this quote was already decided (" + quote.status().name().toLowerCase() + ")");
            case OPEN -> { }
        }
        return new Open(link, quote, current);
    }

    private interface ResponseFactory {
        CustomerResponse create(CustomerLink link, Instant now);
    }

    private CustomerLinkView answer(String token, String csrf, int revisionSeen, List<FieldError> errors,
            ResponseFactory factory) {
        return store.transactions().inTransaction(() -> {
            Open open = openLink(token, csrf, revisionSeen);
            CustomerLink link = open.link();
            Quote quote = open.quote();
            CustomerLinkView current = open.view();
            if (link.responded().isPresent()) {
                return current;
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            Instant now = clock.instant();
            CustomerResponse response = factory.create(link, now);
            Settings settings = store.settings().get();
            if (response.decision() == Decision.ACCEPTED) {
                quote.accept(quote.ownerId(), now, settings.zone(), "accepted by the customer: " + response.fullName());
            } else {
                quote.reject(response.reason(), quote.ownerId(), now);
            }
            if (!store.customerLinks().recordResponse(link.id(), response)) {
                CustomerLink recorded = link(token);
                return viewOf(recorded, quoteOf(recorded));
            }
            store.quotes().update(quote);
            notifyOwner(quote, current.revision(), settings, response, now);
            CustomerLink recorded = link(token);
            return viewOf(recorded, quoteOf(recorded));
        });
    }

    private void notifyOwner(Quote quote, QuoteRevision revision, Settings settings, CustomerResponse response,
            Instant now) {
        if (!mail.sender().isConfigured()) {
            return;
        }
        User owner = store.users().findById(quote.ownerId()).orElse(null);
        if (owner == null || !MailAddresses.isValid(owner.email())) {
            return;
        }
        boolean spanish = "es".equals(settings.locale().getLanguage());
        String decision = response.decision() == Decision.ACCEPTED ? (spanish ? "aceptado" : "accepted")
                : (spanish ? "rechazado" : "rejected");
        MailTemplates.Text text = MailTemplates.render("response", settings.locale(), Map.of(
                "number", quote.number(), "revision", Integer.toString(revision.revision()),
                "customer", revision.customer().name(), "decision", decision,
                "name", response.fullName().isEmpty() ? "-" : response.fullName(),
                "reason", response.reason().isEmpty() ? "-" : response.reason(),
                "address", response.clientAddress(), "pdfSha256", response.pdfSha256()));
        store.outbox().insert(new OutboxMail(UUID.randomUUID(), quote.id(), MailKind.CUSTOMER_RESPONSE_TO_OWNER,
                owner.email(), MailAddresses.headerText(owner.fullName()), MailAddresses.headerText(text.subject()),
                text.body(), null, null, null, QuoteDeliveryService.messageId(), MailStatus.QUEUED, 0, now, "", now,
                null));
    }

    private CustomerLink link(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            throw new NotFoundException("customer_link", "");
        }
        return store.customerLinks().findByTokenHash(Sha256.hex(token))
                .orElseThrow(() -> new NotFoundException("customer_link", ""));
    }

    private Quote quoteOf(CustomerLink link) {
        return store.quotes().findById(link.quoteId()).orElseThrow(() -> new NotFoundException("customer_link", ""));
    }

    private CustomerLinkView viewOf(CustomerLink link, Quote quote) {
        QuoteRevision revision = quote.revision(link.revision())
                .orElseThrow(() -> new NotFoundException("customer_link", ""));
        Settings settings = revision.frozenSettings().orElseGet(() -> store.settings().get());
        LinkState state;
        int replacement = 0;
        if (link.responded().isPresent()) {
            state = link.response().decision() == Decision.ACCEPTED ? LinkState.ACCEPTED : LinkState.REJECTED;
        } else if (link.revoked().isPresent()) {
            CustomerLink.Revocation revocation = link.revocation();
            state = revocation.reason() == CustomerLink.Revocation.Reason.REPLACED ? LinkState.REPLACED : LinkState.CANCELLED;
            replacement = revocation.replacementRevision();
        } else if (quote.status() == QuoteStatus.SENT && quote.revision() == link.revision()) {
            state = quote.isPastValidity(clock.instant(), settings.zone()) ? LinkState.EXPIRED : LinkState.OPEN;
        } else if (quote.status() == QuoteStatus.EXPIRED) {
            state = LinkState.EXPIRED;
        } else if (quote.status() == QuoteStatus.CANCELLED) {
            state = LinkState.CANCELLED;
        } else {
            state = LinkState.CLOSED;
        }
        return new CustomerLinkView(quote.number(), revision, settings, state, replacement, revision.validUntil(),
                link.pdfSha256(), link.csrfToken(), link.responded());
    }

    private static boolean constantTimeEquals(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }

    private static String limited(String text, int max) {
        String value = text == null ? "" : text;
        return value.length() <= max ? value : value.substring(0, max);
    }
}
