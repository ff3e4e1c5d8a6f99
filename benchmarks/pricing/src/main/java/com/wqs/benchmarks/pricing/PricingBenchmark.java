package com.wqs.benchmarks.pricing;

import com.wqs.adapter.cli.demo.DemoData;
import com.wqs.adapter.cli.output.Output;
import com.wqs.application.inmemory.InMemoryStore;
import com.wqs.application.inmemory.Pbkdf2PasswordHasher;
import com.wqs.application.port.out.Store;
import com.wqs.domain.catalog.BomLine;
import com.wqs.domain.catalog.BomScope;
import com.wqs.domain.catalog.Formula;
import com.wqs.domain.catalog.Product;
import com.wqs.domain.catalog.ProductLayout;
import com.wqs.domain.pricing.PricingCatalog;
import com.wqs.domain.pricing.PricingEngine;
import com.wqs.domain.pricing.QuotePricing;
import com.wqs.domain.quote.QuoteLine;
import com.wqs.domain.quote.QuoteRates;
import com.wqs.domain.quote.WindowLine;
import com.wqs.domain.shared.Rate;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * The pricing engine on one thread: a quote of {@code lines} window lines priced against the demo
 * installation's catalogue (the one {@code wqs demo} loads: 26 materials, 5 window models whose bills of
 * materials have 6 to 12 formula lines, profiles with colour prices and 6 m bars, labour per window
 * type). One operation prices one whole quote, so window lines per second = operations per second ×
 * {@code lines} ({@code benchmarks/pricing.sh} reports both).
 *
 * <p>Only {@link PricingEngine#price} is measured: the catalogue is a snapshot made once per fork, as
 * the quote services make one per request from the codes the lines use.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class PricingBenchmark {
    /** Window lines in the quote: a typical house (3) and a building project (100). */
    @Param({"3", "100"})
    public int lines;

    /**
     * {@code laid-out}: the demo models as they are, with their layouts (mullions, transoms, sashes),
     * per-sash/cell/division BOM lines and glazing deductions. {@code plain}: the same models, sizes,
     * glasses and colours with the layout taken away (one cell, the whole window, as before layouts) and
     * every BOM line evaluated once per window (a scoped formula becomes {@code width_m + height_m}), so the
     * two differ only by what layouts add.
     */
    @Param({"plain", "laid-out"})
    public String layouts;

    /** Every quote is cut from these window lines (the 3-line case cycles through 33 quotes). */
    private static final int MIX = 100;

    private final PricingEngine engine = new PricingEngine();
    private PricingCatalog catalog;
    private QuoteRates rates;
    private List<List<QuoteLine>> quotes;
    private int next;

    @Setup(Level.Trial)
    public void loadDemoCatalogue() {
        try (Store store = new InMemoryStore()) {
            PrintWriter discard = new PrintWriter(Writer.nullWriter());
            new DemoData(store, new Pbkdf2PasswordHasher(), (number, revision, draft, settings) -> new byte[0],
                    Clock.systemUTC()).load(() -> {
                        throw new IllegalStateException("a fresh in-memory store has no users");
                    }, new Output(discard, discard, false, false, false));
            List<Product> products = store.products().findAll().stream()
                    .sorted(Comparator.comparing(Product::code))
                    .map(p -> layouts.equals("plain") ? withoutLayout(p) : p)
                    .toList();
            catalog = PricingCatalog.of(store.materials().findAll(), products, store.laborRates().findAll());
            // The demo's rates: installation defaults with a 5 % discount.
            QuoteRates defaults = QuoteRates.from(store.settings().get());
            rates = new QuoteRates(defaults.profitMargin(), defaults.indirectRate(), Rate.of("0.05"),
                    defaults.taxRate(), defaults.glassWaste(), null);
            quotes = quotes(windowLines(products, MIX), lines);
        }
        for (List<QuoteLine> quote : quotes) {
            QuotePricing check = engine.price(quote, rates, catalog);
            if (check.lines().size() != lines || check.total().amount().signum() <= 0) {
                throw new IllegalStateException("a benchmark quote does not price: " + check);
            }
        }
    }

    /** The product with no layout of its own and every BOM line once per window. */
    static Product withoutLayout(Product product) {
        List<BomLine> bom = product.bom().stream()
                .map(line -> line.scope() == BomScope.WINDOW ? line
                        : new BomLine(line.materialCode(), Formula.parse("width_m + height_m"), line.wasteFactor(),
                                line.description(), BomScope.WINDOW))
                .toList();
        return new Product(product.id(), product.code(), product.name(), product.category(), product.windowType(),
                product.minWidthMm(), product.maxWidthMm(), product.minHeightMm(), product.maxHeightMm(), bom,
                ProductLayout.NONE, product.active(), product.version());
    }

    @Benchmark
    public QuotePricing priceQuote() {
        List<QuoteLine> quote = quotes.get(next);
        next = next + 1 == quotes.size() ? 0 : next + 1;
        return engine.price(quote, rates, catalog);
    }

    /**
     * The mix cut into quotes of {@code size} lines, so that every size prices the same kinds of line
     * (a 12-formula sliding window costs more than a 6-formula fixed one) and only the quote size differs.
     */
    static List<List<QuoteLine>> quotes(List<QuoteLine> mix, int size) {
        List<List<QuoteLine>> result = new ArrayList<>();
        for (int from = 0; from + size <= mix.size(); from += size) {
            result.add(List.copyOf(mix.subList(from, from + size)));
        }
        return List.copyOf(result);
    }

    /** Window lines over every model, glass and colour, sizes inside each model's range; the same every run. */
    static List<QuoteLine> windowLines(List<Product> products, int count) {
        List<String> glasses = List.of("GL-CLR-6", "GL-CLR-4", "GL-BRZ-6", "GL-LAM-6", "GL-TMP-6", "GL-DGU-20");
        List<String> colours = List.of("WHITE", "BRONZE", "BLACK");
        Random random = new Random(20_261_129L);
        List<QuoteLine> result = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Product product = products.get(i % products.size());
            int width = between(random, product.minWidthMm(), product.maxWidthMm());
            int height = between(random, product.minHeightMm(), product.maxHeightMm());
            result.add(new WindowLine(product.code(), glasses.get(random.nextInt(glasses.size())),
                    colours.get(random.nextInt(colours.size())), width, height, 1 + random.nextInt(4), null));
        }
        return List.copyOf(result);
    }

    /** A size in whole 10 mm steps between the bounds. */
    private static int between(Random random, int min, int max) {
        return min + 10 * random.nextInt((max - min) / 10 + 1);
    }
}
