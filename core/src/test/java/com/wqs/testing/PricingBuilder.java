package com.wqs.testing;

import com.wqs.domain.catalog.MaterialCategory;
import com.wqs.domain.catalog.MaterialUnit;
import com.wqs.domain.pricing.LineKind;
import com.wqs.domain.pricing.MaterialUsage;
import com.wqs.domain.pricing.PricedLine;
import com.wqs.domain.pricing.QuotePricing;
import com.wqs.domain.quote.MaterialLine;
import com.wqs.domain.quote.QuoteLine;
import com.wqs.domain.quote.QuoteRates;
import com.wqs.domain.quote.WindowLine;
import com.wqs.domain.shared.Money;
import com.wqs.domain.shared.Rate;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A plausible {@link QuotePricing} built by hand, without the pricing engine: the breakdown is derived
 * backwards from the wanted {@link #total} and the rates, and spread over one priced line per quote
 * line. Every identity of {@code QuotePricing} holds exactly ({@code base = materials + labour},
 * {@code taxable = base + profit + indirect - discount}, {@code total = taxable + tax}, line costs sum to
 * {@code base}, line prices sum to {@code taxable}); profit, indirect, discount and tax match their rates
 * to within a cent or two. Rates with a 100 % discount are not supported.
 */
public final class PricingBuilder {
    private static final BigDecimal LABOUR_SHARE = new BigDecimal("0.08");
    private static final BigDecimal GLASS_SHARE = new BigDecimal("0.15");
    private static final BigDecimal HARDWARE_SHARE = new BigDecimal("0.05");
    private static final BigDecimal CONSUMABLE_SHARE = new BigDecimal("0.03");
    private static final MathContext PRECISION = MathContext.DECIMAL64;

    private List<QuoteLine> lines = defaultLines();
    private QuoteRates rates = defaultRates();
    private Money total = Money.of("1000.00");

    private PricingBuilder() {
    }

    public static PricingBuilder aPricing() {
        return new PricingBuilder();
    }

    /** A 1500 × 1200 sliding window (qty 2, white) and 3 cartridges of sealant. */
    public static List<QuoteLine> defaultLines() {
        return List.of(new WindowLine("SLD-2L", "GL-CLR6", "WHITE", 1500, 1200, 2, "Living room"),
                new MaterialLine("CN-SIL", new BigDecimal("3"), "Spare sealant"));
    }

    /** Margin 25 %, indirect 15 %, no discount, tax 16 %, glass waste 5 %, no labour override. */
    public static QuoteRates defaultRates() {
        return new QuoteRates(Rate.of("0.25"), Rate.of("0.15"), Rate.ZERO, Rate.of("0.16"), Rate.of("0.05"), null);
    }

    public PricingBuilder lines(List<? extends QuoteLine> value) {
        this.lines = List.copyOf(value);
        return this;
    }

    public PricingBuilder rates(QuoteRates value) {
        this.rates = value;
        return this;
    }

    public PricingBuilder total(String value) {
        return total(Money.of(value));
    }

    public PricingBuilder total(Money value) {
        if (value.isNegative()) {
            throw new IllegalArgumentException("a quote total is never negative: " + value);
        }
        this.total = value;
        return this;
    }

    public QuotePricing build() {
        Money wanted = lines.isEmpty() ? Money.ZERO : total;
        Money taxable = Money.of(wanted.amount().divide(BigDecimal.ONE.add(rates.taxRate().fraction()), PRECISION));
        Money tax = wanted.minus(taxable);
        BigDecimal overheads = BigDecimal.ONE.add(rates.profitMargin().fraction()).add(rates.indirectRate().fraction())
                .multiply(BigDecimal.ONE.subtract(rates.discountRate().fraction()));
        Money base = Money.of(taxable.amount().divide(overheads, PRECISION));
        Money profit = base.times(rates.profitMargin().fraction());
        Money discount = base.plus(profit).plus(base.times(rates.indirectRate().fraction()))
                .times(rates.discountRate().fraction());
        Money indirect = taxable.plus(discount).minus(base).minus(profit);

        List<Money> costs = split(base, weights());
        List<Money> prices = split(taxable, costs.stream().map(Money::amount).toList());
        List<PricedLine> priced = new ArrayList<>();
        Money materials = Money.ZERO;
        Money labour = Money.ZERO;
        for (int i = 0; i < lines.size(); i++) {
            PricedLine line = priced(i, lines.get(i), costs.get(i), prices.get(i));
            priced.add(line);
            materials = materials.plus(line.materialCost());
            labour = labour.plus(line.labour());
        }
        return new QuotePricing(priced, rates, materials, labour, base, profit, indirect, discount, taxable, tax,
                wanted);
    }

    /** Roughly what each line would cost: windows by area and quantity, materials by quantity. */
    private List<BigDecimal> weights() {
        return lines.stream().map(line -> line instanceof WindowLine w
                ? BigDecimal.valueOf((long) w.widthMm() * w.heightMm() * w.quantity())
                        .movePointLeft(6).multiply(BigDecimal.valueOf(900)).max(BigDecimal.ONE)
                : ((MaterialLine) line).quantity().multiply(BigDecimal.valueOf(80)).max(BigDecimal.ONE)).toList();
    }

    /** Splits {@code amount} in proportion to {@code weights}; the last part takes the rounding remainder. */
    private static List<Money> split(Money amount, List<BigDecimal> weights) {
        BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Money> parts = new ArrayList<>();
        Money rest = amount;
        for (int i = 0; i < weights.size(); i++) {
            Money part = i == weights.size() - 1 || sum.signum() == 0 ? rest
                    : Money.of(amount.amount().multiply(weights.get(i)).divide(sum, PRECISION));
            parts.add(part);
            rest = rest.minus(part);
        }
        return parts;
    }

    private static PricedLine priced(int index, QuoteLine line, Money cost, Money price) {
        return line instanceof WindowLine w ? window(index, w, cost, price)
                : material(index, (MaterialLine) line, cost, price);
    }

    private static PricedLine window(int index, WindowLine line, Money cost, Money price) {
        Money labour = cost.times(LABOUR_SHARE);
        Money materialCost = cost.minus(labour);
        Money glass = materialCost.times(GLASS_SHARE);
        Money hardware = materialCost.times(HARDWARE_SHARE);
        Money consumables = materialCost.times(CONSUMABLE_SHARE);
        Money profiles = materialCost.minus(glass).minus(hardware).minus(consumables);
        BigDecimal quantity = BigDecimal.valueOf(line.quantity());
        BigDecimal width = BigDecimal.valueOf(line.widthMm()).movePointLeft(3);
        BigDecimal height = BigDecimal.valueOf(line.heightMm()).movePointLeft(3);
        BigDecimal area = width.multiply(height);
        List<MaterialUsage> usages = List.of(
                bars("PRF-TOP", "Top rail profile", width.multiply(quantity)),
                bars("PRF-JAMB", "Jamb profile", height.multiply(BigDecimal.valueOf(2)).multiply(quantity)),
                new MaterialUsage(line.glassCode(), "Glass " + line.glassCode(), MaterialCategory.GLASS,
                        MaterialUnit.M2, area.multiply(new BigDecimal("1.05")).multiply(quantity), null, null,
                        new BigDecimal("120.00")),
                new MaterialUsage("HW-ROLL", "Roller", MaterialCategory.HARDWARE, MaterialUnit.PIECE,
                        BigDecimal.valueOf(4).multiply(quantity), null, null, new BigDecimal("15.00")),
                new MaterialUsage("CN-SIL", "Silicone sealant", MaterialCategory.CONSUMABLE, MaterialUnit.CARTRIDGE,
                        new BigDecimal("0.5").multiply(quantity), null, null, new BigDecimal("80.00")));
        return new PricedLine(index, LineKind.WINDOW, line.productCode(), line.description(), line.glassCode(),
                line.colour(), line.widthMm(), line.heightMm(), quantity, "PIECE", profiles, glass, hardware,
                consumables, labour, cost, price, unitPrice(price, quantity), usages);
    }

    /** A profile need rounded up to whole 6 m bars. */
    private static MaterialUsage bars(String code, String name, BigDecimal needM) {
        BigDecimal stock = new BigDecimal("6.0");
        int bars = needM.divide(stock, 0, RoundingMode.CEILING).intValueExact();
        return new MaterialUsage(code, name, MaterialCategory.PROFILE, MaterialUnit.M,
                stock.multiply(BigDecimal.valueOf(bars)), bars, stock, new BigDecimal("95.50"));
    }

    private static PricedLine material(int index, MaterialLine line, Money cost, Money price) {
        BigDecimal unitCost = line.quantity().signum() == 0 ? BigDecimal.ZERO
                : cost.amount().divide(line.quantity(), 4, RoundingMode.HALF_UP);
        MaterialUsage usage = new MaterialUsage(line.materialCode(), "Material " + line.materialCode(),
                MaterialCategory.CONSUMABLE, MaterialUnit.CARTRIDGE, line.quantity(), null, null, unitCost);
        return new PricedLine(index, LineKind.MATERIAL, line.materialCode(), line.description(), null, null, null,
                null, line.quantity(), MaterialUnit.CARTRIDGE.name(), Money.ZERO, Money.ZERO, Money.ZERO, cost,
                Money.ZERO, cost, price, unitPrice(price, line.quantity()), List.of(usage));
    }

    private static Money unitPrice(Money price, BigDecimal quantity) {
        return quantity.signum() == 0 ? price : Money.of(price.amount().divide(quantity, 2, RoundingMode.HALF_UP));
    }
}
