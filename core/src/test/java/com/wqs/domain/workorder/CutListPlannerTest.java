package com.wqs.domain.workorder;

import static com.wqs.testing.WorkOrderBuilder.aWorkOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.domain.cutting.Cut;
import com.wqs.domain.cutting.CuttingSettings;
import com.wqs.domain.pricing.PricingEngine;
import com.wqs.domain.quote.QuoteLine;
import com.wqs.domain.quote.WindowLine;
import com.wqs.testing.CatalogFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pieces a cut list is planned from: a formula line's length, which may be longer than a bar, in parts. */
class CutListPlannerTest {
    private final PricingEngine engine = new PricingEngine();

    private WorkOrder workOrder(List<QuoteLine> lines) {
        return aWorkOrder().number("WO-2026-00007")
                .lines(engine.price(lines, CatalogFixtures.workedExampleRates(), CatalogFixtures.catalogWithLayouts())
                        .lines())
                .build();
    }

    private static List<Cut> cuts(CutList plan, String code) {
        return plan.profiles().stream().filter(p -> p.materialCode().equals(code)).findFirst().orElseThrow()
                .plan().bars().stream().flatMap(b -> b.cuts().stream()).toList();
    }

    @Test
    void aFormulaLengthABarCanGiveIsOnePiece() {
        // the slider's jambs: formula 2 × height_m, 2400 mm for a 1200 mm high window
        CutList plan = CutListPlanner.plan(List.of(workOrder(List.of(
                new WindowLine("SLD-2L", "GL-CLR6", "WHITE", 1500, 1200, 1, null)))), CuttingSettings.DEFAULTS);

        assertThat(cuts(plan, "PRF-JAMB")).extracting(c -> c.piece().lengthMm() + " " + c.piece().label())
                .containsExactly("2400 WO-2026-00007 L1 Jambs");
    }

    @Test
    void aFormulaLengthLongerThanABarIsCutInTheFewestEqualPartsThatFit() {
        // the casement's frame: perimeter_m, 2 × (3000 + 2500) = 11000 mm per window; a 6000 mm bar gives
        // 5980 − 4 kerf: two parts of 5500
        CutList plan = CutListPlanner.plan(List.of(workOrder(List.of(
                new WindowLine("CAS-FIX", "GL-CLR6", "WHITE", 3000, 2500, 2, null)))), CuttingSettings.DEFAULTS);

        assertThat(cuts(plan, "PRF-TOP")).extracting(c -> c.piece().lengthMm() + " " + c.piece().label())
                .containsExactlyInAnyOrder("5500 WO-2026-00007 L1 Frame (part 1 of 2)",
                        "5500 WO-2026-00007 L1 Frame (part 2 of 2)", "5500 WO-2026-00007 L1 Frame (part 1 of 2)",
                        "5500 WO-2026-00007 L1 Frame (part 2 of 2)");
        // with 200 mm trimmed off each end a bar gives 5600 − 4: a 5600 mm frame in two parts of 2800
        List<QuoteLine> smaller = List.of(new WindowLine("CAS-FIX", "GL-CLR6", "WHITE", 1500, 1300, 1, null));
        CutList trimmed = CutListPlanner.plan(List.of(workOrder(smaller)), new CuttingSettings(4, 200, 0, 500));
        assertThat(cuts(trimmed, "PRF-TOP")).extracting(c -> c.piece().lengthMm()).containsExactly(2800, 2800);
        assertThat(cuts(CutListPlanner.plan(List.of(workOrder(smaller)), CuttingSettings.DEFAULTS), "PRF-TOP"))
                .as("one piece where the bar can give it").extracting(c -> c.piece().lengthMm())
                .containsExactly(5600);
    }
}
