package com.wqs.adapter.web.page;

import com.wqs.application.port.out.Page;
import com.wqs.application.port.out.PageRequest;
import com.wqs.application.port.out.WorkOrderSearch;
import com.wqs.application.port.out.WorkOrderSummary;
import com.wqs.application.service.UseCases;
import com.wqs.domain.shared.ValidationException;
import com.wqs.domain.workorder.Priority;
import com.wqs.domain.workorder.WorkOrderStatus;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Work orders the user may see, filtered by status, priority and text, paged. */
final class WorkOrderListPage {
    private static final int PAGE_SIZE = 25;

    private final UseCases useCases;
    private final PageRenderer renderer;

    WorkOrderListPage(UseCases useCases, PageRenderer renderer) {
        this.useCases = useCases;
        this.renderer = renderer;
    }

    void register(JavalinDefaultRoutingApi routes) {
        routes.get("/work-orders", this::list);
    }


    private void list(Context ctx) {
        Viewer viewer = Viewer.of(ctx, useCases);
        FormInput query = FormInput.ofQuery(ctx);
        WorkOrderFilters filters = new WorkOrderFilters(query.text("status"), query.text("priority"), query.text("q"));
        WorkOrderStatus status = query.choice("status", WorkOrderStatus.class);
        Priority priority = query.choice("priority", Priority.class);
        Integer page = query.integer("page");
        FieldErrors errors = FieldErrors.NONE;
        Page<WorkOrderSummary> workOrders;
        try {
            query.requireValid();
            workOrders = useCases.workOrders().list(viewer.actor(),
                    new WorkOrderSearch(null, status, priority, filters.text()),
                    new PageRequest(page == null ? 1 : Math.max(1, page), PAGE_SIZE));
        } catch (ValidationException e) {
            errors = new FieldErrors(e.errors());
            workOrders = new Page<>(List.of(), 0, 1, PAGE_SIZE);
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("shell", viewer.shell(ctx, viewer.text("work-order-list.title"), Section.WORK_ORDERS));
        params.put("filters", filters);
        params.put("workOrders", workOrders.items());
        params.put("pager", Pager.of(workOrders, "/work-orders", filters.asQuery()));
        params.put("errors", errors);
        renderer.render(ctx, errors.any() ? 400 : 200, "work-orders.jte", params);
    }
}
