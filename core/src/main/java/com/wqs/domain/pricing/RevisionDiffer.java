package com.wqs.domain.pricing;

import com.wqs.domain.pricing.RevisionDiff.FieldChange;
import com.wqs.domain.pricing.RevisionDiff.LineChange;
import com.wqs.domain.pricing.RevisionDiff.LineRef;
import com.wqs.domain.pricing.RevisionDiff.Totals;
import com.wqs.domain.quote.LineOption;
import com.wqs.domain.quote.MaterialLine;
import com.wqs.domain.quote.QuoteLine;
import com.wqs.domain.quote.QuoteRates;
import com.wqs.domain.quote.QuoteRevision;
import com.wqs.domain.quote.WindowLine;
import com.wqs.domain.shared.Money;
import com.wqs.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares a quote's current content with an earlier sent revision (its frozen snapshot).
 *
 * <p>Lines are paired by kind and code in order (a longest common subsequence), so a line removed in the
 * middle does not make every later line "changed". The total's change is split by pricing with the
 * engine: with the earlier revision's material costs ({@link FrozenCostCatalog}) and rates, the earlier
 * lines (A) and the current lines (B); then the current lines with the current rates (C). Lines effect =
 * B − A, rates effect = C − B, catalogue effect = the rest (T3 − C, plus A − T0: what the snapshot does not
 * freeze, such as BOM formulas and labour rates). The three add up to T3 − T0 exactly by construction.
 */
public final class RevisionDiffer {
    /** The requested fields compared on paired lines, in display order. New line fields are added here. */
    private static final List<Compared<PricedLine>> FIELDS = List.of(
            new Compared<>("glassCode", PricedLine::glassCode),
            new Compared<>("colour", PricedLine::colour),
            new Compared<>("widthMm", line -> text(line.widthMm())),
            new Compared<>("heightMm", line -> text(line.heightMm())),
            new Compared<>("quantity", line -> line.quantity().stripTrailingZeros().toPlainString()),
            new Compared<>("layout", line -> line.layout() == null ? null : line.layout().notation()),
            new Compared<>("description", PricedLine::description),
            new Compared<>("option", line -> optionText(line.option())));

    private static final List<Compared<QuoteRates>> RATE_FIELDS = List.of(
            new Compared<>("profitMargin", rates -> rates.profitMargin().toString()),
            new Compared<>("indirectRate", rates -> rates.indirectRate().toString()),
            new Compared<>("discountRate", rates -> rates.discountRate().toString()),
            new Compared<>("taxRate", rates -> rates.taxRate().toString()),
            new Compared<>("glassWaste", rates -> rates.glassWaste().toString()),
            new Compared<>("laborRateOverride", rates -> rates.laborRateOverride() == null ? null
                    : rates.laborRateOverride().stripTrailingZeros().toPlainString()));

    private final PricingEngine engine = new PricingEngine();

    /**
     * @param from the earlier sent revision
     * @param toRevision the quote's current revision number; {@code toDraft} whether it is not sent yet
     * @param toLines the quote's current lines, priced into {@code toPricing}
     * @param current the current catalogue, holding at least what both sides' lines use that still exists
     */
    public RevisionDiff compare(QuoteRevision from, int toRevision, boolean toDraft, List<QuoteLine> toLines,
            QuotePricing toPricing, PricingCatalog current) {
        Objects.requireNonNull(from, "from");
        List<PricedLine> before = from.pricing().lines();
        List<PricedLine> after = toPricing.lines();
        List<LineRef> added = new ArrayList<>();
        List<LineRef> removed = new ArrayList<>();
        List<LineChange> changed = new ArrayList<>();
        int unchanged = 0;
        int[][] pairs = pair(before, after);
        int i = 0;
        int j = 0;
        for (int[] pair : pairs) {
            while (i < pair[0]) {
                removed.add(ref(i, before.get(i++)));
            }
            while (j < pair[1]) {
                added.add(ref(j, after.get(j++)));
            }
            PricedLine old = before.get(i);
            PricedLine now = after.get(j);
            List<FieldChange> fields = FIELDS.stream().map(f -> f.change(old, now)).flatMap(Optional::stream)
                    .toList();
            if (fields.isEmpty()) {
                unchanged++;
            } else {
                changed.add(new LineChange(i + 1, j + 1, now.kind(), now.code(), now.description(), fields,
                        old.price(), now.price()));
            }
            i++;
            j++;
        }
        while (i < before.size()) {
            removed.add(ref(i, before.get(i++)));
        }
        while (j < after.size()) {
            added.add(ref(j, after.get(j++)));
        }
        List<FieldChange> rates = RATE_FIELDS.stream()
                .map(f -> f.change(from.pricing().rates(), toPricing.rates()))
                .flatMap(Optional::stream).toList();
        List<String> notes = new ArrayList<>();
        Totals totals = split(from, toLines, toPricing, current, notes);
        return new RevisionDiff(from.revision(), toRevision, toDraft, added, removed, changed, unchanged, rates,
                totals, notes);
    }

    private Totals split(QuoteRevision from, List<QuoteLine> toLines, QuotePricing toPricing,
            PricingCatalog current, List<String> notes) {
        Money previous = from.pricing().total();
        Money now = toPricing.total();
        FrozenCostCatalog atFrom = new FrozenCostCatalog(new FrozenCostCatalog(current, toPricing.lines()),
                from.pricing().lines());
        noteNewCatalogueRecords(from, toPricing.lines(), atFrom, notes);
        QuoteRates fromRates = from.pricing().rates();
        Optional<Money> fromLinesAtFrom = total(requested(from.pricing().lines()), fromRates, atFrom,
                "the lines of revision " + from.revision() + " no longer price (%s); catalogue changes other than"
                        + " material costs count under lines", notes);
        Optional<Money> toLinesAtFrom = total(toLines, fromRates, atFrom,
                "the current lines do not price at revision " + from.revision() + "'s catalogue and rates (%s);"
                        + " the whole change counts under lines", notes);
        Optional<Money> toRatesAtFrom = toLinesAtFrom.isEmpty() ? Optional.empty()
                : total(toLines, toPricing.rates(), atFrom, "the current lines do not price at revision "
                        + from.revision() + "'s catalogue (%s); the whole change counts under lines", notes);
        if (toLinesAtFrom.isEmpty() || toRatesAtFrom.isEmpty()) {
            return new Totals(previous, now, now, now);
        }
        Money withNewLines = previous.plus(toLinesAtFrom.get().minus(fromLinesAtFrom.orElse(previous)));
        Money withNewRates = withNewLines.plus(toRatesAtFrom.get().minus(toLinesAtFrom.get()));
        return new Totals(previous, withNewLines, withNewRates, now);
    }

    private Optional<Money> total(List<QuoteLine> lines, QuoteRates rates, PricingCatalog catalog, String failure,
            List<String> notes) {
        try {
            return Optional.of(engine.price(lines, rates, catalog).total());
        } catch (ValidationException e) {
            notes.add(failure.formatted(e.errors().stream().map(err -> err.field() + " " + err.message())
                    .collect(Collectors.joining("; "))));
            return Optional.empty();
        }
    }

    /** Current lines using a product or material the earlier revision did not: they are at current values. */
    private static void noteNewCatalogueRecords(QuoteRevision from, List<PricedLine> after, FrozenCostCatalog atFrom,
            List<String> notes) {
        Set<String> products = from.pricing().lines().stream().filter(l -> l.kind() == LineKind.WINDOW)
                .map(PricedLine::code).collect(Collectors.toSet());
        for (PricedLine line : after) {
            Set<String> newer = new LinkedHashSet<>();
            if (line.kind() == LineKind.WINDOW && !products.contains(line.code())) {
                newer.add("product " + line.code());
            }
            line.materials().stream().map(MaterialUsage::materialCode).filter(code -> !atFrom.knows(code))
                    .forEach(code -> newer.add("material " + code));
            if (!newer.isEmpty()) {
                notes.add("line " + (line.index() + 1) + " uses " + String.join(", ", newer) + ", not in revision "
                        + from.revision() + ": priced at current values (its effect counts under lines)");
            }
        }
    }

    /**
     * The lines as they were asked for, rebuilt from a snapshot to price them again: every field that
     * affects the price; descriptions are left out (they do not, and a generated one is not the request's).
     */
    public static List<QuoteLine> requested(List<PricedLine> snapshot) {
        return snapshot.stream().map(RevisionDiffer::requested).toList();
    }

    private static QuoteLine requested(PricedLine line) {
        return switch (line.kind()) {
            case WINDOW -> new WindowLine(line.code(), line.glassCode(), line.colour(), line.widthMm(),
                    line.heightMm(), line.quantity().intValueExact(), null, line.layout()).withOption(line.option());
            case MATERIAL -> new MaterialLine(line.code(), line.quantity(), null).withOption(line.option());
        };
    }

    /** How a line is offered, in words: required, optional or one of an alternative group, and whether chosen. */
    private static String optionText(LineOption option) {
        LineOption o = LineOption.orRequired(option);
        if (o.required()) {
            return "required";
        }
        String chosen = o.chosen() ? "chosen" : "not chosen";
        return o.optional() ? "optional, " + chosen : "alternative " + o.alternativeGroup() + ", " + chosen;
    }

    /** Pairs of (before index, after index) of the longest common subsequence by kind and code. */
    private static int[][] pair(List<PricedLine> before, List<PricedLine> after) {
        int n = before.size();
        int m = after.size();
        int[][] longest = new int[n + 1][m + 1];
        for (int a = n - 1; a >= 0; a--) {
            for (int b = m - 1; b >= 0; b--) {
                longest[a][b] = sameLine(before.get(a), after.get(b)) ? longest[a + 1][b + 1] + 1
                        : Math.max(longest[a + 1][b], longest[a][b + 1]);
            }
        }
        List<int[]> pairs = new ArrayList<>();
        int a = 0;
        int b = 0;
        while (a < n && b < m) {
            if (sameLine(before.get(a), after.get(b))) {
                pairs.add(new int[] {a++, b++});
            } else if (longest[a + 1][b] >= longest[a][b + 1]) {
                a++;
            } else {
                b++;
            }
        }
        return pairs.toArray(int[][]::new);
    }

    private static boolean sameLine(PricedLine a, PricedLine b) {
        return a.kind() == b.kind() && Objects.equals(a.code(), b.code());
    }

    private static LineRef ref(int index, PricedLine line) {
        return new LineRef(index + 1, line.kind(), line.code(), line.description(), line.quantity(), line.price());
    }

    private static String text(Integer value) {
        return value == null ? null : value.toString();
    }

    /** A named field of {@code T} compared as text. */
    private record Compared<T>(String name, Function<T, String> value) {
        Optional<FieldChange> change(T before, T after) {
            String old = value.apply(before);
            String now = value.apply(after);
            return Objects.equals(old, now) ? Optional.empty() : Optional.of(new FieldChange(name, old, now));
        }
    }
}
