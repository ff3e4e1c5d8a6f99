package com.wqs.adapter.web.api;

import com.wqs.adapter.web.api.csv.CutListCsv;
import com.wqs.adapter.web.api.dto.CutListReleaseRequest;
import com.wqs.adapter.web.api.dto.CutListResponse;
import com.wqs.adapter.web.api.dto.MaterialsListResponse;
import com.wqs.adapter.web.api.dto.PageResponse;
import com.wqs.adapter.web.api.dto.StatusChangeRequest;
import com.wqs.adapter.web.api.dto.StatusChangeResponse;
import com.wqs.adapter.web.api.dto.WorkOrderRequest;
import com.wqs.adapter.web.api.dto.WorkOrderResponse;
import com.wqs.adapter.web.api.dto.WorkOrderSummaryResponse;
import com.wqs.adapter.web.error.Problem;
import com.wqs.adapter.web.error.ProblemResponder;
import com.wqs.adapter.web.json.JsonCodec;
import com.wqs.adapter.web.security.RequestAuth;
import com.wqs.application.port.in.ConvertQuoteToWorkOrderUseCase;
import com.wqs.application.port.in.ConvertQuoteToWorkOrderUseCase.Conversion;
import com.wqs.application.port.in.ManageSettingsUseCase;
import com.wqs.application.port.in.ManageWorkOrdersUseCase;
import com.wqs.application.port.out.WorkOrderSearch;
import com.wqs.domain.cutting.CuttingSettings;
import com.wqs.domain.quote.QuoteId;
import com.wqs.domain.shared.Ids;
import com.wqs.domain.shared.ValidationException;
import com.wqs.domain.user.UserId;
import com.wqs.domain.workorder.CutList;
import com.wqs.domain.workorder.Priority;
import com.wqs.domain.workorder.WorkOrder;
import com.wqs.domain.workorder.WorkOrderDetails;
import com.wqs.domain.workorder.WorkOrderId;
import com.wqs.domain.workorder.WorkOrderStatus;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/** Converting accepted quotes into work orders, and the workshop's follow-up of them. */
final class WorkOrderController implements ApiController {
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Pattern SANE_KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private final ConvertQuoteToWorkOrderUseCase convert;
    private final ManageWorkOrdersUseCase workOrders;
    private final ManageSettingsUseCase shopSettings;
    private final JsonCodec json;

    WorkOrderController(ConvertQuoteToWorkOrderUseCase convert, ManageWorkOrdersUseCase workOrders,
            ManageSettingsUseCase shopSettings, JsonCodec json) {
        this.shopSettings = shopSettings;
        this.convert = convert;
        this.workOrders = workOrders;
        this.json = json;
    }

    @Override
    public void routes(ApiRoutes api) {
        api.tag("work-orders");
        api.post("/quotes/{id}/work-order", this::convert)
                .summary("Convert an ACCEPTED quote into its work order (owner or ADMIN)")
                .description("At most one work order per quote: converting again answers 409 with the Location of "
                        + "the existing one. Repeating a request with the same Idempotency-Key and body answers the "
                        + "original 201; the same key with a different body answers 422.")
                .header(IDEMPOTENCY_KEY, "optional client key (1-200 visible ASCII characters) making retries safe")
                .acceptsOptional(WorkOrderRequest.class).returns(201, WorkOrderResponse.class).errors(409, 422);
        api.get("/work-orders", this::list)
                .summary("Work orders: ADMIN and PRODUCTION all, SALES those of their own quotes")
                .queryEnum("status", WorkOrderStatus.class, "only this status")
                .queryEnum("priority", Priority.class, "only this priority")
                .query("ownerId", "string", "uuid", "only work orders of this user's quotes")
                .query("q", "string", "text in the number, the quote number or the customer's name")
                .pageable().returnsPage(WorkOrderSummaryResponse.class);
        api.get("/work-orders/{id}", this::get).summary("One work order").returns(WorkOrderResponse.class);
        api.put("/work-orders/{id}", this::update)
                .summary("Change priority, estimated delivery and notes (ADMIN, PRODUCTION)")
                .accepts(WorkOrderRequest.class).returns(WorkOrderResponse.class).errors(409);
        api.post("/work-orders/{id}/status", this::changeStatus)
                .summary("Move the work order to its next status, or cancel it (ADMIN, PRODUCTION)")
                .accepts(StatusChangeRequest.class).returns(WorkOrderResponse.class).errors(409);
        api.get("/work-orders/{id}/materials", this::materials)
                .summary("The materials list: totals per material (whole bars for profiles) and glass panes")
                .returns(MaterialsListResponse.class);
        api.get("/work-orders/{id}/lines/{n}/drawing.svg", this::drawing)
                .summary("The elevation drawing of window line n (from 1) of the work order, as converted")
                .description("The same drawing as the quote's, from the lines the work order was made from (cell "
                        + "labels match the pane positions of the materials list: L2-B is line 2, cell B). 404 for "
                        + "a material line or a line number the work order does not have.")
                .returnsContent(200, Drawings.SVG);
        String settings = "Settings (query, mm; each defaults to the shop's cutting settings, GET /settings): kerfMm, "
                + "trimMm at each bar end, mitreAllowanceMm per mitred end, minOffcutMm, the shortest remainder kept.";
        api.get("/work-orders/{id}/cut-list", this::cutList)
                .summary("The optimised cut list of the work order: per profile and colour the bars in saw order")
                .description("Each cut has its length, end angles and a label (work order, line and cell or "
                        + "division as on the drawing, BOM line). Per profile: bars needed, the lower bound, the bars "
                        + "the quote priced, the saving and the waste. " + settings + " A piece longer than a bar "
                        + "gives is a 400 naming it.")
                .query("kerfMm", "integer", "saw kerf").query("trimMm", "integer", "trim at each bar end")
                .query("mitreAllowanceMm", "integer", "extra length per mitred end")
                .query("minOffcutMm", "integer", "shortest remainder kept as an offcut")
                .returns(CutListResponse.class);
        api.get("/work-orders/{id}/cut-list.csv", this::cutListCsv)
                .summary("The saw list of the work order's cut list as CSV, one row per cut in saw order")
                .description("Columns: " + String.join(",", CutListCsv.COLUMNS) + ". " + settings)
                .returnsContent(200, CatalogCsvController.CSV);
        api.get("/cut-lists", this::batchCutList)
                .summary("One optimised cut list across several work orders (shops optimise across jobs)")
                .description("workOrders: comma-separated work order ids (1 to "
                        + ManageWorkOrdersUseCase.MAX_CUT_LIST_ORDERS + "), each visible to the caller. " + settings)
                .requiredQuery("workOrders", "string", "comma-separated work order ids")
                .query("kerfMm", "integer", "saw kerf").query("trimMm", "integer", "trim at each bar end")
                .query("mitreAllowanceMm", "integer", "extra length per mitred end")
                .query("minOffcutMm", "integer", "shortest remainder kept as an offcut")
                .returns(CutListResponse.class);
        api.get("/cut-lists.csv", this::batchCutListCsv)
                .summary("The saw list of a cut list across several work orders, as CSV")
                .requiredQuery("workOrders", "string", "comma-separated work order ids")
                .returnsContent(200, CatalogCsvController.CSV);
        String release = "Plans with the shop's cutting settings and the offcuts on the rack, then in one transaction "
                + "consumes the offcuts the plan cuts and puts the remainders it keeps on the rack. Idempotent: "
                + "releasing the same work orders again answers the same plan and changes nothing. A work order in "
                + "another release, cancelled or in production already is a 409. Moving a work order to "
                + "MATERIALS_ORDERED releases it by itself; cancelling it before production gives the offcuts back.";
        api.post("/work-orders/{id}/cut-list/release", this::release)
                .summary("Release the work order's cut list to the workshop (ADMIN, PRODUCTION)")
                .description(release).returns(CutListResponse.class).errors(403, 409);
        api.post("/cut-lists/release", this::batchRelease)
                .summary("Release one cut list across several work orders (ADMIN, PRODUCTION)")
                .description(release).accepts(CutListReleaseRequest.class).returns(CutListResponse.class)
                .errors(403, 409);
        api.get("/work-orders/{id}/history", this::history).summary("Every status change of the work order")
                .returnsList(StatusChangeResponse.class);
    }

    private void convert(Context ctx) {
        QuoteId quoteId = QuoteController.id(ctx);
        String key = idempotencyKey(ctx);
        WorkOrderRequest r = json.readOptional(ctx, WorkOrderRequest.class, new WorkOrderRequest(null, null, null, null));
        WorkOrderDetails details = new WorkOrderDetails(r.priority(), r.estimatedDelivery(), r.productionNotes(),
                r.deliveryInstructions());
        Conversion conversion = convert.convert(RequestAuth.actor(ctx), quoteId, details, key);
        String location = ApiRoutes.PREFIX + "/work-orders/" + conversion.workOrder().id();
        ctx.header("Location", location);
        switch (conversion.outcome()) {
            case CREATED, REPLAYED -> json.respond(ctx, 201, WorkOrderResponse.from(conversion.workOrder()));
            case ALREADY_CONVERTED -> ProblemResponder.respond(ctx, new Problem(409, "quote.already_converted",
                    "quote " + conversion.workOrder().quoteNumber() + " was already converted into work order "
                            + conversion.workOrder().number() + " (see Location)"));
        }
    }

    private void list(Context ctx) {
        UUID owner = Params.optionalId(ctx, "ownerId");
        WorkOrderSearch search = new WorkOrderSearch(owner == null ? null : new UserId(owner),
                Params.optionalEnum(ctx, "status", WorkOrderStatus.class),
                Params.optionalEnum(ctx, "priority", Priority.class), Params.text(ctx, "q"));
        json.ok(ctx, PageResponse.from(workOrders.list(RequestAuth.actor(ctx), search, Params.page(ctx)),
                WorkOrderSummaryResponse::from));
    }

    private void get(Context ctx) {
        json.ok(ctx, WorkOrderResponse.from(workOrders.get(RequestAuth.actor(ctx), id(ctx))));
    }

    private void update(Context ctx) {
        WorkOrderId id = id(ctx);
        WorkOrderRequest r = json.read(ctx, WorkOrderRequest.class);
        WorkOrderDetails details = new WorkOrderDetails(r.priority(), r.estimatedDelivery(), r.productionNotes(),
                r.deliveryInstructions());
        json.ok(ctx, WorkOrderResponse.from(workOrders.update(RequestAuth.actor(ctx), id, details)));
    }

    private void changeStatus(Context ctx) {
        WorkOrderId id = id(ctx);
        StatusChangeRequest r = json.read(ctx, StatusChangeRequest.class);
        if (r.to() == null) {
            throw new ValidationException("to", "is required");
        }
        json.ok(ctx, WorkOrderResponse.from(workOrders.changeStatus(RequestAuth.actor(ctx), id, r.to(), r.note())));
    }

    private void materials(Context ctx) {
        json.ok(ctx, MaterialsListResponse.from(workOrders.materials(RequestAuth.actor(ctx), id(ctx))));
    }

    private void drawing(Context ctx) {
        WorkOrder workOrder = workOrders.get(RequestAuth.actor(ctx), id(ctx));
        Drawings.respond(ctx, workOrder.lines(), "work order " + workOrder.number());
    }

    private void cutList(Context ctx) {
        json.ok(ctx, CutListResponse.from(plan(ctx, List.of(id(ctx)))));
    }

    private void cutListCsv(Context ctx) {
        CutList cutList = plan(ctx, List.of(id(ctx)));
        csv(ctx, "cut-list-" + cutList.workOrders().get(0) + ".csv", CutListCsv.export(cutList));
    }

    private void batchCutList(Context ctx) {
        json.ok(ctx, CutListResponse.from(plan(ctx, batchIds(ctx))));
    }

    private void batchCutListCsv(Context ctx) {
        csv(ctx, "cut-list.csv", CutListCsv.export(plan(ctx, batchIds(ctx))));
    }

    private void release(Context ctx) {
        json.ok(ctx, CutListResponse.from(workOrders.release(RequestAuth.actor(ctx), List.of(id(ctx)))));
    }

    private void batchRelease(Context ctx) {
        CutListReleaseRequest r = json.read(ctx, CutListReleaseRequest.class);
        // how many there may be is the use case's rule; here only the ids are read
        List<WorkOrderId> ids = new ArrayList<>();
        for (int i = 0; r.workOrders() != null && i < r.workOrders().size(); i++) {
            ids.add(new WorkOrderId(Ids.parse("workOrders[" + i + "]", r.workOrders().get(i))));
        }
        json.ok(ctx, CutListResponse.from(workOrders.release(RequestAuth.actor(ctx), ids)));
    }

    private CutList plan(Context ctx, List<WorkOrderId> ids) {
        CuttingSettings d = shopSettings.get(RequestAuth.actor(ctx)).cutting();
        CuttingSettings settings = new CuttingSettings(Params.optionalInt(ctx, "kerfMm", d.kerfMm()),
                Params.optionalInt(ctx, "trimMm", d.trimMm()),
                Params.optionalInt(ctx, "mitreAllowanceMm", d.mitreAllowanceMm()),
                Params.optionalInt(ctx, "minOffcutMm", d.minOffcutMm()));
        return workOrders.cutList(RequestAuth.actor(ctx), ids, settings);
    }

    private static List<WorkOrderId> batchIds(Context ctx) {
        String text = Params.text(ctx, "workOrders");
        if (text == null || text.isBlank()) {
            throw new ValidationException("workOrders", "name at least one work order id");
        }
        String[] parts = text.split(",", -1);
        if (parts.length > ManageWorkOrdersUseCase.MAX_CUT_LIST_ORDERS) {
            throw new ValidationException("workOrders", "at most " + ManageWorkOrdersUseCase.MAX_CUT_LIST_ORDERS
                    + " work orders per cut list");
        }
        List<WorkOrderId> ids = new ArrayList<>();
        for (String part : parts) {
            ids.add(new WorkOrderId(Ids.parse("workOrders", part.trim())));
        }
        return ids;
    }

    private static void csv(Context ctx, String fileName, String content) {
        ctx.contentType(CatalogCsvController.CSV + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .result(content.getBytes(StandardCharsets.UTF_8));
    }

    private void history(Context ctx) {
        json.ok(ctx, workOrders.history(RequestAuth.actor(ctx), id(ctx)).stream().map(StatusChangeResponse::from)
                .toList());
    }

    private static String idempotencyKey(Context ctx) {
        String key = ctx.header(IDEMPOTENCY_KEY);
        if (key == null) {
            return null;
        }
        if (!SANE_KEY.matcher(key).matches()) {
            throw new ValidationException(IDEMPOTENCY_KEY, "must be 1-200 visible ASCII characters");
        }
        return key;
    }

    private static WorkOrderId id(Context ctx) {
        return new WorkOrderId(Params.pathId(ctx, "id"));
    }
}
