package com.wqs.adapter.cli.command;

import com.wqs.adapter.cli.CliContext;
import com.wqs.adapter.cli.ExitCodes;
import com.wqs.adapter.cli.output.Formats;
import com.wqs.adapter.cli.output.Output;
import com.wqs.adapter.cli.output.Style;
import com.wqs.adapter.cli.output.Table;
import com.wqs.adapter.web.api.csv.CutListCsv;
import com.wqs.adapter.web.api.dto.CutListResponse;
import com.wqs.adapter.web.api.dto.MaterialsListResponse;
import com.wqs.adapter.web.api.dto.ProductionOverviewResponse;
import com.wqs.application.port.in.ConvertQuoteToWorkOrderUseCase.Conversion;
import com.wqs.application.port.in.ConvertQuoteToWorkOrderUseCase.Outcome;
import com.wqs.application.port.in.ProductionOverview;
import com.wqs.application.port.out.Page;
import com.wqs.application.port.out.WorkOrderSearch;
import com.wqs.application.port.out.WorkOrderSummary;
import com.wqs.domain.cutting.BarPlan;
import com.wqs.domain.cutting.Cut;
import com.wqs.domain.cutting.CuttingSettings;
import com.wqs.domain.cutting.GroupPlan;
import com.wqs.domain.shared.TextLimits;
import com.wqs.domain.workorder.CutList;
import com.wqs.domain.workorder.GlassPane;
import com.wqs.domain.workorder.MaterialsList;
import com.wqs.domain.workorder.Priority;
import com.wqs.domain.workorder.ProfileCutPlan;
import com.wqs.domain.workorder.WorkOrder;
import com.wqs.domain.workorder.WorkOrderDetails;
import com.wqs.domain.workorder.WorkOrderId;
import com.wqs.domain.workorder.WorkOrderStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "workorder", description = "Work orders: convert accepted quotes and follow them to delivery.")
public final class WorkOrderCommands {
    private final CliContext context;

    public WorkOrderCommands(CliContext context) {
        this.context = context;
    }

    @Command(name = "create", description = {"Convert an ACCEPTED quote into its work order.",
            "A quote has at most one: converting again prints the existing one and exits with 5 (conflict)."})
    public int create(
            @Parameters(paramLabel = "QUOTE", description = "Quote number or id.") String quote,
            @Option(names = "--priority", defaultValue = "NORMAL", description = "LOW, NORMAL, HIGH or URGENT.")
                    Priority priority,
            @Option(names = "--delivery", paramLabel = "DATE", description = "Estimated delivery date (YYYY-MM-DD).")
                    LocalDate delivery,
            @Option(names = "--notes",
                    description = "Production notes (at most " + TextLimits.NOTES + " characters).")
                            String notes,
            @Option(names = "--instructions",
                    description = "Delivery instructions (at most " + TextLimits.NOTES + " characters).")
                            String instructions,
            @Option(names = "--idempotency-key", paramLabel = "KEY",
                    description = "Retrying with the same key returns the first result.") String key) {
        WorkOrderDetails details = new WorkOrderDetails(priority, delivery, notes, instructions);
        Conversion conversion = context.useCases().convertQuote()
                .convert(context.actor(), new Lookup(context).quote(quote), details, key);
        WorkOrder order = conversion.workOrder();
        Output out = context.output();
        out.result(WorkOrderView.of(order), () -> out.line(switch (conversion.outcome()) {
            case CREATED -> out.text("cli.workorder.created", order.number(), order.quoteNumber());
            case REPLAYED -> out.text("cli.workorder.replayed", order.number());
            case ALREADY_CONVERTED -> out.text("cli.workorder.already-converted", order.quoteNumber(), order.number());
        }));
        if (conversion.outcome() == Outcome.ALREADY_CONVERTED) {
            out.note(out.text("cli.workorder.already-has", order.quoteNumber(), order.number()));
            return ExitCodes.CONFLICT;
        }
        return 0;
    }

    @Command(footer = {"", "Examples:", "  wqs workorder list", "", ExitCodes.HELP_1, ExitCodes.HELP_2},
        name = "list", description = "List work orders, newest first.")
    public int list(
            @Option(names = "--status", description = "PENDING, MATERIALS_ORDERED, ... DELIVERED, CANCELLED.")
                    WorkOrderStatus status,
            @Option(names = "--priority") Priority priority,
            @Option(names = "--search", paramLabel = "TEXT", description = "Number, quote number or customer contains TEXT.")
                    String text,
            @Mixin CustomerCommands.Paging paging) {
        Page<WorkOrderSummary> page = context.useCases().workOrders().list(context.actor(),
                new WorkOrderSearch(null, status, priority, text), paging.request());
        Output out = context.output();
        out.result(page, () -> {
            Formats formats = context.formats();
            Style style = out.style();
            Table table = new Table().left("NUMBER").left("QUOTE").left("CUSTOMER").styled("STATUS", style::status)
                    .left("PRIORITY").left("DELIVERY").left("CREATED");
            page.items().forEach(w -> table.row(w.number(), w.quoteNumber(), w.customerName(), w.status(),
                    w.priority(), formats.date(w.estimatedDelivery()), formats.dateTime(w.createdAt())));
            out.table(table);
            paging.footer(out, page);
        });
        return 0;
    }

    @Command(name = "overview", description = {"The production overview: work orders by status, overdue, due this"
            + " week, the next deliveries and the materials to order for the PENDING work orders (SALES: the work"
            + " orders of their own quotes)."})
    public int overview() {
        ProductionOverview overview = context.useCases().productionOverview().overview(context.actor());
        Output out = context.output();
        out.result(ProductionOverviewResponse.from(overview), () -> {
            Formats formats = context.formats();
            new Details(out)
                    .field(out.text("cli.overview.today"), formats.date(overview.today()))
                    .field(out.text("cli.overview.open"), overview.open())
                    .field(out.text("cli.overview.overdue"), overview.overdue().size())
                    .field(out.text("cli.overview.due-this-week", formats.date(overview.weekEnd())),
                            overview.dueThisWeek().size())
                    .field(out.text("cli.overview.without-delivery"), overview.withoutDelivery())
                    .field(out.text("cli.overview.waiting-for-materials"), overview.awaitingMaterials().size())
                    .print();
            out.line("");
            Table byStatus = new Table().styled("STATUS", out.style()::status).right("WORK ORDERS");
            overview.byStatus().forEach(byStatus::row);
            out.table(byStatus);
            printDeliveries(out, formats, out.text("cli.overview.overdue"), overview.overdue());
            printDeliveries(out, formats, out.text("cli.overview.next-deliveries"), overview.nextDeliveries());
            if (!overview.materialsToOrder().isEmpty()) {
                out.line("");
                out.line(out.style().bold(out.text("cli.overview.materials-to-order")));
                printMaterials(out, formats, new MaterialsList(overview.materialsToOrder(), List.of()));
            }
        });
        return 0;
    }

    private static void printDeliveries(Output out, Formats formats, String title, List<WorkOrderSummary> orders) {
        if (orders.isEmpty()) {
            return;
        }
        out.line("");
        out.line(out.style().bold(title));
        Table table = new Table().left("NUMBER").left("CUSTOMER").styled("STATUS", out.style()::status)
                .left("PRIORITY").left("DELIVERY");
        orders.forEach(w -> table.row(w.number(), w.customerName(), w.status(), w.priority(),
                formats.date(w.estimatedDelivery())));
        out.table(table);
    }

    @Command(name = "show", description = "Show a work order.")
    public int show(@Parameters(paramLabel = "WORK_ORDER", description = "Number (WO-2026-00001) or id.") String ref) {
        WorkOrder order = context.useCases().workOrders().get(context.actor(), new Lookup(context).workOrder(ref));
        print(order);
        return 0;
    }

    @Command(name = "status", description = "Move a work order to its next status.")
    public int status(@Parameters(paramLabel = "WORK_ORDER") String ref,
            @Option(names = "--to", required = true, paramLabel = "STATUS") WorkOrderStatus target,
            @Option(names = "--note", description = "At most " + TextLimits.DESCRIPTION + " characters.") String note) {
        WorkOrder order = context.useCases().workOrders()
                .changeStatus(context.actor(), new Lookup(context).workOrder(ref), target, note);
        Output out = context.output();
        out.result(WorkOrderView.of(order), () -> out.line(out.text("cli.workorder.now", order.number(),
                out.style().status(order.status().name()))));
        return 0;
    }

    @Command(name = "materials", description = "The materials list: profiles in bars, hardware, glass panes.")
    public int materials(@Parameters(paramLabel = "WORK_ORDER") String ref) {
        MaterialsList materials = context.useCases().workOrders()
                .materials(context.actor(), new Lookup(context).workOrder(ref));
        Output out = context.output();
        out.result(MaterialsListResponse.from(materials), () -> printMaterials(out, context.formats(), materials));
        return 0;
    }

    @Command(name = "cutlist", description = {"Optimised bar cutting for one or more work orders (one plan across "
            + "them): per profile and colour the bars in saw order, bars priced vs needed, waste.",
            "--csv FILE writes the saw list for saw controllers (one row per cut)."})
    public int cutlist(@Parameters(paramLabel = "WORK_ORDER", arity = "1..*") List<String> refs,
            @Option(names = "--kerf", paramLabel = "MM", description = "Saw kerf (default: the shop's setting).") Integer kerf,
            @Option(names = "--trim", paramLabel = "MM", description = "Trim at each bar end (default: the setting).") Integer trim,
            @Option(names = "--mitre-allowance", paramLabel = "MM",
                    description = "Extra length per mitred (not 90°) end (default: the setting).") Integer mitre,
            @Option(names = "--min-offcut", paramLabel = "MM",
                    description = "Shortest remainder kept as an offcut (default: the setting).") Integer minOffcut,
            @Option(names = "--csv", paramLabel = "FILE") Path csv) {
        CuttingSettings settings = context.useCases().settings().get(context.actor()).cutting()
                .with(kerf, trim, mitre, minOffcut);
        Lookup lookup = new Lookup(context);
        List<WorkOrderId> ids = refs.stream().map(lookup::workOrder).toList();
        CutList cutList = context.useCases().workOrders().cutList(context.actor(), ids, settings);
        Output out = context.output();
        if (csv != null) {
            Path target = csv.toAbsolutePath();
            try {
                Files.writeString(target, CutListCsv.export(cutList), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + target, e);
            }
        }
        out.result(CutListResponse.from(cutList), () -> printCutList(out, cutList, csv));
        return 0;
    }

    @Command(name = "release", description = {"Release one cut list across the work orders to the workshop: the"
            + " offcuts it cuts leave the rack and the remainders it keeps go on it, in one step.",
            "Releasing the same work orders again prints the same plan and changes nothing. Moving a work order to"
                    + " MATERIALS_ORDERED releases it by itself; cancelling it before production gives the offcuts back."})
    public int release(@Parameters(paramLabel = "WORK_ORDER", arity = "1..*") List<String> refs) {
        Lookup lookup = new Lookup(context);
        List<WorkOrderId> ids = refs.stream().map(lookup::workOrder).toList();
        CutList cutList = context.useCases().workOrders().release(context.actor(), ids);
        Output out = context.output();
        out.result(CutListResponse.from(cutList), () -> printCutList(out, cutList, null));
        return 0;
    }

    private static void printCutList(Output out, CutList cutList, Path csv) {
        Table summary = new Table().left("PROFILE").left("COLOUR").right("BAR (MM)").right("PIECES").right("BARS")
                .right("LOWER BOUND").right("PRICED").right("SAVED").right("WASTE %");
        for (ProfileCutPlan p : cutList.profiles()) {
            GroupPlan plan = p.plan();
            int pieces = plan.bars().stream().mapToInt(b -> b.cuts().size()).sum();
            summary.row(p.materialCode(), p.colour() == null ? "" : p.colour(), plan.barLengthMm(), pieces,
                    plan.newBars(), plan.lowerBound(), p.pricedBars(), p.savedBars(),
                    plan.wastePercent().toPlainString());
        }
        String title = cutList.isReleased() ? out.text("cli.cutlist.released", cutList.release().id())
                : out.text("cli.cutlist.preview");
        out.line(out.text("cli.cutlist.summary", title, String.join(", ", cutList.workOrders()), cutList.newBars(),
                cutList.pricedBars(), cutList.profiles().stream().mapToInt(p -> p.plan().offcutsUsed()).sum(),
                cutList.settings().kerfMm(), cutList.settings().trimMm(), cutList.settings().minOffcutMm()));
        out.line("");
        out.table(summary);
        for (ProfileCutPlan p : cutList.profiles()) {
            out.line("");
            out.line(p.materialCode() + " " + p.materialName() + (p.colour() == null ? "" : " " + p.colour()));
            Table bars = new Table().right("BAR").left("CUTS (MM, ANGLES, LABEL) IN SAW ORDER").right("LEFT (MM)")
                    .left("KEEP");
            for (BarPlan bar : p.plan().bars()) {
                StringBuilder cuts = new StringBuilder();
                for (Cut cut : bar.cuts()) {
                    if (cuts.length() > 0) {
                        cuts.append(" | ");
                    }
                    cuts.append(cut.piece().lengthMm()).append(' ')
                            .append(cut.piece().startAngle().stripTrailingZeros().toPlainString()).append('/')
                            .append(cut.piece().endAngle().stripTrailingZeros().toPlainString()).append(' ')
                            .append(cut.piece().label());
                }
                bars.row(bar.isNewBar() ? bar.number() : out.text("cli.cutlist.from-offcut", bar.number(), bar.offcutId()),
                        cuts, bar.remainderMm(), bar.remainderKept() ? out.text("cli.cutlist.keep") : "");
            }
            out.table(bars);
        }
        if (!cutList.notPlanned().isEmpty()) {
            out.line("");
            out.line(out.text("cli.cutlist.not-planned", String.join(", ", cutList.notPlanned())));
        }
        if (csv != null) {
            out.line("");
            out.line(out.text("cli.cutlist.wrote", csv.toAbsolutePath()));
        }
    }

    private void print(WorkOrder order) {
        Output out = context.output();
        out.result(WorkOrderView.of(order), () -> {
            Formats formats = context.formats();
            new Details(out)
                    .field(out.text("cli.field.work-order"), order.number())
                    .field(out.text("cli.field.status"), out.style().status(order.status().name()))
                    .field(out.text("cli.field.quote"),
                            out.text("cli.field.quote-revision", order.quoteNumber(), order.quoteRevision()))
                    .field(out.text("cli.field.customer"), order.customer().name())
                    .field(out.text("cli.field.priority"), order.details().priority())
                    .field(out.text("cli.field.delivery"), formats.date(order.details().estimatedDelivery()))
                    .field(out.text("cli.field.production-notes"), order.details().productionNotes())
                    .field(out.text("cli.field.delivery-instructions"), order.details().deliveryInstructions())
                    .field(out.text("cli.field.created"), formats.dateTime(order.createdAt()))
                    .field(out.text("cli.field.completed"), order.completedAt().map(formats::dateTime).orElse(null))
                    .field(out.text("cli.field.id"), order.id())
                    .print();
            out.line("");
            Table lines = new Table().right("#").left("ITEM").left("SIZE (MM)").left("LAYOUT").right("QTY");
            order.lines().forEach(l -> lines.row(l.index() + 1,
                    l.code() + (l.glassCode() == null ? "" : " / " + l.glassCode())
                            + (l.colour() == null ? "" : " " + l.colour()),
                    l.widthMm() == null ? "" : l.widthMm() + " x " + l.heightMm(),
                    l.layout() == null ? "" : l.layout().notation(), formats.quantity(l.quantity())));
            out.table(lines);
            out.line("");
            Table history = new Table().left("WHEN").left("FROM").left("TO").left("NOTE");
            order.history().forEach(h -> history.row(formats.dateTime(h.at()), h.from() == null ? "" : h.from(), h.to(),
                    h.note()));
            out.table(history);
        });
    }

    private static void printMaterials(Output out, Formats formats, MaterialsList materials) {
        Table table = new Table().left("CODE").left("MATERIAL").left("COLOUR").left("CATEGORY").right("QUANTITY")
                .left("UNIT").right("BARS PRICED").right("CUT LIST");
        materials.materials().forEach(m -> table.row(m.materialCode(), m.materialName(),
                m.colour() == null ? "" : m.colour(), m.category(), formats.quantity(m.quantity()), m.unit(),
                m.bars() == null ? "" : m.bars() + " x " + formats.quantity(m.stockLengthM()) + " m",
                m.cutBars() == null ? "" : m.cutBars()));
        out.table(table);
        if (materials.cutListProblem() != null) {
            out.line(out.text("cli.materials.no-cut-list", materials.cutListProblem()));
        }
        // The glass supplier's list: per glass, every pane by its position on the drawings.
        Map<String, List<GlassPane>> byGlass = new TreeMap<>();
        materials.glassPanes().forEach(p -> byGlass.computeIfAbsent(p.glassCode(), k -> new ArrayList<>()).add(p));
        byGlass.forEach((glass, panes) -> {
            out.line("");
            out.line(out.text("cli.materials.glass", glass, panes.get(0).glassName()));
            Table list = new Table().left("POSITION").right("WIDTH (MM)").right("HEIGHT (MM)").right("PANES")
                    .right("M2 EACH").right("M2 TOTAL");
            BigDecimal total = BigDecimal.ZERO;
            int count = 0;
            for (GlassPane p : panes) {
                list.row(p.position(), p.widthMm(), p.heightMm(), p.quantity(), formats.quantity(p.areaM2()),
                        formats.quantity(p.totalAreaM2()));
                total = total.add(p.totalAreaM2());
                count += p.quantity();
            }
            list.row(out.text("cli.materials.total"), "", "", count, "", formats.quantity(total));
            out.table(list);
        });
    }
}
