package com.wqs.domain.pricing;

import com.wqs.domain.quote.LineOption;
import com.wqs.domain.quote.LineOptions;
import com.wqs.domain.quote.MaterialLine;
import com.wqs.domain.quote.QuoteLine;
import com.wqs.domain.quote.QuoteRates;
import com.wqs.domain.quote.WindowLine;
import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.Money;
import com.wqs.domain.shared.ValidationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

/** Prices quote lines from the catalogue (PRODUCT.md §2 "Pricing"). Deterministic and side-effect free. */
public final class PricingEngine {
    public static final int MAX_LINES = PricingLimits.MAX_LINES;

    /**
     * Prices the lines: every line is costed; the quote's amounts are those of the included lines (the
     * required ones and the chosen optional lines and alternatives), whose prices split its taxable
     * amount; an excluded line's price is its price on its own (what the quote's taxable amount would
     * grow by, before the largest-remainder split, if it were taken).
     *
     * @throws com.wqs.domain.shared.ValidationException naming every bad field as {@code lines[i].field}
     *     (size outside the product's range, unknown product/material/glass, quantity outside 1..1000,
     *     more than 200 lines, broken option rules, see {@link LineOptions}); nothing is priced then
     */
    public QuotePricing price(List<QuoteLine> lines, QuoteRates rates, PricingCatalog catalog) {
        Objects.requireNonNull(rates, "rates");
        Objects.requireNonNull(catalog, "catalog");
        List<CostedLine> costed = costAll(lines, rates, catalog);
        PricedLine[] unpriced = new PricedLine[costed.size()];
        for (int i = 0; i < unpriced.length; i++) {
            unpriced[i] = costed.get(i).unpriced(lines.get(i).option());
        }
        return settle(Arrays.asList(unpriced), rates);
    }

    /**
     * The same priced lines with other options (the customer's choice), re-priced from their frozen costs
     * and the frozen rates only: the catalogue is never read again.
     *
     * @throws com.wqs.domain.shared.ValidationException when the options break a rule of {@link LineOptions}
     */
    public QuotePricing choose(QuotePricing pricing, List<LineOption> options) {
        if (options.size() != pricing.lines().size()) {
            throw new IllegalArgumentException(options.size() + " options for " + pricing.lines().size() + " lines");
        }
        List<FieldError> errors = new ArrayList<>();
        LineOptions.check(options, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return settle(IntStream.range(0, options.size())
                .mapToObj(i -> pricing.lines().get(i).withPrice(Money.ZERO, options.get(i)))
                .toList(), pricing.rates());
    }

    /** The quote's amounts over the included lines; each line priced as {@link #price} says. */
    private static QuotePricing settle(List<PricedLine> lines, QuoteRates rates) {
        List<PricedLine> included = new ArrayList<>(lines.size());
        List<Money> weights = new ArrayList<>(lines.size());
        for (PricedLine line : lines) {
            if (line.included()) {
                included.add(line);
                weights.add(line.cost());
            }
        }
        Amounts amounts = Amounts.of(included, rates);
        Iterator<Money> shares = LargestRemainder.split(amounts.taxable(), weights).iterator();
        PricedLine[] priced = new PricedLine[lines.size()];
        for (int i = 0; i < priced.length; i++) {
            PricedLine l = lines.get(i);
            priced[i] = l.withPrice(l.included() ? shares.next() : Amounts.of(List.of(l), rates).taxable(), l.option());
        }
        return new QuotePricing(List.of(priced), rates, amounts.materials(), amounts.labour(), amounts.base(),
                amounts.profit(), amounts.indirect(), amounts.discount(), amounts.taxable(), amounts.tax(),
                amounts.total());
    }

    /** PRODUCT.md's quote totals over some lines, each rounded as produced. */
    private record Amounts(Money materials, Money labour, Money base, Money profit, Money indirect, Money discount,
            Money taxable, Money tax, Money total) {
        static Amounts of(List<PricedLine> lines, QuoteRates rates) {
            Money materials = Money.ZERO;
            Money labour = Money.ZERO;
            for (PricedLine line : lines) {
                materials = materials.plus(line.cost().minus(line.labour()));
                labour = labour.plus(line.labour());
            }
            Money base = materials.plus(labour);
            Money profit = base.times(rates.profitMargin().fraction());
            Money indirect = base.times(rates.indirectRate().fraction());
            Money beforeDiscount = base.plus(profit).plus(indirect);
            Money discount = beforeDiscount.times(rates.discountRate().fraction());
            Money taxable = beforeDiscount.minus(discount);
            Money tax = taxable.times(rates.taxRate().fraction());
            return new Amounts(materials, labour, base, profit, indirect, discount, taxable, tax, taxable.plus(tax));
        }
    }

    /** Checks every line, collecting all errors before throwing; costs them when all are valid. */
    private static List<CostedLine> costAll(List<QuoteLine> lines, QuoteRates rates, PricingCatalog catalog) {
        if (lines == null) {
            throw new ValidationException("lines", "is required");
        }
        List<FieldError> errors = new ArrayList<>();
        if (lines.size() > MAX_LINES) {
            errors.add(new FieldError("lines", "must have at most " + MAX_LINES + " lines"));
        }
        WindowLinePricer windows = new WindowLinePricer(rates, catalog);
        MaterialLinePricer materials = new MaterialLinePricer(catalog);
        List<CostedLine> costed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String prefix = "lines[" + i + "].";
            QuoteLine line = lines.get(i);
            Optional<CostedLine> result;
            if (line instanceof WindowLine window) {
                result = windows.cost(i, window, prefix, errors);
            } else if (line instanceof MaterialLine material) {
                result = materials.cost(i, material, prefix, errors);
            } else {
                errors.add(new FieldError("lines[" + i + "]", "is required"));
                result = Optional.empty();
            }
            result.ifPresent(costed::add);
        }
        LineOptions.check(lines.stream().map(l -> l == null ? LineOption.REQUIRED : l.option()).toList(), errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return costed;
    }

}
