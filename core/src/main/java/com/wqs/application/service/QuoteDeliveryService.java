package com.wqs.application.service;

import com.wqs.application.port.in.QuoteDeliveryUseCase;
import com.wqs.application.port.out.MailDelivery;
import com.wqs.application.port.out.QuotePdfRenderer;
import com.wqs.application.port.out.Store;
import com.wqs.domain.catalog.Settings;
import com.wqs.domain.delivery.CustomerLink;
import com.wqs.domain.delivery.MailAddresses;
import com.wqs.domain.delivery.MailKind;
import com.wqs.domain.delivery.MailStatus;
import com.wqs.domain.delivery.OutboxMail;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteId;
import com.wqs.domain.quote.QuoteRevision;
import com.wqs.domain.quote.QuoteStatus;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.shared.Language;
import com.wqs.domain.user.AccessPolicy;
import com.wqs.domain.user.Actor;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Sends a quote to its customer in one transaction: the SENT transition (frozen revision), the PDF of the
 * revision rendered once and stored with a new customer link (only the token's hash kept), and, when an
 * SMTP server is configured and the customer has an address, the e-mail in the outbox with the PDF
 * attached, in the customer's language (else the installation's). Anything failing rolls all of it back, so there is never a sent quote with half a delivery.
 * An invalid customer address is not an error of the send: the mail is recorded FAILED with the reason.
 */
public final class QuoteDeliveryService implements QuoteDeliveryUseCase {
    static final Duration NOTICE_WINDOW = Duration.ofDays(14);

    private final Store store;
    private final QuoteAccess quotes;
    private final QuotePdfRenderer renderer;
    private final MailDelivery mail;
    private final Clock clock;

    public QuoteDeliveryService(Store store, QuotePdfRenderer renderer, MailDelivery mail, Clock clock) {
        this.store = store;
        this.quotes = new QuoteAccess(store.quotes());
        this.renderer = renderer;
        this.mail = mail;
        this.clock = clock;
    }

    @Override
    public SentQuote send(Actor actor, QuoteId id) {
        return store.transactions().inTransaction(() -> {
            Quote quote = quotes.actionable(actor, id);
            Instant now = clock.instant();
            Settings settings = store.settings().get();
            QuoteLifecycleService.sendQuote(store, quote, actor, now, settings);
            QuoteRevision revision = quote.latestRevision().orElseThrow();
            byte[] pdf = renderer.render(quote.number(), revision, false, settings);
            String token = SecureTokens.newToken();
            CustomerLink link = new CustomerLink(UUID.randomUUID(), quote.id(), revision.revision(), Sha256.hex(token),
                    SecureTokens.newToken(), Sha256.hex(pdf), now, null, null);
            store.quotes().update(quote);
            store.customerLinks().insert(link, pdf);
            return handOut(quotes.reload(id), revision, settings, link, token, now);
        });
    }

    @Override
    public SentQuote resend(Actor actor, QuoteId id) {
        return store.transactions().inTransaction(() -> {
            Quote quote = quotes.actionable(actor, id);
            if (quote.status() != QuoteStatus.SENT) {
                throw new ConflictException("quote.not_sent",
                        "quote " + quote.number() + " is " + quote.status() + "; only a sent quote is sent again");
            }
            QuoteRevision revision = quote.latestRevision().orElseThrow();
            CustomerLink link = store.customerLinks().findLatestForQuote(id)
                    .filter(l -> l.revision() == revision.revision() && l.revoked().isEmpty())
                    .orElseThrow(() -> new ConflictException("quote.no_link",
                            "quote " + quote.number() + " was sent before customer links existed; revise and send it"));
            String token = SecureTokens.newToken();
            store.customerLinks().replaceToken(link.id(), Sha256.hex(token));
            Settings settings = revision.frozenSettings().orElseGet(() -> store.settings().get());
            return handOut(quote, revision, settings, link, token, clock.instant());
        });
    }

    private SentQuote handOut(Quote quote, QuoteRevision revision, Settings settings, CustomerLink link, String token,
            Instant now) {
        String reason = null;
        if (!mail.sender().isConfigured()) {
            reason = "no SMTP server is configured";
        } else if (revision.customer().email().isBlank()) {
            reason = "the customer has no e-mail address";
        } else {
            String address = revision.customer().email();
            boolean valid = MailAddresses.isValid(address);
            Locale locale = customerLocale(revision, settings);
            MailTemplates.Text text = MailTemplates.render("quote", locale, Map.of(
                    "company", companyName(settings), "customer", revision.customer().name(),
                    "number", quote.number(), "revision", Integer.toString(revision.revision()),
                    "total", money(revision, settings, locale), "validUntil", date(revision, locale),
                    "link", OutboxMail.LINK_PLACEHOLDER));
            OutboxMail queued = new OutboxMail(UUID.randomUUID(), quote.id(), MailKind.QUOTE_TO_CUSTOMER,
                    valid ? address : address.substring(0, Math.min(address.length(), 254)),
                    MailAddresses.headerText(revision.customer().name()), MailAddresses.headerText(text.subject()),
                    text.body(), valid ? token : null, link.id(), quote.number() + "-r" + revision.revision() + ".pdf",
                    messageId(), valid ? MailStatus.QUEUED : MailStatus.FAILED, 0, now,
                    valid ? "" : "not sent: the customer's e-mail address is not valid", now, null);
            store.outbox().insert(queued);
            if (!valid) {
                reason = "the customer's e-mail address is not valid";
            }
        }
        return new SentQuote(quote, mail.linkFor(token), reason == null, reason, deliveryOf(quote.id()));
    }

    @Override
    public QuoteDelivery delivery(Actor actor, QuoteId id) {
        return store.transactions().readOnly(() -> {
            quotes.visible(actor, id);
            return deliveryOf(id);
        });
    }

    private QuoteDelivery deliveryOf(QuoteId id) {
        return new QuoteDelivery(mail.sender().isConfigured(), store.outbox().findForQuote(id),
                store.customerLinks().findLatestForQuote(id));
    }

    @Override
    public List<CustomerNotice> notices(Actor actor) {
        return store.transactions().readOnly(() -> {
            List<CustomerNotice> notices = new ArrayList<>();
            for (CustomerLink link : store.customerLinks().findRespondedSince(clock.instant().minus(NOTICE_WINDOW), 50)) {
                Optional<Quote> quote = store.quotes().findById(link.quoteId())
                        .filter(q -> AccessPolicy.canSeeQuote(actor, q.ownerId(), q.status()));
                quote.ifPresent(q -> notices.add(new CustomerNotice(q.id(), q.number(), link)));
            }
            return notices;
        });
    }

    static String companyName(Settings settings) {
        return settings.company().name().isBlank() ? "Window Quotation System" : settings.company().name();
    }

    /**
     * The locale of what the customer reads: their language (as frozen with the revision), else the
     * installation's, with the installation's country ({@link Language#locale}).
     */
    static Locale customerLocale(QuoteRevision revision, Settings settings) {
        return revision.customer().languageOr(settings.language()).locale(settings.locale());
    }

    static String money(QuoteRevision revision, Settings settings, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        try {
            format.setCurrency(Currency.getInstance(settings.currency()));
        } catch (IllegalArgumentException e) {
            // an unknown currency code keeps the locale's symbol; the amount is right either way
        }
        return format.format(revision.pricing().total().amount());
    }

    static String date(QuoteRevision revision, Locale locale) {
        return revision.validUntil().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }

    static String messageId() {
        return "<" + UUID.randomUUID() + "@wqs.outbox>";
    }
}
