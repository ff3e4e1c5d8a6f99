package com.wqs.adapter.cli.command;

import com.wqs.adapter.cli.output.Formats;
import com.wqs.adapter.cli.output.Output;
import com.wqs.adapter.cli.output.Table;
import com.wqs.domain.pricing.LineKind;
import com.wqs.domain.pricing.PricedLine;
import com.wqs.domain.pricing.QuotePricing;

/** The priced lines and the totals breakdown of a quote, as tables. */
final class PricingPrinter {
    private final Output out;
    private final Formats formats;

    PricingPrinter(Output out, Formats formats) {
        this.out = out;
        this.formats = formats;
    }

    void print(QuotePricing pricing) {
        Table lines = new Table().right("#").left("ITEM").left("SIZE (MM)").right("QTY").right("UNIT PRICE")
                .right("PRICE").right("COST");
        for (PricedLine line : pricing.lines()) {
            lines.row(line.index() + 1, item(line), size(line), formats.quantity(line.quantity()),
                    formats.money(line.unitPrice()), formats.money(line.price()), formats.money(line.cost()));
        }
        out.table(lines);
        out.line("");
        Table totals = new Table().left("").right("AMOUNT");
        totals.row("Materials", formats.money(pricing.materials()));
        totals.row("Labour", formats.money(pricing.labour()));
        totals.row("Base cost", formats.money(pricing.base()));
        totals.row("Profit (" + formats.percent(pricing.rates().profitMargin()) + ")", formats.money(pricing.profit()));
        totals.row("Indirect costs (" + formats.percent(pricing.rates().indirectRate()) + ")",
                formats.money(pricing.indirect()));
        totals.row("Discount (" + formats.percent(pricing.rates().discountRate()) + ")",
                "-" + formats.money(pricing.discount()));
        totals.row("Taxable", formats.money(pricing.taxable()));
        totals.row("Tax (" + formats.percent(pricing.rates().taxRate()) + ")", formats.money(pricing.tax()));
        totals.row("Total", formats.money(pricing.total()));
        out.table(totals);
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
