package com.wqs.adapter.web.api;

import com.wqs.adapter.web.api.dto.QuoteDeliveryResponse;
import com.wqs.adapter.web.api.dto.SentQuoteResponse;
import com.wqs.adapter.web.json.JsonCodec;
import com.wqs.adapter.web.security.RequestAuth;
import com.wqs.application.port.in.QuoteDeliveryUseCase;
import io.javalin.http.Context;

/** What became of a sent quote (its e-mails and customer link), and sending it again with a new link. */
final class DeliveryController implements ApiController {
    private final QuoteDeliveryUseCase delivery;
    private final JsonCodec json;

    DeliveryController(QuoteDeliveryUseCase delivery, JsonCodec json) {
        this.delivery = delivery;
        this.json = json;
    }

    @Override
    public void routes(ApiRoutes api) {
        api.tag("quotes");
        api.get("/quotes/{id}/delivery", this::delivery)
                .summary("The quote's e-mails (queued, sent, failed with the SMTP server's reply) and customer link")
                .returns(QuoteDeliveryResponse.class);
        api.post("/quotes/{id}/resend", this::resend)
                .summary("A new customer link for the sent revision (the old one stops working), e-mailed again")
                .returns(SentQuoteResponse.class).errors(409);
    }

    private void delivery(Context ctx) {
        json.ok(ctx, QuoteDeliveryResponse.from(delivery.delivery(RequestAuth.actor(ctx), QuoteController.id(ctx))));
    }

    private void resend(Context ctx) {
        json.ok(ctx, SentQuoteResponse.from(delivery.resend(RequestAuth.actor(ctx), QuoteController.id(ctx))));
    }
}
