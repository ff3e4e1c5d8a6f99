package com.wqs.adapter.web.api;

import com.wqs.adapter.web.api.dto.NoteRequest;
import com.wqs.adapter.web.api.dto.PageResponse;
import com.wqs.adapter.web.api.dto.PriceRequest;
import com.wqs.adapter.web.api.dto.PricingResponse;
import com.wqs.adapter.web.api.dto.QuoteRequest;
import com.wqs.adapter.web.api.dto.QuoteResponse;
import com.wqs.adapter.web.api.dto.QuoteSummaryResponse;
import com.wqs.adapter.web.api.dto.RejectRequest;
import com.wqs.adapter.web.api.dto.StatusChangeResponse;
import com.wqs.adapter.web.json.JsonCodec;
import com.wqs.adapter.web.security.RequestAuth;
import com.wqs.application.port.in.CreateQuoteUseCase;
import com.wqs.application.port.in.FindQuotesUseCase;
import com.wqs.application.port.in.ManageSettingsUseCase;
import com.wqs.application.port.in.PriceQuoteUseCase;
import com.wqs.application.port.in.QuoteDeliveryUseCase;
import com.wqs.application.port.in.QuoteLifecycleUseCase;
import com.wqs.application.port.in.RenderQuotePdfUseCase;
import com.wqs.application.port.in.UpdateQuoteUseCase;
import com.wqs.application.port.out.QuoteSearch;
import com.wqs.application.port.out.QuoteSort;
import com.wqs.domain.customer.CustomerId;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteId;
import com.wqs.domain.quote.QuoteStatus;
import com.wqs.domain.shared.ValidationException;
import com.wqs.domain.user.Actor;
import com.wqs.domain.user.UserId;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;

/** Quotes: drafting, live pricing, the lifecycle, history and the customer's PDF. */
final class QuoteController implements ApiController {
    static final Map<String, QuoteSort> SORTS = Map.of(
            "createdAt", QuoteSort.CREATED_ASC, "-createdAt", QuoteSort.CREATED_DESC,
            "total", QuoteSort.TOTAL_ASC, "-total", QuoteSort.TOTAL_DESC,
            "number", QuoteSort.NUMBER_ASC, "-number", QuoteSort.NUMBER_DESC);

    private final FindQuotesUseCase find;
    private final CreateQuoteUseCase create;
    private final UpdateQuoteUseCase update;
    private final PriceQuoteUseCase price;
    private final QuoteLifecycleUseCase lifecycle;
    private final QuoteDeliveryUseCase delivery;
    private final RenderQuotePdfUseCase pdf;
    private final ManageSettingsUseCase settings;
    private final JsonCodec json;

    QuoteController(FindQuotesUseCase find, CreateQuoteUseCase create, UpdateQuoteUseCase update,
            PriceQuoteUseCase price, QuoteLifecycleUseCase lifecycle, QuoteDeliveryUseCase delivery,
            RenderQuotePdfUseCase pdf,
            ManageSettingsUseCase settings, JsonCodec json) {
        this.find = find;
        this.create = create;
        this.update = update;
        this.price = price;
        this.lifecycle = lifecycle;
        this.delivery = delivery;
        this.pdf = pdf;
        this.settings = settings;
        this.json = json;
    }

    @Override
    public void routes(ApiRoutes api) {
        api.tag("quotes");
        api.get("/quotes", this::list)
                .summary("Quotes the user may see: SALES their own, PRODUCTION all but drafts, ADMIN all")
                .queryEnum("status", QuoteStatus.class, "only this status")
                .query("customerId", "string", "uuid", "only this customer's quotes")
                .query("ownerId", "string", "uuid", "only this user's quotes (ADMIN)")
                .query("q", "string", "text in the number or the customer's name")
                .query("createdFrom", "string", "date", "created on or after this day (installation time zone)")
                .query("createdTo", "string", "date", "created on or before this day (installation time zone)")
                .queryEnum("sort", List.copyOf(new TreeSet<>(SORTS.keySet())),
                        "order; '-' for descending (default -createdAt)")
                .pageable().returnsPage(QuoteSummaryResponse.class);
        api.post("/quotes", this::create).summary("Create a draft quote (ADMIN, SALES); its lines are priced now")
                .accepts(QuoteRequest.class).returns(201, QuoteResponse.class).errors(403);
        api.post("/quotes/price", this::price).summary("Price lines without saving anything (live editing)")
                .accepts(PriceRequest.class).returns(PricingResponse.class);
        api.get("/quotes/{id}", this::get).summary("One quote").returns(QuoteResponse.class);
        api.put("/quotes/{id}", this::update)
                .summary("Replace a draft's content (owner or ADMIN); it is re-priced from the current catalogue")
                .description("Send the version you read as 'version': if the draft was saved since, the answer is "
                        + "409 (quote.stale) and nothing changes. Without it the last write wins.")
                .accepts(QuoteRequest.class).returns(QuoteResponse.class).errors(409);
        api.post("/quotes/{id}/send", transition((actor, id) -> delivery.send(actor, id).quote()))
                .summary("Send a draft: freezes the customer and pricing as the next revision and hands it to the customer")
                .description("In one transaction: the revision's PDF is rendered and stored, a customer link is made"
                        + " and, with an SMTP server configured, the e-mail (PDF attached, link in it) is queued in the"
                        + " outbox. GET /quotes/{id}/delivery tells what became of it; POST /quotes/{id}/resend gives"
                        + " the link to hand over yourself. 503 pdf.busy when no PDF rendering slot is free.")
                .returns(QuoteResponse.class).errors(409, 503);
        api.post("/quotes/{id}/accept", transition((actor, id) -> lifecycle.accept(actor, id)))
                .summary("The customer accepted a sent quote").returns(QuoteResponse.class).errors(409);
        api.post("/quotes/{id}/reject", this::reject).summary("The customer rejected a sent quote (reason required)")
                .accepts(RejectRequest.class).returns(QuoteResponse.class).errors(409);
        api.post("/quotes/{id}/revise", transition((actor, id) -> lifecycle.revise(actor, id)))
                .summary("Back to draft as the next revision (from SENT, REJECTED or EXPIRED)")
                .returns(QuoteResponse.class).errors(409);
        api.post("/quotes/{id}/cancel", this::cancel).summary("Cancel a draft or sent quote (optional note)")
                .acceptsOptional(NoteRequest.class).returns(QuoteResponse.class).errors(409);
        api.get("/quotes/{id}/history", this::history).summary("Every status change of the quote")
                .returnsList(StatusChangeResponse.class);
        api.get("/quotes/{id}/pdf", this::pdf)
                .summary("The customer's PDF of a sent revision (default the latest; a never-sent draft gets a "
                        + "DRAFT preview)")
                .description("Regenerating a sent revision gives identical bytes. When every PDF rendering slot"
                        + " and its queue are taken: 503 pdf.busy with Retry-After.")
                .query("revision", "integer", "revision number (default: the latest sent)")
                .returnsContent(200, "application/pdf").errors(503);
        api.get("/quotes/{id}/lines/{n}/drawing.svg", this::drawing)
                .summary("The elevation drawing of window line n (from 1) of the quote's current pricing")
                .description("A standalone SVG seen from outside: frame, mullions and transoms, cell labels (A, B, "
                        + "... as in the pane list), opening symbols and dimensions. 404 for a material line or a "
                        + "line number the quote does not have.")
                .returnsContent(200, Drawings.SVG);
    }

    private void list(Context ctx) {
        Actor actor = RequestAuth.actor(ctx);
        LocalDate from = Params.optionalDate(ctx, "createdFrom");
        LocalDate to = Params.optionalDate(ctx, "createdTo");
        UUID owner = Params.optionalId(ctx, "ownerId");
        UUID customer = Params.optionalId(ctx, "customerId");
        QuoteSearch search = new QuoteSearch(owner == null ? null : new UserId(owner),
                Params.optionalEnum(ctx, "status", QuoteStatus.class),
                customer == null ? null : new CustomerId(customer), Params.text(ctx, "q"),
                from == null ? null : startOf(actor, from), to == null ? null : startOf(actor, to.plusDays(1)),
                sort(Params.text(ctx, "sort")));
        json.ok(ctx, PageResponse.from(find.list(actor, search, Params.page(ctx)), QuoteSummaryResponse::from));
    }

    private void create(Context ctx) {
        QuoteRequest request = json.read(ctx, QuoteRequest.class);
        Quote quote = create.create(RequestAuth.actor(ctx), QuoteRequests.command(request));
        ctx.header("Location", ApiRoutes.PREFIX + "/quotes/" + quote.id());
        json.respond(ctx, 201, QuoteResponse.from(quote));
    }

    private void price(Context ctx) {
        PriceRequest request = json.read(ctx, PriceRequest.class);
        var pricing = price.price(RequestAuth.actor(ctx), QuoteRequests.lines(request.lines()),
                QuoteRequests.rates(request.rates()));
        json.ok(ctx, PricingResponse.from(pricing));
    }

    private void get(Context ctx) {
        json.ok(ctx, QuoteResponse.from(find.get(RequestAuth.actor(ctx), id(ctx))));
    }

    private void update(Context ctx) {
        QuoteId id = id(ctx);
        QuoteRequest request = json.read(ctx, QuoteRequest.class);
        json.ok(ctx, QuoteResponse.from(update.update(RequestAuth.actor(ctx), id, QuoteRequests.command(request),
                request.version())));
    }

    private Handler transition(BiFunction<Actor, QuoteId, Quote> action) {
        return ctx -> {
            QuoteId id = id(ctx);
            json.ok(ctx, QuoteResponse.from(action.apply(RequestAuth.actor(ctx), id)));
        };
    }

    private void reject(Context ctx) {
        QuoteId id = id(ctx);
        RejectRequest request = json.read(ctx, RejectRequest.class);
        json.ok(ctx, QuoteResponse.from(lifecycle.reject(RequestAuth.actor(ctx), id, request.reason())));
    }

    private void cancel(Context ctx) {
        QuoteId id = id(ctx);
        NoteRequest request = json.readOptional(ctx, NoteRequest.class, new NoteRequest(null));
        json.ok(ctx, QuoteResponse.from(lifecycle.cancel(RequestAuth.actor(ctx), id, request.note())));
    }

    private void history(Context ctx) {
        json.ok(ctx, find.history(RequestAuth.actor(ctx), id(ctx)).stream().map(StatusChangeResponse::from)
                .toList());
    }

    private void pdf(Context ctx) {
        QuoteId id = id(ctx);
        String revisionText = Params.text(ctx, "revision");
        Integer revision = revisionText == null ? null : Params.optionalInt(ctx, "revision", 0);
        RenderQuotePdfUseCase.QuotePdf document = pdf.render(RequestAuth.actor(ctx), id, revision);
        ctx.contentType("application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + safeFileName(document.fileName()) + "\"")
                .result(document.content());
    }

    private void drawing(Context ctx) {
        Quote quote = find.get(RequestAuth.actor(ctx), id(ctx));
        Drawings.respond(ctx, quote.pricing() == null ? List.of() : quote.pricing().lines(), "quote " + quote.number());
    }

    private Instant startOf(Actor actor, LocalDate day) {
        ZoneId zone = settings.get(actor).zone();
        return day.atStartOfDay(zone).toInstant();
    }

    private static QuoteSort sort(String value) {
        if (value == null) {
            return QuoteSort.CREATED_DESC;
        }
        QuoteSort sort = SORTS.get(value);
        if (sort == null) {
            throw new ValidationException("sort", "must be one of " + String.join(", ",
                    new TreeSet<>(SORTS.keySet())));
        }
        return sort;
    }

    private static String safeFileName(String name) {
        String cleaned = name == null ? "" : name.replaceAll("[^A-Za-z0-9._-]", "_");
        return cleaned.isEmpty() ? "quote.pdf" : cleaned;
    }

    static QuoteId id(Context ctx) {
        return new QuoteId(Params.pathId(ctx, "id"));
    }
}
