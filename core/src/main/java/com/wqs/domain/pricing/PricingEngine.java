package com.wqs.domain.pricing;

import com.wqs.domain.quote.MaterialLine;
import com.wqs.domain.quote.QuoteLine;
import com.wqs.domain.quote.QuoteRates;
import com.wqs.domain.quote.WindowLine;
import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.Money;
import com.wqs.domain.shared.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

/** Prices quote lines from the catalogue (PRODUCT.md §2 "Pricing"). Deterministic and side-effect free. */
public final class PricingEngine {
    public static final int MAX_LINES = PricingLimits.MAX_LINES;

    /**
     * @throws com.wqs.domain.shared.ValidationException naming every bad field as {@code lines[i].field}
     *     (size outside the product's range, unknown product/material/glass, quantity outside 1..1000,
     *     more than 200 lines); nothing is priced then
     */
    public QuotePricing price(List<QuoteLine> lines, QuoteRates rates, PricingCatalog catalog) {
        Objects.requireNonNull(rates, "rates");
        Objects.requireNonNull(catalog, "catalog");
        List<CostedLine> costed = costAll(lines, rates, catalog);

        Money materials = sum(costed.stream().map(l -> l.cost().total().minus(l.cost().labour())).toList());
        Money labour = sum(costed.stream().map(l -> l.cost().labour()).toList());
        Money base = materials.plus(labour);
        Money profit = base.times(rates.profitMargin().fraction());
        Money indirect = base.times(rates.indirectRate().fraction());
        Money beforeDiscount = base.plus(profit).plus(indirect);
        Money discount = beforeDiscount.times(rates.discountRate().fraction());
        Money taxable = beforeDiscount.minus(discount);
        Money tax = taxable.times(rates.taxRate().fraction());
        Money total = taxable.plus(tax);

        List<Money> prices = LargestRemainder.split(taxable, costed.stream().map(l -> l.cost().total()).toList());
        List<PricedLine> priced = IntStream.range(0, costed.size())
                .mapToObj(i -> costed.get(i).priced(prices.get(i)))
                .toList();
        return new QuotePricing(priced, rates, materials, labour, base, profit, indirect, discount, taxable, tax,
                total);
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
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return costed;
    }

    private static Money sum(List<Money> amounts) {
        return amounts.stream().reduce(Money.ZERO, Money::plus);
    }
}
