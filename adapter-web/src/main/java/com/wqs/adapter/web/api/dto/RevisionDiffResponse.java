package com.wqs.adapter.web.api.dto;

import com.wqs.domain.pricing.RevisionDiff;
import java.util.List;

/**
 * What changed in the quote since revision {@code fromRevision} (sent): {@code toRevision} is the quote's
 * current revision ({@code toDraft}: not sent yet). Lines are numbered from 1 on their own side. The totals
 * split the change: {@code linesEffect + ratesEffect + catalogueEffect = change} exactly.
 */
@Description("What changed in the quote since an earlier sent revision, and the total's change split into its"
        + " causes (lines, rates, catalogue prices), which add up to the change exactly")
public record RevisionDiffResponse(int fromRevision, int toRevision, boolean toDraft,
        List<Line> added, List<Line> removed, List<ChangedLine> changed, int unchangedLines,
        List<FieldChange> rates, Totals totals,
        @Description("where the split used current values (a product or material the earlier revision did not"
                + " use, lines that no longer price at its catalogue)") List<String> notes) {

    public static RevisionDiffResponse from(RevisionDiff d) {
        return new RevisionDiffResponse(d.fromRevision(), d.toRevision(),
                d.toDraft(), d.added().stream().map(Line::from).toList(), d.removed().stream().map(Line::from).toList(),
                d.changed().stream().map(ChangedLine::from).toList(), d.unchangedLines(),
                d.rates().stream().map(FieldChange::from).toList(), Totals.from(d.totals()), d.notes());
    }

    @Description("A line added (numbered on the current side) or removed (numbered on the earlier side)")
    public record Line(int line, String kind, String code, String description, String quantity, String price) {
        static Line from(RevisionDiff.LineRef l) {
            return new Line(l.line(), l.kind().name(), l.code(), l.description(), Decimals.decimal(l.quantity()),
                    Decimals.money(l.price()));
        }
    }

    @Description("A line on both sides whose requested fields changed")
    public record ChangedLine(int fromLine, int toLine, String kind, String code, String description,
            List<FieldChange> fields, String priceBefore, String priceAfter) {
        static ChangedLine from(RevisionDiff.LineChange c) {
            return new ChangedLine(c.fromLine(), c.toLine(), c.kind().name(), c.code(), c.description(),
                    c.fields().stream().map(FieldChange::from).toList(), Decimals.money(c.priceBefore()),
                    Decimals.money(c.priceAfter()));
        }
    }

    @Description("A field's value before and after (null: not set)")
    public record FieldChange(String field, String before, String after) {
        static FieldChange from(RevisionDiff.FieldChange f) {
            return new FieldChange(f.field(), f.before(), f.after());
        }
    }

    @Description("previous (T0), withNewLines (T1: current lines at the earlier catalogue and rates), withNewRates"
            + " (T2: current lines and rates at the earlier catalogue), current (T3); linesEffect = T1 - T0,"
            + " ratesEffect = T2 - T1, catalogueEffect = T3 - T2, change = T3 - T0")
    public record Totals(String previous, String withNewLines, String withNewRates, String current, String change,
            String linesEffect, String ratesEffect, String catalogueEffect) {
        static Totals from(RevisionDiff.Totals t) {
            return new Totals(Decimals.money(t.previous()), Decimals.money(t.withNewLines()),
                    Decimals.money(t.withNewRates()), Decimals.money(t.current()), Decimals.money(t.change()),
                    Decimals.money(t.linesEffect()), Decimals.money(t.ratesEffect()),
                    Decimals.money(t.catalogueEffect()));
        }
    }
}
