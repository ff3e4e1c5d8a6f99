package com.wqs.adapter.web.api;

import com.wqs.adapter.web.api.dto.CustomerHistoryResponse;
import com.wqs.adapter.web.api.dto.CustomerRequest;
import com.wqs.adapter.web.api.dto.CustomerResponse;
import com.wqs.adapter.web.api.dto.PageResponse;
import com.wqs.adapter.web.input.LanguageText;
import com.wqs.adapter.web.json.JsonCodec;
import com.wqs.adapter.web.security.RequestAuth;
import com.wqs.application.port.in.CustomerCommand;
import com.wqs.application.port.in.CustomerHistoryUseCase;
import com.wqs.application.port.in.ManageCustomersUseCase;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.customer.CustomerId;
import io.javalin.http.Context;

/** Customers, shared by the organisation: everyone reads, ADMIN and SALES write. */
final class CustomerController implements ApiController {
    private final ManageCustomersUseCase customers;
    private final CustomerHistoryUseCase history;
    private final JsonCodec json;

    CustomerController(ManageCustomersUseCase customers, CustomerHistoryUseCase history, JsonCodec json) {
        this.customers = customers;
        this.history = history;
        this.json = json;
    }

    @Override
    public void routes(ApiRoutes api) {
        api.tag("customers");
        api.get("/customers", this::search).summary("Search customers by name, email, phone or tax id")
                .query("q", "string", "text to look for (case-insensitive)").pageable()
                .returnsPage(CustomerResponse.class);
        api.post("/customers", this::create).summary("Create a customer (ADMIN, SALES)")
                .accepts(CustomerRequest.class).returns(201, CustomerResponse.class).errors(403);
        api.get("/customers/{id}", this::get).summary("One customer").returns(CustomerResponse.class);
        api.get("/customers/{id}/history", this::history)
                .summary("A customer's quotes, work orders, accepted value, win rate and last contact")
                .description("Only the quotes the caller may see count: SALES their own, PRODUCTION all but drafts,"
                        + " ADMIN all; the work orders are those of these quotes.")
                .returns(CustomerHistoryResponse.class);
        api.put("/customers/{id}", this::update).summary("Replace a customer's details (ADMIN, SALES)")
                .description(ApiRoutes.REPLACE_WITH_VERSION)
                .accepts(CustomerRequest.class).returns(CustomerResponse.class).errors(409);
        api.delete("/customers/{id}", this::delete)
                .summary("Delete a customer no quote refers to (ADMIN, SALES)").returnsNoContent().errors(409);
    }

    private void search(Context ctx) {
        var page = customers.search(RequestAuth.actor(ctx), Params.text(ctx, "q"), Params.page(ctx));
        json.ok(ctx, PageResponse.from(page, CustomerResponse::from));
    }

    private void create(Context ctx) {
        Customer customer = customers.create(RequestAuth.actor(ctx), command(json.read(ctx, CustomerRequest.class)));
        ctx.header("Location", ApiRoutes.PREFIX + "/customers/" + customer.id());
        json.respond(ctx, 201, CustomerResponse.from(customer));
    }

    private void get(Context ctx) {
        json.ok(ctx, CustomerResponse.from(customers.get(RequestAuth.actor(ctx), id(ctx))));
    }

    private void history(Context ctx) {
        json.ok(ctx, CustomerHistoryResponse.from(history.history(RequestAuth.actor(ctx), id(ctx))));
    }

    private void update(Context ctx) {
        CustomerId id = id(ctx);
        CustomerRequest request = json.read(ctx, CustomerRequest.class);
        json.ok(ctx, CustomerResponse.from(customers.update(RequestAuth.actor(ctx), id, command(request),
                request.version())));
    }

    private void delete(Context ctx) {
        customers.delete(RequestAuth.actor(ctx), id(ctx));
        ctx.status(204);
    }

    private static CustomerCommand command(CustomerRequest r) {
        return new CustomerCommand(r.name(), r.email(), r.phone(), r.address(), r.taxId(), r.notes(),
                LanguageText.parse("language", r.language()));
    }

    private static CustomerId id(Context ctx) {
        return new CustomerId(Params.pathId(ctx, "id"));
    }
}
