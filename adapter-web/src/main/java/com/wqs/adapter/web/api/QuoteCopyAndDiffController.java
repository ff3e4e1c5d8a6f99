package com.wqs.adapter.web.api;

import com.wqs.adapter.web.api.dto.DuplicateQuoteRequest;
import com.wqs.adapter.web.api.dto.QuoteResponse;
import com.wqs.adapter.web.api.dto.RevisionDiffResponse;
import com.wqs.adapter.web.json.JsonCodec;
import com.wqs.adapter.web.security.RequestAuth;
import com.wqs.application.port.in.DiffQuoteUseCase;
import com.wqs.application.port.in.DuplicateQuoteUseCase;
import com.wqs.domain.customer.CustomerId;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteId;
import com.wqs.domain.shared.Ids;
import com.wqs.domain.user.Actor;
import io.javalin.http.Context;

/** What changed since an earlier revision, and copying a quote into a new draft. */
final class QuoteCopyAndDiffController implements ApiController {
    private final DiffQuoteUseCase diff;
    private final DuplicateQuoteUseCase duplicate;
    private final JsonCodec json;

    QuoteCopyAndDiffController(DiffQuoteUseCase diff, DuplicateQuoteUseCase duplicate, JsonCodec json) {
        this.diff = diff;
        this.duplicate = duplicate;
        this.json = json;
    }

    @Override
    public void routes(ApiRoutes api) {
        api.tag("quotes");
        api.get("/quotes/{id}/diff", this::diff)
                .summary("What changed since an earlier sent revision: lines, rates, and the total's change by cause")
                .description("Compares the quote as it is now (the draft being revised, or the revision last sent)"
                        + " with revision 'from', by default the latest revision sent before the current one. 409"
                        + " (quote.no_earlier_revision) when none was; 400 naming 'from' when that revision was not"
                        + " sent before the current one.")
                .query("from", "integer", "the earlier sent revision (default: the latest before the current one)")
                .returns(RevisionDiffResponse.class).errors(409);
        api.post("/quotes/{id}/duplicate", this::duplicate)
                .summary("Copy a quote into a new draft (ADMIN, SALES), for the same or another customer, priced at"
                        + " today's catalogue")
                .description("The copy has the lines, rates and notes of the quote, belongs to the caller and is"
                        + " valid for the configured validity from today. A line that no longer prices (inactive or"
                        + " removed product, ...) is a 400 naming it (lines[i].field) and nothing is created.")
                .acceptsOptional(DuplicateQuoteRequest.class).returns(201, QuoteResponse.class).errors(403);
    }

    private void diff(Context ctx) {
        Actor actor = RequestAuth.actor(ctx);
        QuoteId id = QuoteController.id(ctx);
        String fromText = Params.text(ctx, "from");
        Integer from = fromText == null ? null : Params.optionalInt(ctx, "from", 0);
        json.ok(ctx, RevisionDiffResponse.from(diff.diff(actor, id, from)));
    }

    private void duplicate(Context ctx) {
        QuoteId id = QuoteController.id(ctx);
        DuplicateQuoteRequest request = json.readOptional(ctx, DuplicateQuoteRequest.class,
                new DuplicateQuoteRequest(null));
        CustomerId customer = request.customerId() == null ? null
                : new CustomerId(Ids.parse("customerId", request.customerId()));
        Quote copy = duplicate.duplicate(RequestAuth.actor(ctx), id, customer);
        ctx.header("Location", ApiRoutes.PREFIX + "/quotes/" + copy.id());
        json.respond(ctx, 201, QuoteResponse.from(copy));
    }
}
