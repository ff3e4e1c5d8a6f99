package com.wqs.adapter.web.page;

import com.wqs.adapter.web.drawing.CutBarsSvg;
import com.wqs.adapter.web.i18n.Messages;
import com.wqs.application.port.in.ManageWorkOrdersUseCase;
import com.wqs.application.service.UseCases;
import com.wqs.domain.cutting.CuttingSettings;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.NotFoundException;
import com.wqs.domain.shared.ValidationException;
import com.wqs.domain.workorder.CutList;
import com.wqs.domain.workorder.ProfileCutPlan;
import com.wqs.domain.workorder.WorkOrderId;
import com.wqs.domain.user.AccessPolicy;
import io.javalin.http.HttpStatus;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The optimised cut list of one work order ({@code /work-orders/{id}/cut-list}) or of several
 * ({@code /cut-lists?workOrders=ID&workOrders=ID}, from the work-order list's check boxes): per profile and
 * colour a bar diagram and the saw list; printing the page gives the saw sheet.
 */
public final class CutListPage {
    private final UseCases useCases;
    private final PageRenderer renderer;

    CutListPage(UseCases useCases, PageRenderer renderer) {
        this.useCases = useCases;
        this.renderer = renderer;
    }

    void register(JavalinDefaultRoutingApi routes) {
        routes.get("/work-orders/{id}/cut-list", ctx -> show(ctx, List.of(workOrderId(ctx.pathParam("id")))));
        routes.get("/cut-lists", ctx -> show(ctx, batch(ctx)));
        routes.post("/cut-lists/release", this::release);
    }

    /** Releases the plan of the posted work orders (with the shop's settings), then shows it as released. */
    private void release(Context ctx) {
        Viewer viewer = Viewer.of(ctx, useCases);
        List<WorkOrderId> ids = new ArrayList<>();
        for (String value : ctx.formParams("workOrders")) {
            ids.add(workOrderId(value.trim()));
        }
        try {
            useCases.workOrders().release(viewer.actor(), ids);
            String target = ids.size() == 1 ? "/work-orders/" + ids.get(0) + "/cut-list?done=released"
                    : "/cut-lists?workOrders=" + String.join(",", ids.stream().map(WorkOrderId::toString).toList())
                            + "&done=released";
            ctx.redirect(target, HttpStatus.SEE_OTHER);
        } catch (ValidationException e) {
            render(ctx, viewer, 400, ids, CuttingSettings.DEFAULTS, null, new FieldErrors(e.errors()),
                    e.errors().stream().map(FieldError::message).reduce((a, b) -> a + "; " + b).orElse(null));
        } catch (ConflictException e) {
            render(ctx, viewer, 409, ids, CuttingSettings.DEFAULTS, null, FieldErrors.NONE, e.getMessage());
        }
    }

    private void show(Context ctx, List<WorkOrderId> ids) {
        Viewer viewer = Viewer.of(ctx, useCases);
        CuttingSettings settings = CuttingSettings.DEFAULTS;
        FieldErrors errors = FieldErrors.NONE;
        CutList cutList = null;
        String error = null;
        int status = 200;
        try {
            settings = settings(ctx, useCases.settings().get(viewer.actor()).cutting(), viewer);
            cutList = useCases.workOrders().cutList(viewer.actor(), ids, settings);
        } catch (ValidationException e) {
            errors = new FieldErrors(e.errors());
            error = e.errors().stream().map(FieldError::message).reduce((a, b) -> a + "; " + b).orElse(null);
            status = 400;
        }
        // a released plan keeps the settings it was released with, whatever the query says
        render(ctx, viewer, status, ids, cutList == null ? settings : cutList.settings(), cutList, errors, error);
    }

    private void render(Context ctx, Viewer viewer, int status, List<WorkOrderId> ids, CuttingSettings settings,
            CutList cutList, FieldErrors errors, String error) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("shell", viewer.shell(ctx, viewer.text("workshop.cut.title"), Section.WORK_ORDERS));
        params.put("view", new CutListView(ids.stream().map(WorkOrderId::toString).toList(), settings, cutList,
                AccessPolicy.canChangeWorkOrders(viewer.actor()), errors, error));
        renderer.render(ctx, status, "cut-list.jte", params);
    }

    /** The shop's settings with the ones given in the query in their place. */
    private static CuttingSettings settings(Context ctx, CuttingSettings shop, Viewer viewer) {
        List<FieldError> errors = new ArrayList<>();
        CuttingSettings settings = new CuttingSettings(
                number(ctx, "kerfMm", shop.kerfMm(), errors, viewer.text("workshop.cut.kerf"), viewer),
                number(ctx, "trimMm", shop.trimMm(), errors, viewer.text("workshop.cut.trim"), viewer),
                number(ctx, "mitreAllowanceMm", shop.mitreAllowanceMm(), errors, viewer.text("workshop.cut.mitre"),
                        viewer),
                number(ctx, "minOffcutMm", shop.minOffcutMm(), errors, viewer.text("workshop.cut.min-offcut"),
                        viewer));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return settings;
    }

    /** A setting from the query, or the shop's; a refusal names the field as its label does. */
    private static int number(Context ctx, String name, int fallback, List<FieldError> errors, String label,
            Viewer viewer) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(name, viewer.text("workshop.cut.whole-mm", label)));
            return fallback;
        }
    }

    private static List<WorkOrderId> batch(Context ctx) {
        List<WorkOrderId> ids = new ArrayList<>();
        for (String value : ctx.queryParams("workOrders")) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    ids.add(workOrderId(part.trim()));
                }
            }
        }
        if (ids.size() > ManageWorkOrdersUseCase.MAX_CUT_LIST_ORDERS) {
            throw new ValidationException("workOrders", "at most " + ManageWorkOrdersUseCase.MAX_CUT_LIST_ORDERS
                    + " work orders per cut list");
        }
        return ids;
    }

    private static WorkOrderId workOrderId(String text) {
        try {
            return WorkOrderId.of(text);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("work_order", text);
        }
    }

    /** What the template shows; {@code cutList} is null when the settings or the pieces were refused. */
    public record CutListView(List<String> workOrderIds, CuttingSettings settings, CutList cutList,
            boolean canRelease, FieldErrors errors, String error) {

        /** Whether the page may offer to release the plan: it is a preview and the viewer works in the workshop. */
        public boolean offersRelease() {
            return canRelease && cutList != null && !cutList.isReleased();
        }

        public int offcutsUsed() {
            return cutList == null ? 0 : cutList.profiles().stream().mapToInt(p -> p.plan().offcutsUsed()).sum();
        }

        /** The bar diagram, its words in the page's language. */
        public String diagram(ProfileCutPlan profile, Messages messages) {
            return CutBarsSvg.render(profile, settings, messages);
        }

        /** The same plan as CSV, for the saw controller. */
        public String csvLink() {
            return "/api/v1/cut-lists.csv?workOrders=" + String.join(",", workOrderIds) + "&kerfMm="
                    + settings.kerfMm() + "&trimMm=" + settings.trimMm() + "&mitreAllowanceMm="
                    + settings.mitreAllowanceMm() + "&minOffcutMm=" + settings.minOffcutMm();
        }
    }
}
