package com.wqs.adapter.web.page;

import com.wqs.adapter.web.api.Params;
import com.wqs.application.port.in.OffcutCommand;
import com.wqs.application.port.out.OffcutSearch;
import com.wqs.application.service.UseCases;
import com.wqs.domain.catalog.Material;
import com.wqs.domain.cutting.Offcut;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.NotFoundException;
import com.wqs.domain.shared.ValidationException;
import com.wqs.domain.user.AccessPolicy;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The offcut rack ({@code /offcuts}): every reusable piece of profile by profile and colour, longest first;
 * ADMIN and PRODUCTION put offcuts on it, correct them and discard them by hand.
 */
public final class OffcutPages {
    private final UseCases useCases;
    private final PageRenderer renderer;

    OffcutPages(UseCases useCases, PageRenderer renderer) {
        this.useCases = useCases;
        this.renderer = renderer;
    }

    void register(JavalinDefaultRoutingApi routes) {
        routes.get("/offcuts", ctx -> show(ctx, Viewer.of(ctx, useCases), 200, null, FieldErrors.NONE, null));
        routes.post("/offcuts", this::add);
        routes.post("/offcuts/{id}", this::correct);
        routes.post("/offcuts/{id}/discard", this::discard);
    }

    private void add(Context ctx) {
        Viewer viewer = Viewer.of(ctx, useCases);
        FormInput form = FormInput.of(ctx);
        AddForm typed = new AddForm(form.text("materialCode"), form.text("colour"), form.text("lengthMm"),
                form.text("note"));
        try {
            Integer length = form.requiredInteger("lengthMm", typed.lengthMm());
            form.requireValid();
            Offcut offcut = useCases.offcuts().add(viewer.actor(), new OffcutCommand(typed.materialCode(),
                    typed.colour(), length, typed.note(), null));
            ctx.redirect("/offcuts?done=offcut-added&material=" + offcut.materialCode(), HttpStatus.SEE_OTHER);
        } catch (ValidationException e) {
            show(ctx, viewer, 400, typed, new FieldErrors(e.errors()), null);
        }
    }

    private void correct(Context ctx) {
        Viewer viewer = Viewer.of(ctx, useCases);
        FormInput form = FormInput.of(ctx);
        long id = offcutId(ctx);
        try {
            Integer length = form.requiredInteger("lengthMm", form.text("lengthMm"));
            Integer version = form.integer("version");
            form.requireValid();
            useCases.offcuts().correct(viewer.actor(), id, new OffcutCommand(null, form.text("colour"), length,
                    form.text("note"), version == null ? null : version.longValue()));
            ctx.redirect("/offcuts?done=saved", HttpStatus.SEE_OTHER);
        } catch (ValidationException e) {
            show(ctx, viewer, 400, null, FieldErrors.NONE, Offcut.label(id) + ": " + messages(e.errors()));
        } catch (ConflictException e) {
            show(ctx, viewer, 409, null, FieldErrors.NONE, e.getMessage());
        }
    }

    private void discard(Context ctx) {
        Viewer viewer = Viewer.of(ctx, useCases);
        FormInput form = FormInput.of(ctx);
        long id = offcutId(ctx);
        try {
            Integer version = form.integer("version");
            if (version == null) {
                form.reject("version", "is required");
            }
            form.requireValid();
            useCases.offcuts().discard(viewer.actor(), id, version);
            ctx.redirect("/offcuts?done=offcut-discarded", HttpStatus.SEE_OTHER);
        } catch (ValidationException e) {
            show(ctx, viewer, 400, null, FieldErrors.NONE, Offcut.label(id) + ": " + messages(e.errors()));
        } catch (ConflictException e) {
            show(ctx, viewer, 409, null, FieldErrors.NONE, e.getMessage());
        }
    }

    private void show(Context ctx, Viewer viewer, int status, AddForm form, FieldErrors errors, String error) {
        FormInput query = FormInput.ofQuery(ctx);
        String material = query.text("material");
        String state = query.text("state");
        List<Offcut> offcuts = useCases.offcuts().list(viewer.actor(), OffcutSearch.of(material, null, state));
        List<String> profiles = useCases.catalog().listMaterials(viewer.actor()).stream()
                .filter(Material::boughtInBars).map(Material::code).toList();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("shell", viewer.shell(ctx, viewer.text("workshop.offcuts.title"), Section.OFFCUTS));
        params.put("view", new OffcutsView(offcuts, profiles, material, state.isEmpty() ? "AVAILABLE" : state,
                AccessPolicy.canChangeWorkOrders(viewer.actor()),
                form == null ? new AddForm(material, "", "", "") : form, errors, error));
        renderer.render(ctx, status, "offcuts.jte", params);
    }

    private static String messages(List<FieldError> errors) {
        return String.join("; ", errors.stream().map(e -> e.field() + " " + e.message()).toList());
    }

    private static long offcutId(Context ctx) {
        try {
            return Params.offcutId("id", ctx.pathParam("id"));
        } catch (ValidationException e) {
            throw new NotFoundException("offcut", ctx.pathParam("id"));
        }
    }

    /** The add form as typed. */
    public record AddForm(String materialCode, String colour, String lengthMm, String note) {
    }

    /** What the template shows. */
    public record OffcutsView(List<Offcut> offcuts, List<String> profiles, String material, String state,
            boolean canChange, AddForm form, FieldErrors errors, String error) {

        public long totalMm() {
            return offcuts.stream().mapToLong(Offcut::lengthMm).sum();
        }

        public List<String> states() {
            return List.of("AVAILABLE", "CONSUMED", "DISCARDED", "ALL");
        }
    }
}
