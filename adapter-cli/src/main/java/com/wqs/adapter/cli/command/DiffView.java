package com.wqs.adapter.cli.command;

import com.wqs.adapter.cli.output.Formats;
import com.wqs.adapter.cli.output.Output;
import com.wqs.adapter.cli.output.Table;
import com.wqs.domain.pricing.RevisionDiff;
import com.wqs.domain.shared.Money;
import java.util.List;

/** A revision diff as the CLI prints it: JSON with the effects spelled out, or tables for a person. */
record DiffView(String quote, int fromRevision, int toRevision, boolean toDraft, List<RevisionDiff.LineRef> added,
        List<RevisionDiff.LineRef> removed, List<RevisionDiff.LineChange> changed, int unchangedLines,
        List<RevisionDiff.FieldChange> rates, Totals totals, List<String> notes) {

    /** T0..T3 and the steps between them: linesEffect + ratesEffect + catalogueEffect = change. */
    record Totals(Money previous, Money withNewLines, Money withNewRates, Money current, Money change,
            Money linesEffect, Money ratesEffect, Money catalogueEffect) {
    }

    static DiffView of(String number, RevisionDiff d) {
        RevisionDiff.Totals t = d.totals();
        return new DiffView(number, d.fromRevision(), d.toRevision(), d.toDraft(), d.added(), d.removed(),
                d.changed(), d.unchangedLines(), d.rates(), new Totals(t.previous(), t.withNewLines(),
                        t.withNewRates(), t.current(), t.change(), t.linesEffect(), t.ratesEffect(),
                        t.catalogueEffect()), d.notes());
    }

    void print(Output out, Formats formats) {
        out.line("Quote " + quote + ": revision " + toRevision + (toDraft ? " (draft)" : "") + " against revision "
                + fromRevision);
        out.line("");
        if (added.isEmpty() && removed.isEmpty() && changed.isEmpty()) {
            out.line("No line changed (" + unchangedLines + " unchanged).");
        } else {
            Table lines = new Table().left("CHANGE").right("LINE").left("CODE").left("WHAT").right("BEFORE")
                    .right("NOW");
            added.forEach(l -> lines.row("added", l.line(), l.code(), l.description() + " × "
                    + formats.quantity(l.quantity()), "", formats.money(l.price())));
            removed.forEach(l -> lines.row("removed", l.line(), l.code(), l.description() + " × "
                    + formats.quantity(l.quantity()), formats.money(l.price()), ""));
            changed.forEach(c -> lines.row("changed", c.toLine(), c.code(), String.join("; ", c.fields().stream()
                    .map(DiffView::text).toList()), formats.money(c.priceBefore()), formats.money(c.priceAfter())));
            out.table(lines);
        }
        if (!rates.isEmpty()) {
            out.line("");
            out.line("Rates: " + String.join("; ", rates.stream().map(DiffView::text).toList()));
        }
        out.line("");
        new Details(out)
                .field("Revision " + fromRevision, formats.money(totals.previous()))
                .field("Lines", formats.money(totals.linesEffect()))
                .field("Rates", formats.money(totals.ratesEffect()))
                .field("Catalogue prices", formats.money(totals.catalogueEffect()))
                .field("Now", formats.money(totals.current()))
                .field("Change", formats.money(totals.change()))
                .print();
        notes.forEach(note -> out.line("Note: " + note));
    }

    private static String text(RevisionDiff.FieldChange change) {
        return change.field() + " " + (change.before() == null ? "-" : change.before()) + " -> "
                + (change.after() == null ? "-" : change.after());
    }
}
