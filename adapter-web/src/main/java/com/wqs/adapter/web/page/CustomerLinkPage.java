package com.wqs.adapter.web.page;

import com.wqs.adapter.web.format.DisplayFormat;
import com.wqs.adapter.web.format.LogoDataUri;
import com.wqs.adapter.web.http.Access;
import com.wqs.adapter.web.http.AddressRateLimiter;
import com.wqs.adapter.web.i18n.Messages;
import com.wqs.adapter.web.i18n.WorkplaceLanguage;
import com.wqs.application.port.in.CustomerLinkUseCase;
import com.wqs.application.port.in.CustomerLinkUseCase.AcceptCommand;
import com.wqs.application.port.in.CustomerLinkUseCase.ChooseCommand;
import com.wqs.application.port.in.CustomerLinkUseCase.CustomerLinkView;
import com.wqs.application.port.in.CustomerLinkUseCase.LinkPdf;
import com.wqs.application.port.in.CustomerLinkUseCase.RejectCommand;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.ForbiddenException;
import com.wqs.domain.shared.Language;
import com.wqs.domain.shared.NotFoundException;
import com.wqs.domain.shared.TextLimits;
import com.wqs.domain.shared.ValidationException;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The customer's page of a sent quote, reached by {@code /p/{token}} without an account or a session: the
 * company, the frozen revision (lines, drawings, totals; no costs, margins or internal data), its PDF, and
 * the Accept and Reject forms, protected by the link's own CSRF token. Each address gets
 * {@value #REQUESTS_PER_MINUTE} requests a minute on these routes. An unknown, replaced-by-resend or
 * malformed token is a plain 404 that says nothing more.
 *
 * <p>The page speaks the customer's language when one is set on the revision's customer, else the browser's
 * ({@code Accept-Language}), else the installation's; its PDF is the one stored when the revision was sent.
 */
final class CustomerLinkPage {
    static final int REQUESTS_PER_MINUTE = 60;

    private final CustomerLinkUseCase links;
    private final PageRenderer renderer;
    private final AddressRateLimiter limiter;

    CustomerLinkPage(CustomerLinkUseCase links, PageRenderer renderer, Clock clock) {
        this.links = links;
        this.renderer = renderer;
        this.limiter = new AddressRateLimiter(REQUESTS_PER_MINUTE, Duration.ofMinutes(1), clock);
    }

    void register(JavalinDefaultRoutingApi routes) {
        routes.get("/p/{token}", limited(ctx -> show(ctx, links.view(token(ctx)), 200, FieldErrors.NONE, null)),
                Access.PUBLIC);
        routes.get("/p/{token}/pdf", limited(this::pdf), Access.PUBLIC);
        routes.post("/p/{token}/accept", limited(this::accept), Access.PUBLIC);
        routes.post("/p/{token}/reject", limited(this::reject), Access.PUBLIC);
        routes.post("/p/{token}/choose", limited(this::choose), Access.PUBLIC);
    }

    private Handler limited(Handler handler) {
        return ctx -> {
            // Nothing here is for caches or other sites: the token is in the path.
            ctx.header("Cache-Control", "no-store");
            ctx.header("X-Robots-Tag", "noindex, nofollow");
            if (!limiter.allow(ctx.ip())) {
                ctx.header("Retry-After", Long.toString(limiter.retryAfterSeconds(ctx.ip())));
                ctx.status(429).html(plainPage(ctx, "doc.link.too-many"));
                return;
            }
            try {
                handler.handle(ctx);
            } catch (NotFoundException e) {
                ctx.status(404).html(plainPage(ctx, "doc.link.not-found"));
            }
        };
    }

    private void pdf(Context ctx) {
        LinkPdf pdf = links.pdf(token(ctx));
        ctx.contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + pdf.fileName().replaceAll("[^A-Za-z0-9._-]", "_") + "\"")
                .header("X-Content-SHA256", pdf.sha256())
                .result(pdf.content());
    }

    private void accept(Context ctx) {
        FormInput form = FormInput.of(ctx);
        String token = token(ctx);
        AcceptCommand command = new AcceptCommand(revisionSeen(form), form.text("fullName"),
                "yes".equals(form.text("confirm")), form.text("_csrf"), ctx.ip(), ctx.userAgent());
        answer(ctx, token, () -> links.accept(token, command));
    }

    private void reject(Context ctx) {
        FormInput form = FormInput.of(ctx);
        String token = token(ctx);
        RejectCommand command = new RejectCommand(revisionSeen(form), form.text("reason"), form.text("_csrf"), ctx.ip(),
                ctx.userAgent());
        answer(ctx, token, () -> links.reject(token, command));
    }

    /** The customer's pick of optional lines and alternatives: the server prices it and shows the page again. */
    private void choose(Context ctx) {
        FormInput form = FormInput.of(ctx);
        String token = token(ctx);
        List<Integer> chosen;
        try {
            chosen = QuotePage.chosenLines(ctx);
        } catch (ValidationException e) {
            CustomerLinkView view = links.view(token);
            show(ctx, view, 400, fieldErrors(e, messages(ctx, view)), null);
            return;
        }
        ChooseCommand command = new ChooseCommand(revisionSeen(form), chosen, form.text("_csrf"));
        answer(ctx, token, () -> links.choose(token, command));
    }

    private interface Answer {
        CustomerLinkView give();
    }

    private void answer(Context ctx, String token, Answer answer) {
        try {
            answer.give();
            ctx.redirect("/p/" + token, HttpStatus.SEE_OTHER);
        } catch (ValidationException e) {
            CustomerLinkView view = links.view(token);
            show(ctx, view, 400, fieldErrors(e, messages(ctx, view)), null);
        } catch (ConflictException e) {
            CustomerLinkView view = links.view(token);
            show(ctx, view, 409, FieldErrors.NONE, conflict(e, view, messages(ctx, view)));
        } catch (ForbiddenException e) {
            CustomerLinkView view = links.view(token);
            show(ctx, view, 403, FieldErrors.NONE, messages(ctx, view).text("doc.link.error.forbidden"));
        }
    }

    private static int revisionSeen(FormInput form) {
        try {
            return Integer.parseInt(form.text("revision").trim());
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private void show(Context ctx, CustomerLinkView view, int status, FieldErrors errors, String error) {
        Language language = language(ctx, view);
        Map<String, Object> params = new HashMap<>();
        params.put("view", new CustomerLinkViewModel(view, token(ctx), new DisplayFormat(view.settings(), language),
                Messages.of(language), LogoDataUri.of(view.settings().company()), errors, error));
        renderer.render(ctx, status, "customer-link.jte", params);
    }

    /** The customer's language if set, else the browser's, else the installation's (as frozen with the revision). */
    static Language language(Context ctx, CustomerLinkView view) {
        return WorkplaceLanguage.of(view.revision().customer().language(), ctx.header("Accept-Language"),
                view.settings().language());
    }

    private static Messages messages(Context ctx, CustomerLinkView view) {
        return Messages.of(language(ctx, view));
    }

    /** Why an answer was refused, in the page's language, by the refusal's code. */
    private static String conflict(ConflictException e, CustomerLinkView view, Messages messages) {
        return switch (e.code()) {
            case "link.closed" -> messages.text("doc.link.error.closed");
            case "link.stale_revision" -> messages.text("doc.link.error.stale-revision", view.revision().revision());
            case "link.replaced" -> messages.text("doc.link.error.replaced", view.replacementRevision());
            case "link.cancelled" -> messages.text("doc.link.error.cancelled");
            case "quote.expired" -> messages.text("doc.link.error.expired",
                    new DisplayFormat(view.settings(), messages.language()).date(view.validUntil()),
                    view.settings().company().name().isBlank() ? "Window Quotation System"
                            : view.settings().company().name());
            default -> e.getMessage();
        };
    }

    /** The answer forms' messages in the page's language (any other message as it came). */
    private static FieldErrors fieldErrors(ValidationException e, Messages messages) {
        return new FieldErrors(e.errors().stream().map(error -> new FieldError(error.field(), fieldMessage(error, messages)))
                .toList());
    }

    private static String fieldMessage(FieldError error, Messages messages) {
        if (error.message().equals(TextLimits.tooLong(TextLimits.NAME))) {
            return messages.text("doc.link.error.too-long", TextLimits.NAME);
        }
        if (error.message().equals(TextLimits.tooLong(TextLimits.DESCRIPTION))) {
            return messages.text("doc.link.error.too-long", TextLimits.DESCRIPTION);
        }
        return switch (error.field()) {
            case "fullName" -> messages.text("doc.link.error.full-name");
            case "confirm" -> messages.text("doc.link.error.confirm");
            case "reason" -> messages.text("doc.link.error.reason");
            case "chosenLines" -> messages.text("doc.link.error.chosen-lines");
            default -> error.message();
        };
    }

    /**
     * A page that says only this (no company, no hint whether the link existed), in the browser's language:
     * without a link there is no customer to ask.
     */
    private static String plainPage(Context ctx, String key) {
        Messages messages = Messages.of(WorkplaceLanguage.of(null, ctx.header("Accept-Language"), Language.ENGLISH));
        String sentence = messages.text(key);
        return "<!DOCTYPE html><html lang=\"" + messages.tag() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + sentence
                + "</title></head><body><p>" + sentence + "</p></body></html>";
    }

    private static String token(Context ctx) {
        return ctx.pathParam("token");
    }
}
