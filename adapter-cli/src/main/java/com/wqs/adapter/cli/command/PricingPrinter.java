package com.wqs.adapter.cli.command;

import com.wqs.adapter.cli.output.Formats;
import com.wqs.adapter.web.format.LineOptionText;
import com.wqs.adapter.cli.output.Output;
import com.wqs.adapter.cli.output.Table;
import com.wqs.domain.layout.Pane;
import com.wqs.domain.pricing.LineKind;
import com.wqs.domain.pricing.PricedLine;
import com.wqs.domain.pricing.QuotePricing;
import com.wqs.domain.pricing.WindowTotals;
import com.wqs.domain.workorder.GlassPane;

/** The priced lines and the totals breakdown of a quote, as tables. */
final class PricingPrinter {
    private final Output out;
    private final Formats formats;

    PricingPrinter(Output out, Formats formats) {
        this.out = out;
        this.formats = formats;
    }

    void print(QuotePricing pricing) {
        boolean options = LineOptionText.hasOptions(pricing.lines());
        Table lines = new Table().right("#").left("ITEM").left("SIZE (MM)").right("QTY").right("UNIT PRICE")
                .right("PRICE").right("COST");
        if (options) {
            lines.left("OPTION");
        }
        for (PricedLine line : pricing.lines()) {
            Object[] cells = {line.index() + 1, item(line), size(line), formats.quantity(line.quantity()),
                    formats.money(line.unitPrice()), formats.money(line.price()), formats.money(line.cost()),
                    LineOptionText.of(line, pricing.lines())};
            lines.row(options ? cells : java.util.Arrays.copyOf(cells, cells.length - 1));
        }
        out.table(lines);
        if (options) {
            out.line(out.text("cli.pricing.options-note"));
        }
        printPanes(pricing);
        out.line("");
        Table totals = new Table().left("").right("AMOUNT");
        totals.row(out.text("cli.pricing.materials"), formats.money(pricing.materials()));
        totals.row(out.text("cli.pricing.labour"), formats.money(pricing.labour()));
        totals.row(out.text("cli.pricing.base"), formats.money(pricing.base()));
        totals.row(out.text("cli.pricing.profit", formats.percent(pricing.rates().profitMargin())),
                formats.money(pricing.profit()));
        totals.row(out.text("cli.pricing.indirect", formats.percent(pricing.rates().indirectRate())),
                formats.money(pricing.indirect()));
        totals.row(out.text("cli.pricing.discount", formats.percent(pricing.rates().discountRate())),
                pricing.discount().isZero() ? formats.money(pricing.discount()) : "-" + formats.money(pricing.discount()));
        totals.row(out.text("cli.pricing.taxable"), formats.money(pricing.taxable()));
        totals.row(out.text("cli.pricing.tax", formats.percent(pricing.rates().taxRate())), formats.money(pricing.tax()));
        totals.row(out.text("cli.pricing.total"), formats.money(pricing.total()));
        WindowTotals windows = pricing.windowTotals();
        windows.perSquareMetre(pricing.total()).ifPresent(perM2 -> {
            totals.row(out.text("cli.pricing.windows"), windows.windows());
            totals.row(out.text("cli.pricing.area"), formats.quantity(windows.areaM2()) + " m2");
            totals.row(out.text("cli.pricing.perimeter"), formats.quantity(windows.perimeterM()) + " m");
            totals.row(out.text("cli.pricing.per-m2"), formats.money(perM2));
        });
        out.table(totals);
    }

    /** Each window's layout and glass panes (for one window), labelled as on its drawing: L2-B = line 2, cell B. */
    private void printPanes(QuotePricing pricing) {
        Table panes = new Table().left("POSITION").left("LAYOUT").left("OPENING").left("GLASS").right("PANE (MM)")
                .right("M2");
        for (PricedLine line : pricing.lines()) {
            String layout = line.layout() == null ? "" : line.layout().notation();
            for (Pane pane : line.panes()) {
                panes.row(GlassPane.position(line.index(), pane.label()), layout, pane.opening(), pane.glassCode(),
                        pane.widthMm() + " x " + pane.heightMm(), formats.quantity(pane.areaM2()));
                layout = "";
            }
        }
        if (pricing.lines().stream().anyMatch(l -> !l.panes().isEmpty())) {
            out.line("");
            out.table(panes);
        }
    }

    private static String item(PricedLine line) {
        if (line.kind() == LineKind.MATERIAL) {
            return line.code() + (line.description().isBlank() ? "" : " " + line.description());
        }
        String colour = line.colour() == null ? "" : " " + line.colour();
        return line.code() + " / " + line.glassCode() + colour;
    }

    private static String size(PricedLine line) {
        return line.kind() == LineKind.WINDOW ? line.widthMm() + " x " + line.heightMm() : "";
    }
}
