package com.wqs.domain.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.domain.catalog.BomLine;
import com.wqs.domain.catalog.Formula;
import com.wqs.domain.catalog.LaborRate;
import com.wqs.domain.catalog.Material;
import com.wqs.domain.catalog.MaterialCategory;
import com.wqs.domain.catalog.MaterialId;
import com.wqs.domain.catalog.MaterialUnit;
import com.wqs.domain.catalog.Product;
import com.wqs.domain.catalog.ProductCategory;
import com.wqs.domain.catalog.ProductId;
import com.wqs.domain.catalog.WindowType;
import com.wqs.domain.quote.MaterialLine;
import com.wqs.domain.quote.QuoteLine;
import com.wqs.domain.quote.QuoteRates;
import com.wqs.domain.quote.WindowLine;
import com.wqs.domain.shared.Money;
import com.wqs.domain.shared.Rate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Random catalogues and quotes (seeded, so a failure reproduces): whatever the figures, the breakdown
 * adds up to the cent and the customer line prices sum exactly to the taxable amount.
 */
class PricingEnginePropertyTest {
    private static final long SEED = 20_260_214L;
    private static final int QUOTES = 2500;
    private static final String[] FORMULAS = {
        "width_m", "2 * height_m", "2 * width_m + 2 * height_m", "perimeter_m / 0.4", "area_m2 * %s",
        "ceil(perimeter_m / 1.5)", "max(1, width_m - 0.5)", "%s", "min(width_m, height_m) * 2",
        "floor(width_mm / 600) + 1", "width_mm / 1000 + height_mm / 3000", "width_m - 5", "perimeter_m / 3",
    };

    private final PricingEngine engine = new PricingEngine();

    @Test
    void breakdownAlwaysAddsUpAndLinePricesSumToTheTaxableAmount() {
        Random random = new Random(SEED);
        int windowLines = 0;
        int materialLines = 0;
        for (int i = 0; i < QUOTES; i++) {
            Scenario scenario = Scenario.random(random);
            QuotePricing pricing = engine.price(scenario.lines(), scenario.rates(), scenario.catalog());

            assertAddsUp(pricing, "quote " + i + " of seed " + SEED);
            assertThat(engine.price(scenario.lines(), scenario.rates(), scenario.catalog()))
                    .as("deterministic").isEqualTo(pricing);
            windowLines += (int) pricing.lines().stream().filter(l -> l.kind() == LineKind.WINDOW).count();
            materialLines += (int) pricing.lines().stream().filter(l -> l.kind() == LineKind.MATERIAL).count();
        }
        assertThat(windowLines).as("window lines generated").isGreaterThan(QUOTES);
        assertThat(materialLines).as("material lines generated").isGreaterThan(QUOTES);
    }

    private static void assertAddsUp(QuotePricing p, String what) {
        QuoteRates rates = p.rates();
        List<PricedLine> lines = p.lines();
        assertThat(p.base()).as(what + ": base").isEqualTo(p.materials().plus(p.labour()));
        assertThat(p.materials()).as(what + ": materials").isEqualTo(sum(lines.stream().map(PricedLine::materialCost)));
        assertThat(p.labour()).as(what + ": labour").isEqualTo(sum(lines.stream().map(PricedLine::labour)));
        assertThat(p.profit()).as(what + ": profit").isEqualTo(p.base().times(rates.profitMargin().fraction()));
        assertThat(p.indirect()).as(what + ": indirect").isEqualTo(p.base().times(rates.indirectRate().fraction()));
        assertThat(p.discount()).as(what + ": discount").isEqualTo(
                p.base().plus(p.profit()).plus(p.indirect()).times(rates.discountRate().fraction()));
        assertThat(p.taxable()).as(what + ": taxable")
                .isEqualTo(p.base().plus(p.profit()).plus(p.indirect()).minus(p.discount()));
        assertThat(p.tax()).as(what + ": tax").isEqualTo(p.taxable().times(rates.taxRate().fraction()));
        assertThat(p.total()).as(what + ": total").isEqualTo(p.taxable().plus(p.tax()));
        assertThat(sum(lines.stream().map(PricedLine::price))).as(what + ": Σ line prices").isEqualTo(p.taxable());

        for (Money amount : List.of(p.materials(), p.labour(), p.base(), p.profit(), p.indirect(), p.discount(),
                p.taxable(), p.tax(), p.total())) {
            assertThat(amount.isNegative()).as(what + ": negative total " + amount).isFalse();
        }
        for (int i = 0; i < lines.size(); i++) {
            PricedLine line = lines.get(i);
            String where = what + ", line " + i;
            assertThat(line.index()).as(where + ": index").isEqualTo(i);
            assertThat(line.cost()).as(where + ": cost").isEqualTo(line.materialCost().plus(line.labour()));
            for (Money amount : List.of(line.profiles(), line.glass(), line.hardware(), line.consumables(),
                    line.labour(), line.cost(), line.price(), line.unitPrice())) {
                assertThat(amount.isNegative()).as(where + ": negative amount " + amount).isFalse();
            }
            assertThat(line.unitPrice().amount()).as(where + ": unit price")
                    .isEqualTo(line.price().amount().divide(line.quantity(), 2, RoundingMode.HALF_UP));
            if (!p.base().isZero()) {
                BigDecimal exactShare = line.cost().amount().multiply(p.taxable().amount())
                        .divide(p.base().amount(), 10, RoundingMode.HALF_UP);
                assertThat(line.price().amount().subtract(exactShare).abs())
                        .as(where + ": price within a cent of its exact share")
                        .isLessThan(new BigDecimal("0.01"));
            }
            assertThat(line.materials()).as(where + ": usages").allSatisfy(u -> {
                assertThat(u.quantity().signum()).isNotNegative();
                assertThat(u.bars() == null || u.bars() >= 0).isTrue();
            });
        }
    }

    private static Money sum(Stream<Money> amounts) {
        return amounts.reduce(Money.ZERO, Money::plus);
    }

    /** One random catalogue and a valid quote over it. */
    private record Scenario(List<QuoteLine> lines, QuoteRates rates, PricingCatalog catalog) {

        static Scenario random(Random random) {
            List<Material> materials = new ArrayList<>();
            int count = 3 + random.nextInt(10);
            for (int i = 0; i < count; i++) {
                materials.add(randomMaterial(random, "M" + i, MaterialCategory.values()[random.nextInt(4)]));
            }
            materials.add(randomMaterial(random, "GLASS" + count, MaterialCategory.GLASS));
            List<Material> glasses = materials.stream().filter(m -> m.category() == MaterialCategory.GLASS).toList();

            List<Product> products = new ArrayList<>();
            for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
                products.add(randomProduct(random, "P" + i, materials));
            }
            List<LaborRate> laborRates = Stream.of(WindowType.values())
                    .map(type -> new LaborRate(type, decimal(random, 200, 2), decimal(random, 3, 2).max(
                            new BigDecimal("0.5"))))
                    .toList();

            List<QuoteLine> lines = new ArrayList<>();
            for (int i = 0, n = random.nextInt(13); i < n; i++) {
                if (random.nextInt(3) > 0) {
                    Product product = products.get(random.nextInt(products.size()));
                    Material glass = glasses.get(random.nextInt(glasses.size()));
                    String colour = random.nextBoolean() ? null : List.of("WHITE", "BRONZE", "BLACK").get(
                            random.nextInt(3));
                    lines.add(new WindowLine(product.code(), glass.code(), colour,
                            between(random, product.minWidthMm(), product.maxWidthMm()),
                            between(random, product.minHeightMm(), product.maxHeightMm()),
                            random.nextInt(10) == 0 ? 1 + random.nextInt(1000) : 1 + random.nextInt(5), null));
                } else {
                    Material material = materials.get(random.nextInt(materials.size()));
                    BigDecimal quantity = decimal(random, 500, 4).max(new BigDecimal("0.0001"));
                    lines.add(new MaterialLine(material.code(), quantity, null));
                }
            }
            return new Scenario(lines, randomRates(random), PricingCatalog.of(materials, products, laborRates));
        }

        private static Material randomMaterial(Random random, String code, MaterialCategory category) {
            MaterialUnit unit = switch (category) {
                case PROFILE -> MaterialUnit.M;
                case GLASS -> MaterialUnit.M2;
                case HARDWARE -> random.nextBoolean() ? MaterialUnit.PIECE : MaterialUnit.KG;
                case CONSUMABLE -> List.of(MaterialUnit.CARTRIDGE, MaterialUnit.M, MaterialUnit.L)
                        .get(random.nextInt(3));
            };
            BigDecimal stockLength = unit == MaterialUnit.M && random.nextInt(4) > 0
                    ? List.of(new BigDecimal("6.0"), new BigDecimal("5.8"), new BigDecimal("6.5"),
                            new BigDecimal("3")).get(random.nextInt(4))
                    : null;
            Map<String, BigDecimal> colours = new TreeMap<>();
            if (category == MaterialCategory.PROFILE && random.nextBoolean()) {
                colours.put("WHITE", decimal(random, 300, 4));
                colours.put("BRONZE", decimal(random, 300, 4));
            }
            BigDecimal cost = random.nextInt(20) == 0 ? BigDecimal.ZERO : decimal(random, 300, 4);
            return new Material(MaterialId.newId(), code, "Material " + code, category, unit, cost, stockLength,
                    true, colours, 0);
        }

        private static Product randomProduct(Random random, String code, List<Material> materials) {
            List<BomLine> bom = new ArrayList<>();
            for (int i = 0, n = 1 + random.nextInt(6); i < n; i++) {
                String template = FORMULAS[random.nextInt(FORMULAS.length)];
                String formula = String.format(template, decimal(random, 5, 3).toPlainString());
                BigDecimal waste = BigDecimal.ONE.add(decimal(random, 0.2, 2));
                bom.add(new BomLine(materials.get(random.nextInt(materials.size())).code(), Formula.parse(formula),
                        waste, null));
            }
            int minWidth = 300 + random.nextInt(700);
            int minHeight = 300 + random.nextInt(700);
            return new Product(ProductId.newId(), code, "Product " + code, ProductCategory.WINDOW,
                    WindowType.values()[random.nextInt(WindowType.values().length)], minWidth,
                    minWidth + random.nextInt(3000), minHeight, minHeight + random.nextInt(3000), bom, true, 0);
        }

        private static QuoteRates randomRates(Random random) {
            BigDecimal discount = switch (random.nextInt(5)) {
                case 0 -> BigDecimal.ZERO;
                case 1 -> BigDecimal.ONE;
                default -> decimal(random, 0.5, 4);
            };
            BigDecimal override = random.nextInt(4) == 0 ? decimal(random, 150, 4) : null;
            return new QuoteRates(new Rate(decimal(random, 1, 4)), new Rate(decimal(random, 0.5, 4)),
                    new Rate(discount), new Rate(decimal(random, 0.3, 4)), new Rate(decimal(random, 0.15, 3)),
                    override);
        }

        /** A random decimal in [0, max) with the given number of decimals. */
        private static BigDecimal decimal(Random random, double max, int decimals) {
            long units = (long) (max * Math.pow(10, decimals));
            return BigDecimal.valueOf(Math.floorMod(random.nextLong(), Math.max(units, 1)), decimals);
        }

        private static int between(Random random, int min, int max) {
            return min + random.nextInt(max - min + 1);
        }
    }
}
