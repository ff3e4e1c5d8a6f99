package com.wqs.adapter.web.page;

import com.wqs.application.port.in.ConvertQuoteToWorkOrderUseCase.Conversion;
import com.wqs.application.port.in.QuoteDeliveryUseCase.QuoteDelivery;
import com.wqs.application.port.in.QuoteDeliveryUseCase.SentQuote;
import com.wqs.application.port.out.PageRequest;
import com.wqs.application.port.out.WorkOrderSearch;
import com.wqs.application.port.out.WorkOrderSummary;
import com.wqs.application.service.UseCases;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.customer.CustomerId;
import com.wqs.domain.pricing.RevisionDiff;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteId;
import com.wqs.domain.quote.QuoteStatus;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.shared.NotFoundException;
import com.wqs.domain.shared.ValidationException;
import com.wqs.domain.user.AccessPolicy;
import com.wqs.domain.workorder.Priority;
import com.wqs.domain.workorder.WorkOrderDetails;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * One quote: its breakdown, history and PDFs, and the lifecycle actions its status allows (send,
 * accept, reject with a reason, revise, cancel, convert to a work order, record the customer's choice of
 * optional lines and alternatives). A refused action shows the
 * page again with the reason.
 */
final class QuotePage {
    private final UseCases useCases;
    private final PageRenderer renderer;

    QuotePage(UseCases useCases, PageRenderer renderer) {
        this.useCases = useCases;
        this.renderer = renderer;
    }

    void register(JavalinDefaultRoutingApi routes) {
        routes.get("/quotes/{id}", ctx -> show(ctx, Viewer.of(ctx, useCases), 200, FieldErrors.NONE, null));
        routes.post("/quotes/{id}/send", ctx -> handOut(ctx, (v, id) -> useCases.quoteDelivery().send(v.actor(), id)));
        routes.post("/quotes/{id}/resend", ctx -> handOut(ctx, (v, id) -> useCases.quoteDelivery().resend(v.actor(), id)));
        routes.post("/quotes/{id}/accept", ctx -> act(ctx, "accepted", (v, id) -> useCases.quoteLifecycle().accept(v.actor(), id)));
        routes.post("/quotes/{id}/reject", ctx -> act(ctx, "rejected",
                (v, id) -> useCases.quoteLifecycle().reject(v.actor(), id, ctx.formParam("reason"))));
        routes.post("/quotes/{id}/revise", ctx -> act(ctx, "revised", (v, id) -> useCases.quoteLifecycle().revise(v.actor(), id)));
        routes.post("/quotes/{id}/cancel", ctx -> act(ctx, "cancelled",
                (v, id) -> useCases.quoteLifecycle().cancel(v.actor(), id, ctx.formParam("note"))));
        routes.post("/quotes/{id}/convert", this::convert);
        routes.post("/quotes/{id}/choice", ctx -> act(ctx, "chosen", (v, id) -> useCases.chooseOptions()
                .choose(v.actor(), id, choiceRevision(ctx), chosenLines(ctx))));
        routes.post("/quotes/{id}/duplicate", this::duplicate);
    }

    /** The revision the choice form was shown for (a form of an older revision is refused as a conflict). */
    private static int choiceRevision(Context ctx) {
        String text = ctx.formParam("revision");
        if (text == null || !text.matches("\\d{1,9}")) {
            throw new ValidationException("revision", "is required");
        }
        return Integer.parseInt(text);
    }

    /** The optional lines ticked ({@code chosenLines}) and the line picked in each group ({@code alternative.k}). */
    static List<Integer> chosenLines(Context ctx) {
        List<String> values = new ArrayList<>(ctx.formParams("chosenLines"));
        ctx.formParamMap().forEach((name, picked) -> {
            if (name.matches("alternative\\.\\d{1,3}")) {
                values.addAll(picked);
            }
        });
        List<Integer> lines = new ArrayList<>();
        for (String value : values) {
            if (!value.matches("\\d{1,3}")) {
                throw new ValidationException("chosenLines", "must be line numbers");
            }
            lines.add(Integer.parseInt(value));
        }
        return lines;
    }

    /** A new draft from this quote, for the chosen customer; a line that no longer prices shows the page again. */
    private void duplicate(Context ctx) {
        Viewer viewer = Viewer.of(ctx, useCases);
        QuoteId id = quoteId(ctx);
        FormInput form = FormInput.of(ctx);
        String customerText = form.text("customerId");
        try {
            CustomerId customer = QuoteEditorPage.parseCustomerId(customerText).orElse(null);
            if (customer == null && !customerText.isEmpty()) {
                form.reject("customerId", "no such customer");
            }
            form.requireValid();
            Quote copy = useCases.duplicateQuote().duplicate(viewer.actor(), id, customer);
            ctx.redirect("/quotes/" + copy.id() + "?done=duplicated", HttpStatus.SEE_OTHER);
        } catch (ValidationException e) {
            show(ctx, viewer, 400, new FieldErrors(e.errors()), null);
        }
    }

    private void act(Context ctx, String done, BiConsumer<Viewer, QuoteId> action) {
        Viewer viewer = Viewer.of(ctx, useCases);
        QuoteId id = quoteId(ctx);
        try {
            action.accept(viewer, id);
            ctx.redirect("/quotes/" + id + "?done=" + done, HttpStatus.SEE_OTHER);
        } catch (ValidationException e) {
            show(ctx, viewer, 400, new FieldErrors(e.errors()), null);
        } catch (ConflictException e) {
            show(ctx, viewer, 409, FieldErrors.NONE, e.getMessage());
        }
    }

    /**
     * Send and resend answer with the page itself, not a redirect: the customer link is shown this once
     * (only its hash is stored), so it must not travel in a URL.
     */
    private void handOut(Context ctx, java.util.function.BiFunction<Viewer, QuoteId, SentQuote> action) {
        Viewer viewer = Viewer.of(ctx, useCases);
        QuoteId id = quoteId(ctx);
        try {
            SentQuote sent = action.apply(viewer, id);
            show(ctx, viewer, 200, FieldErrors.NONE, null, sent);
        } catch (ValidationException e) {
            show(ctx, viewer, 400, new FieldErrors(e.errors()), null);
        } catch (ConflictException e) {
            show(ctx, viewer, 409, FieldErrors.NONE, e.getMessage());
        }
    }

    private void convert(Context ctx) {
        Viewer viewer = Viewer.of(ctx, useCases);
        QuoteId id = quoteId(ctx);
        FormInput form = FormInput.of(ctx);
        try {
            Priority priority = form.choice("priority", Priority.class);
            var estimatedDelivery = form.date("estimatedDelivery");
            form.requireValid();
            WorkOrderDetails details = new WorkOrderDetails(priority, estimatedDelivery,
                    form.text("productionNotes"), form.text("deliveryInstructions"));
            // The form's one-time key makes a double-submitted form return the same work order.
            Conversion conversion = useCases.convertQuote().convert(viewer.actor(), id, details,
                    form.optional("idempotencyKey"));
            ctx.redirect("/work-orders/" + conversion.workOrder().id() + "?done=converted", HttpStatus.SEE_OTHER);
        } catch (ValidationException e) {
            show(ctx, viewer, 400, new FieldErrors(e.errors()), null);
        } catch (ConflictException e) {
            show(ctx, viewer, 409, FieldErrors.NONE, e.getMessage());
        }
    }

    private void show(Context ctx, Viewer viewer, int status, FieldErrors errors, String error) {
        show(ctx, viewer, status, errors, error, null);
    }

    private void show(Context ctx, Viewer viewer, int status, FieldErrors errors, String error, SentQuote sent) {
        Quote quote = useCases.findQuotes().get(viewer.actor(), quoteId(ctx));
        Customer customer = useCases.customers().get(viewer.actor(), quote.customerId());
        WorkOrderSummary workOrder = quote.status() == QuoteStatus.CONVERTED ? workOrderOf(viewer, quote) : null;
        QuoteViewModel view = QuoteViewModel.of(quote, customer, viewer.actor(),
                TimelineEntry.of(quote.history(), UserNames.of(viewer, useCases), viewer.format()), workOrder,
                errors, error, viewer.messages());
        QuoteDelivery delivery = sent != null ? sent.delivery() : useCases.quoteDelivery().delivery(viewer.actor(), quote.id());
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("shell", viewer.shell(ctx, viewer.text("quote-page.title", quote.number()), Section.QUOTES));
        params.put("view", view);
        params.put("delivery", new DeliveryView(delivery, sent, viewer.format(), viewer.messages()));
        params.put("conversionKey", UUID.randomUUID().toString());
        params.put("diff", changesSinceLastRevision(viewer, quote));
        params.put("copyCustomers", AccessPolicy.canCreateQuotes(viewer.actor())
                ? QuoteEditorPage.customerChoices(useCases, viewer, quote.customerId().toString()) : null);
        renderer.render(ctx, status, "quote.jte", params);
    }

    /** The changes since the latest revision sent before the current one; null when there is none. */
    private RevisionDiff changesSinceLastRevision(Viewer viewer, Quote quote) {
        boolean earlier = quote.revisions().stream().anyMatch(r -> r.revision() < quote.revision());
        return earlier ? useCases.diffQuote().diff(viewer.actor(), quote.id(), null) : null;
    }

    private WorkOrderSummary workOrderOf(Viewer viewer, Quote quote) {
        WorkOrderSearch search = new WorkOrderSearch(null, null, null, quote.number());
        return useCases.workOrders().list(viewer.actor(), search, new PageRequest(1, 10)).items().stream()
                .filter(w -> w.quoteId().equals(quote.id()))
                .findFirst()
                .orElse(null);
    }

    static QuoteId quoteId(Context ctx) {
        try {
            return QuoteId.of(ctx.pathParam("id"));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("quote", ctx.pathParam("id"));
        }
    }
}
