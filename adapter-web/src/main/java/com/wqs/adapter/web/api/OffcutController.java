package com.wqs.adapter.web.api;

import com.wqs.adapter.web.api.dto.OffcutRequest;
import com.wqs.adapter.web.api.dto.OffcutResponse;
import com.wqs.adapter.web.api.dto.VersionRequest;
import com.wqs.adapter.web.json.JsonCodec;
import com.wqs.adapter.web.security.RequestAuth;
import com.wqs.application.port.in.ManageOffcutsUseCase;
import com.wqs.application.port.in.OffcutCommand;
import com.wqs.application.port.out.OffcutSearch;
import com.wqs.domain.cutting.Offcut;
import com.wqs.domain.shared.ValidationException;
import io.javalin.http.Context;

/** The offcut rack: everyone reads; ADMIN and PRODUCTION add, correct and discard by hand. */
final class OffcutController implements ApiController {
    private final ManageOffcutsUseCase offcuts;
    private final JsonCodec json;

    OffcutController(ManageOffcutsUseCase offcuts, JsonCodec json) {
        this.offcuts = offcuts;
        this.json = json;
    }

    @Override
    public void routes(ApiRoutes api) {
        api.tag("offcuts");
        api.get("/offcuts", this::list)
                .summary("The offcut rack: reusable pieces of profile per profile and colour, longest first")
                .description("By default the AVAILABLE ones, which the cut list uses before new bars. Released cut "
                        + "lists consume offcuts and add the remainders they keep.")
                .query("materialCode", "string", "only this profile")
                .query("colour", "string", "only this colour (with materialCode); 'none' for uncoloured pieces")
                .query("state", "string", "AVAILABLE (default), CONSUMED, DISCARDED or ALL")
                .returnsList(OffcutResponse.class);
        api.post("/offcuts", this::add).summary("Put an offcut on the rack by hand (ADMIN, PRODUCTION)")
                .description("The material must be a profile bought in bars, and the offcut no longer than its bar.")
                .accepts(OffcutRequest.class).returns(201, OffcutResponse.class).errors(403);
        api.get("/offcuts/{id}", this::get).summary("One offcut (id 17 or OC-17)").returns(OffcutResponse.class);
        api.put("/offcuts/{id}", this::correct)
                .summary("Correct an available offcut's colour, length and note (ADMIN, PRODUCTION)")
                .accepts(OffcutRequest.class).returns(OffcutResponse.class).errors(403, 409);
        api.post("/offcuts/{id}/discard", this::discard)
                .summary("Take an available offcut off the rack: used up, damaged or lost (ADMIN, PRODUCTION)")
                .accepts(VersionRequest.class).returns(OffcutResponse.class).errors(403, 409);
    }

    private void list(Context ctx) {
        json.ok(ctx, offcuts.list(RequestAuth.actor(ctx), search(ctx)).stream().map(OffcutResponse::from).toList());
    }

    private void add(Context ctx) {
        Offcut offcut = offcuts.add(RequestAuth.actor(ctx), command(ctx));
        ctx.header("Location", ApiRoutes.PREFIX + "/offcuts/" + offcut.id());
        json.respond(ctx, 201, OffcutResponse.from(offcut));
    }

    private void get(Context ctx) {
        json.ok(ctx, OffcutResponse.from(offcuts.get(RequestAuth.actor(ctx), id(ctx))));
    }

    private void correct(Context ctx) {
        long id = id(ctx);
        json.ok(ctx, OffcutResponse.from(offcuts.correct(RequestAuth.actor(ctx), id, command(ctx))));
    }

    private void discard(Context ctx) {
        long id = id(ctx);
        VersionRequest r = json.read(ctx, VersionRequest.class);
        if (r.version() == null) {
            throw new ValidationException("version", "is required: the version the offcut was read at");
        }
        json.ok(ctx, OffcutResponse.from(offcuts.discard(RequestAuth.actor(ctx), id, r.version())));
    }

    private OffcutCommand command(Context ctx) {
        OffcutRequest r = json.read(ctx, OffcutRequest.class);
        return new OffcutCommand(r.materialCode(), r.colour(), r.lengthMm(), r.note(), r.version());
    }

    private static OffcutSearch search(Context ctx) {
        return OffcutSearch.of(Params.text(ctx, "materialCode"), Params.text(ctx, "colour"), Params.text(ctx, "state"));
    }

    private static long id(Context ctx) {
        return Params.pathOffcutId(ctx, "id");
    }
}
