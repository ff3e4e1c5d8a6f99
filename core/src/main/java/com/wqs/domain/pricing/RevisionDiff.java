package com.wqs.domain.pricing;

import com.wqs.domain.shared.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What changed in a quote since an earlier sent revision: lines added, removed and changed (field by
 * field), rates changed, and the change of the total split into its causes. {@code toRevision} is the
 * quote's current revision ({@code toDraft}: not sent yet). Lines are numbered from 1 on their own side.
 * {@code notes} say where the split had to use current values (a product or material the earlier
 * revision did not use, lines that no longer price at its catalogue).
 */
public record RevisionDiff(int fromRevision, int toRevision, boolean toDraft, List<LineRef> added,
        List<LineRef> removed, List<LineChange> changed, int unchangedLines, List<FieldChange> rates, Totals totals,
        List<String> notes) {

    public RevisionDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
        rates = List.copyOf(rates);
        Objects.requireNonNull(totals, "totals");
        notes = List.copyOf(notes);
    }

    /** Whether anything but the catalogue changed. */
    public boolean linesOrRatesChanged() {
        return !added.isEmpty() || !removed.isEmpty() || !changed.isEmpty() || !rates.isEmpty();
    }

    /** A line of one side: its position (from 1), what it is and its customer-facing price. */
    public record LineRef(int line, LineKind kind, String code, String description, BigDecimal quantity,
            Money price) {
    }

    /** A line on both sides whose requested fields differ; {@code fields} in a fixed order. */
    public record LineChange(int fromLine, int toLine, LineKind kind, String code, String description,
            List<FieldChange> fields, Money priceBefore, Money priceAfter) {
        public LineChange {
            fields = List.copyOf(fields);
        }
    }

    /** One field's value before and after, as text (null: not set). */
    public record FieldChange(String field, String before, String after) {
    }

    /**
     * The totals of the split: {@code previous} (T0, the earlier revision's total), {@code withNewLines} (T1:
     * the current lines at the earlier revision's catalogue and rates), {@code withNewRates} (T2: the current
     * lines and rates at the earlier catalogue) and {@code current} (T3). The effects are the steps between
     * them, so {@code linesEffect + ratesEffect + catalogueEffect = change = current - previous} exactly.
     */
    public record Totals(Money previous, Money withNewLines, Money withNewRates, Money current) {
        public Money change() {
            return current.minus(previous);
        }

        public Money linesEffect() {
            return withNewLines.minus(previous);
        }

        public Money ratesEffect() {
            return withNewRates.minus(withNewLines);
        }

        public Money catalogueEffect() {
            return current.minus(withNewRates);
        }
    }
}
