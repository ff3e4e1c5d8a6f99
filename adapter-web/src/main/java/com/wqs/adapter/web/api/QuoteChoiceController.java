package com.wqs.adapter.web.api;

import com.wqs.adapter.web.api.dto.ChoiceRequest;
import com.wqs.adapter.web.api.dto.QuoteResponse;
import com.wqs.adapter.web.json.JsonCodec;
import com.wqs.adapter.web.security.RequestAuth;
import com.wqs.application.port.in.ChooseOptionsUseCase;
import com.wqs.domain.quote.QuoteId;
import com.wqs.domain.shared.ValidationException;
import io.javalin.http.Context;

/** The customer's choice of optional lines and alternatives on a sent quote. */
final class QuoteChoiceController implements ApiController {
    private final ChooseOptionsUseCase choose;
    private final JsonCodec json;

    QuoteChoiceController(ChooseOptionsUseCase choose, JsonCodec json) {
        this.choose = choose;
        this.json = json;
    }

    @Override
    public void routes(ApiRoutes api) {
        api.tag("quotes");
        api.post("/quotes/{id}/choice", this::choose)
                .summary("Record the customer's choice of optional lines and alternatives on a sent quote")
                .description("The sent revision is re-priced from its frozen costs and rates (never today's "
                        + "catalogue): its total becomes that of the chosen lines. Accepting the quote freezes the "
                        + "choice; its work order holds only the chosen lines. 409 when the quote is not SENT "
                        + "(quote.not_sent) or is at another revision (quote.revision_changed).")
                .accepts(ChoiceRequest.class).returns(QuoteResponse.class).errors(409);
    }

    private void choose(Context ctx) {
        QuoteId id = QuoteController.id(ctx);
        ChoiceRequest request = json.read(ctx, ChoiceRequest.class);
        if (request.revision() == null) {
            throw new ValidationException("revision", "is required");
        }
        json.ok(ctx, QuoteResponse.from(choose.choose(RequestAuth.actor(ctx), id, request.revision(),
                request.chosenLines())));
    }
}
