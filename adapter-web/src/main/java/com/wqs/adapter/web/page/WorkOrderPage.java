package com.wqs.adapter.web.page;

import com.wqs.application.service.UseCases;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.shared.NotFoundException;
import com.wqs.domain.shared.StatusChange;
import com.wqs.domain.shared.ValidationException;
import com.wqs.domain.user.AccessPolicy;
import com.wqs.domain.user.User;
import com.wqs.domain.workorder.CutList;
import com.wqs.domain.workorder.Priority;
import com.wqs.domain.workorder.ProfileCutPlan;
import com.wqs.domain.workorder.WorkOrder;
import com.wqs.domain.workorder.WorkOrderDetails;
import com.wqs.domain.workorder.WorkOrderId;
import com.wqs.domain.workorder.WorkOrderStatus;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One work order: customer, lines, the materials list, its status timeline, the next statuses it may
 * move to, and its details. Printing the page gives the workshop's production sheet.
 */
final class WorkOrderPage {
    private final UseCases useCases;
    private final PageRenderer renderer;

    WorkOrderPage(UseCases useCases, PageRenderer renderer) {
        this.useCases = useCases;
        this.renderer = renderer;
    }

    void register(JavalinDefaultRoutingApi routes) {
        routes.get("/work-orders/{id}", ctx -> show(ctx, Viewer.of(ctx, useCases), 200, FieldErrors.NONE, null));
        routes.post("/work-orders/{id}/status", this::changeStatus);
        routes.post("/work-orders/{id}/details", this::updateDetails);
    }

    private void changeStatus(Context ctx) {
        Viewer viewer = Viewer.of(ctx, useCases);
        FormInput form = FormInput.of(ctx);
        try {
            WorkOrderStatus target = form.choice("target", WorkOrderStatus.class);
            if (target == null) {
                form.reject("target", "is required");
            }
            form.requireValid();
            useCases.workOrders().changeStatus(viewer.actor(), workOrderId(ctx), target, form.text("note"));
            ctx.redirect("/work-orders/" + workOrderId(ctx) + "?done=status", HttpStatus.SEE_OTHER);
        } catch (ValidationException e) {
            show(ctx, viewer, 400, new FieldErrors(e.errors()), null);
        } catch (ConflictException e) {
            show(ctx, viewer, 409, FieldErrors.NONE, e.getMessage());
        }
    }

    private void updateDetails(Context ctx) {
        Viewer viewer = Viewer.of(ctx, useCases);
        FormInput form = FormInput.of(ctx);
        try {
            Priority priority = form.choice("priority", Priority.class);
            LocalDate estimatedDelivery = form.date("estimatedDelivery");
            form.requireValid();
            useCases.workOrders().update(viewer.actor(), workOrderId(ctx), new WorkOrderDetails(priority,
                    estimatedDelivery, form.text("productionNotes"), form.text("deliveryInstructions")));
            ctx.redirect("/work-orders/" + workOrderId(ctx) + "?done=saved", HttpStatus.SEE_OTHER);
        } catch (ValidationException e) {
            show(ctx, viewer, 400, new FieldErrors(e.errors()), null);
        } catch (ConflictException e) {
            show(ctx, viewer, 409, FieldErrors.NONE, e.getMessage());
        }
    }

    private void show(Context ctx, Viewer viewer, int status, FieldErrors errors, String error) {
        WorkOrder workOrder = useCases.workOrders().get(viewer.actor(), workOrderId(ctx));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("shell", viewer.shell(ctx, viewer.text("workshop.order.title", workOrder.number()),
                Section.WORK_ORDERS));
        params.put("view", new WorkOrderViewModel(workOrder,
                useCases.workOrders().materials(viewer.actor(), workOrder.id()), AccessPolicy.canChangeWorkOrders(viewer.actor()),
                timeline(workOrder, names(viewer), viewer), errors, error));
        renderer.render(ctx, status, "work-order.jte", params);
    }

    /** The status changes, newest first, the statuses named in the viewer's language. */
    private static List<TimelineEntry> timeline(WorkOrder workOrder, Map<UUID, String> names, Viewer viewer) {
        UUID self = viewer.user().id().value();
        List<TimelineEntry> newestFirst = new ArrayList<>();
        for (StatusChange<WorkOrderStatus> change : workOrder.history()) {
            String who = change.by().equals(self) ? viewer.text("workshop.order.by-you", viewer.user().fullName())
                    : names.containsKey(change.by()) ? names.get(change.by()) : viewer.text("workshop.order.by-colleague");
            newestFirst.add(0, new TimelineEntry(viewer.format().dateTime(change.at()), who,
                    change.from() == null ? null : viewer.messages().label(change.from()),
                    viewer.messages().label(change.to()), change.to().name(), change.note()));
        }
        return List.copyOf(newestFirst);
    }

    /** Who is who in the timeline: only ADMIN may list users, others know their own name (as {@link UserNames}). */
    private Map<UUID, String> names(Viewer viewer) {
        if (!viewer.actor().isAdmin()) {
            return Map.of();
        }
        return useCases.users().list(viewer.actor()).stream()
                .collect(Collectors.toMap(u -> u.id().value(), User::fullName, (a, b) -> a));
    }

    private static WorkOrderId workOrderId(Context ctx) {
        try {
            return WorkOrderId.of(ctx.pathParam("id"));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("work_order", ctx.pathParam("id"));
        }
    }
}
