package com.wqs.domain.workorder;

import static com.wqs.testing.WorkOrderBuilder.aWorkOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.wqs.domain.cutting.BarPlan;
import com.wqs.domain.cutting.CuttingSettings;
import com.wqs.domain.cutting.Offcut;
import com.wqs.domain.pricing.PricingEngine;
import com.wqs.domain.quote.QuoteLine;
import com.wqs.domain.quote.WindowLine;
import com.wqs.testing.CatalogFixtures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The cut list with offcuts in stock: each profile and colour is offered exactly its own offcuts, whatever
 * order they come in, and its plan cuts every offcut it was finally planned with, so planning again with only
 * the offcuts a plan cut (what a release consumed) gives the same plan.
 */
class CutListPlannerOffcutsTest {
    private static final Instant NOW = Instant.parse("2026-03-10T10:00:00Z");
    private static final long SEED = 20_261_207L;
    private static final int SCENARIOS = 150;
    private static final String[] COLOURS = {"WHITE", null};
    private static final String[] PROFILES = {"PRF-TOP", "PRF-JAMB"};
    private final PricingEngine engine = new PricingEngine();

    private WorkOrder workOrder(String number, List<QuoteLine> lines) {
        return aWorkOrder().number(number)
                .lines(engine.price(lines, CatalogFixtures.workedExampleRates(), CatalogFixtures.catalog()).lines())
                .build();
    }

    private static Offcut offcut(long id, String code, String colour, int lengthMm) {
        return new Offcut(id, code, colour, lengthMm, "earlier job", null, Offcut.State.AVAILABLE, null, null, NOW, 1);
    }

    /*
     * Two 1500 × 1200 sliders in WHITE: PRF-TOP 2 × 1500 mm (1504 with the kerf), PRF-JAMB 2 × 2400 mm (2404).
     * The 3700 mm white track offcut takes both rails and leaves 692 mm, kept; the 1000 mm one is too short for
     * a rail; the uncoloured and black ones are another colour. The jambs come from a new bar: 5980 − 4808.
     */
    @Test
    void eachProfileAndColourCutsItsOwnOffcutsBeforeNewBars() {
        WorkOrder order = workOrder("WO-2026-00001", CatalogFixtures.workedExampleLines());
        List<Offcut> stock = List.of(offcut(1, "PRF-TOP", "WHITE", 3700), offcut(2, "PRF-TOP", "WHITE", 1000),
                offcut(3, "PRF-TOP", null, 4000), offcut(4, "PRF-JAMB", "BLACK", 5000));

        CutList plan = CutListPlanner.plan(List.of(order), CuttingSettings.DEFAULTS, stock, null);

        Map<String, ProfileCutPlan> byCode = plan.profiles().stream()
                .collect(Collectors.toMap(ProfileCutPlan::materialCode, Function.identity()));
        assertThat(byCode.get("PRF-TOP").plan().bars())
                .extracting(BarPlan::source, BarPlan::offcutId, BarPlan::lengthMm, b -> b.cuts().size(),
                        BarPlan::remainderMm, BarPlan::remainderKept)
                .containsExactly(tuple(BarPlan.Source.OFFCUT, "OC-1", 3700, 2, 692, true));
        assertThat(byCode.get("PRF-JAMB").plan().bars())
                .extracting(BarPlan::source, BarPlan::offcutId, BarPlan::remainderMm, BarPlan::remainderKept)
                .containsExactly(tuple(BarPlan.Source.NEW_BAR, null, 1172, true));
        assertThat(plan.release()).isNull();
        assertThat(CutListPlanner.plan(List.of(order), CuttingSettings.DEFAULTS).profiles())
                .allSatisfy(p -> assertThat(p.plan().offcutsUsed()).isZero());
    }

    @Test
    void anUncolouredProfileIsOfferedOnlyTheUncolouredOffcuts() {
        WorkOrder order = workOrder("WO-2026-00002", List.of(new WindowLine("SLD-2L", "GL-CLR6", null, 1500, 1200, 2,
                null)));
        List<Offcut> stock = List.of(offcut(1, "PRF-TOP", "WHITE", 3700), offcut(3, "PRF-TOP", null, 4000));

        CutList plan = CutListPlanner.plan(List.of(order), CuttingSettings.DEFAULTS, stock, null);

        assertThat(plan.profiles()).filteredOn(p -> p.materialCode().equals("PRF-TOP")).singleElement()
                .satisfies(p -> assertThat(p.plan().bars()).extracting(BarPlan::offcutId).containsExactly("OC-3"));
    }

    @Test
    void theReleaseIsCarriedIntoTheCutList() {
        WorkOrder order = workOrder("WO-2026-00003", CatalogFixtures.workedExampleLines());
        CutListRelease release = new CutListRelease(7, List.of(order.id()), CuttingSettings.DEFAULTS,
                order.createdBy(), NOW);

        assertThat(CutListPlanner.plan(List.of(order), CuttingSettings.DEFAULTS, List.of(), release).release())
                .isEqualTo(release);
    }

    /**
     * Random jobs and racks (seeded): the plan is the same whatever order the offcuts come in, it never cuts an
     * offcut of another profile or colour nor one twice, and planned again with only the offcuts it cut, in any
     * order, it is the same plan, bar for bar, cut for cut.
     */
    @Test
    void planningAgainWithTheOffcutsAPlanCutGivesTheSamePlan() {
        Random random = new Random(SEED);
        int offcutsCut = 0;
        int offcutsLeft = 0;
        for (int s = 0; s < SCENARIOS; s++) {
            String scenario = "scenario " + s + " of seed " + SEED;
            List<WorkOrder> orders = randomOrders(random, s);
            List<Offcut> stock = randomStock(random);
            CuttingSettings settings = random.nextBoolean() ? CuttingSettings.DEFAULTS
                    : new CuttingSettings(random.nextInt(6), random.nextInt(30), random.nextInt(5),
                            200 + random.nextInt(800));

            CutList plan = CutListPlanner.plan(orders, settings, stock, null);

            List<Offcut> shuffled = new ArrayList<>(stock);
            Collections.shuffle(shuffled, random);
            assertThat(CutListPlanner.plan(orders, settings, shuffled, null)).as(scenario).isEqualTo(plan);
            Map<String, Offcut> byLabel = stock.stream().collect(Collectors.toMap(Offcut::label, Function.identity()));
            Set<String> cut = new HashSet<>();
            for (ProfileCutPlan profile : plan.profiles()) {
                for (BarPlan bar : profile.plan().bars()) {
                    if (!bar.isNewBar()) {
                        Offcut offcut = byLabel.get(bar.offcutId());
                        assertThat(cut.add(bar.offcutId())).as(scenario + ": " + bar.offcutId() + " once").isTrue();
                        assertThat(offcut.materialCode()).as(scenario).isEqualTo(profile.materialCode());
                        assertThat(offcut.colour()).as(scenario).isEqualTo(profile.colour());
                        assertThat(bar.lengthMm()).as(scenario).isEqualTo(offcut.lengthMm());
                    }
                }
            }
            List<Offcut> consumed = new ArrayList<>(stock.stream().filter(o -> cut.contains(o.label())).toList());
            Collections.shuffle(consumed, random);
            assertThat(CutListPlanner.plan(orders, settings, consumed, null)).as(scenario).isEqualTo(plan);
            offcutsCut += cut.size();
            offcutsLeft += stock.size() - cut.size();
        }
        // the scenarios do exercise both: offcuts cut and offcuts on offer but left
        assertThat(offcutsCut).isGreaterThan(SCENARIOS);
        assertThat(offcutsLeft).isGreaterThan(SCENARIOS);
    }

    private List<WorkOrder> randomOrders(Random random, int scenario) {
        List<WorkOrder> orders = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int o = 0; o < count; o++) {
            List<QuoteLine> lines = new ArrayList<>();
            int lineCount = 1 + random.nextInt(3);
            for (int l = 0; l < lineCount; l++) {
                boolean slider = random.nextBoolean();
                lines.add(new WindowLine(slider ? "SLD-2L" : "FIX-1", "GL-CLR6", COLOURS[random.nextInt(2)],
                        (slider ? 800 : 300) + random.nextInt(slider ? 2201 : 2201),
                        (slider ? 600 : 300) + random.nextInt(slider ? 1901 : 2201), 1 + random.nextInt(4), null));
            }
            orders.add(workOrder(String.format("WO-2026-%05d", scenario * 10 + o + 1), lines));
        }
        return orders;
    }

    private static List<Offcut> randomStock(Random random) {
        List<Offcut> stock = new ArrayList<>();
        int count = random.nextInt(14);
        for (int i = 0; i < count; i++) {
            int length = random.nextInt(4) == 0 && !stock.isEmpty()
                    ? stock.get(random.nextInt(stock.size())).lengthMm()
                    : 300 + random.nextInt(5700);
            stock.add(offcut(1 + i * 3L + random.nextInt(3), PROFILES[random.nextInt(2)], COLOURS[random.nextInt(2)],
                    length));
        }
        return stock;
    }
}
