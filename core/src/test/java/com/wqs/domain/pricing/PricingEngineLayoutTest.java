package com.wqs.domain.pricing;

import static com.wqs.testing.CatalogFixtures.catalogWithLayouts;
import static com.wqs.testing.CatalogFixtures.workedExampleRates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.wqs.domain.layout.Layout;
import com.wqs.domain.layout.LayoutNotation;
import com.wqs.domain.layout.Opening;
import com.wqs.domain.layout.Pane;
import com.wqs.domain.quote.QuoteLine;
import com.wqs.domain.quote.WindowLine;
import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.ValidationException;
import com.wqs.domain.workorder.GlassPane;
import com.wqs.domain.workorder.MaterialsList;
import com.wqs.domain.workorder.MaterialsListCalculator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Window lines with layouts: panes, scoped BOM lines, per-cell glass, and the layout's bad input. */
class PricingEngineLayoutTest {
    private final PricingEngine engine = new PricingEngine();

    /*
     * SLD-2L-LAY 1500 × 1200, q 2, V[SL,SR], no division width: cells 750 × 1200; sash deduction 30 × 30
     * → 2 panes of 720 × 1170 per window, 0.8424 m² each, 1.6848 m² per window.
     * Glass 1.6848 × 120.00 × 1.05 × 2 = 424.5696 → 424.57.
     * PRF-TOP width_m × 1.05 = 1.575 → 1 bar, WHITE 110.00 × 6 × 2 = 1320.00;
     * PRF-JAMB EACH_SASH 2 × 1.2 = 2.4 per sash, 4.8 × 1.05 = 5.04 → 1 bar, 88.00 × 6 × 2 = 1056.00.
     * HW-ROLL EACH_SASH 2 → 4 × 15.00 × 2 = 120.00; CN-SIL 0.5 × 80.00 × 2 = 80.00.
     * Labour on the window's area, as before: 1.8 × 65.00 × 1.2 × 2 = 280.80.
     */
    @Test
    void twoLeafSliderHasTwoPanesOfTheDeductedSize() {
        PricedLine line = price(new WindowLine("SLD-2L-LAY", "GL-CLR6", "WHITE", 1500, 1200, 2, null));

        assertThat(line.panes()).containsExactly(
                new Pane("A", Opening.SLIDING_LEFT, "GL-CLR6", 720, 1170),
                new Pane("B", Opening.SLIDING_RIGHT, "GL-CLR6", 720, 1170));
        assertThat(line.glass().toString()).isEqualTo("424.57");
        assertThat(line.profiles().toString()).isEqualTo("2376.00");
        assertThat(line.hardware().toString()).isEqualTo("120.00");
        assertThat(line.labour().toString()).isEqualTo("280.80");
        assertThat(line.layout().notation()).isEqualTo("V[SL,SR]");
        // glass m² of the line = Σ pane areas × waste × windows = 1.6848 × 1.05 × 2 = 3.53808
        assertThat(line.materials()).filteredOn(u -> u.materialCode().equals("GL-CLR6"))
                .extracting(u -> u.quantity().toPlainString()).containsExactly("3.5381");
        assertThat(line.materials()).filteredOn(u -> u.materialCode().startsWith("PRF"))
                .extracting(MaterialUsage::colour).containsOnly("WHITE");
    }

    /*
     * CAS-FIX 1200 × 1400 with its default V(600)[FIX,CR], 60 mm mullion centred on 600: cells A (fixed)
     * 570 wide and B (casement) 570 wide, both 1400 high; panes 550 × 1380 (fixed, −20) and 520 × 1350
     * (sash, −50). Mullion 1.4 m of PRF-JAMB → 1 bar. Clips per cell: 2 × (0.57 + 1.4) / 0.4 = 9.85 each.
     */
    @Test
    void mullionWidthComesOffTheCellsAndEachKindHasItsDeduction() {
        PricedLine line = price(new WindowLine("CAS-FIX", "GL-CLR6", null, 1200, 1400, 1, null));

        assertThat(line.panes()).extracting(Pane::label, Pane::opening, Pane::widthMm, Pane::heightMm)
                .containsExactly(tuple("A", Opening.FIXED, 550, 1380), tuple("B", Opening.CASEMENT_RIGHT, 520, 1350));
        assertThat(line.materials()).filteredOn(u -> u.materialCode().equals("HW-CLIP"))
                .extracting(u -> u.quantity().toPlainString()).containsExactly("19.7");
        assertThat(line.materials()).filteredOn(u -> u.materialCode().equals("HW-ROLL"))
                .extracting(u -> u.quantity().toPlainString()).containsExactly("1");
        assertThat(line.materials()).filteredOn(u -> u.materialCode().equals("PRF-JAMB"))
                .extracting(MaterialUsage::bars).containsExactly(1);
    }

    /*
     * H(400)[FIX,V[CL,CR]] in 1000 × 1500 with 60 mm divisions: the transom is centred 400 mm from the
     * bottom, so the fixed bottom cell is 370 high and the top 1070; the top is split equally into
     * 470 + 60 + 470. Labels read top to bottom, left to right: A = CL, B = CR, C = FIX.
     */
    @Test
    void nestedSplitsAreLabelledInReadingOrder() {
        PricedLine line = price(new WindowLine("CAS-FIX", "GL-CLR6", null, 1000, 1500, 1, null,
                LayoutNotation.parse("H(400)[FIX,V[CL,CR]]", "layout")));

        assertThat(line.panes()).extracting(Pane::label, Pane::opening, Pane::widthMm, Pane::heightMm)
                .containsExactly(
                        tuple("A", Opening.CASEMENT_LEFT, 420, 1020),
                        tuple("B", Opening.CASEMENT_RIGHT, 420, 1020),
                        tuple("C", Opening.FIXED, 980, 350));
    }

    @Test
    void aCellWithItsOwnGlassIsCostedAndListedInThatGlass() {
        PricedLine line = price(new WindowLine("CAS-FIX", "GL-CLR6", null, 1200, 1400, 1, null,
                LayoutNotation.parse("V(600)[FIX:GL-LOWE6,CR]", "layout")));

        // 0.55 × 1.38 × 185.75 × 1.05 = 148.0292… → 148.03; 0.52 × 1.35 × 120.00 × 1.05 = 88.452 → 88.45
        assertThat(line.glass().toString()).isEqualTo("236.48");
        MaterialsList list = MaterialsListCalculator.from(List.of(line));
        assertThat(list.glassPanes()).extracting(GlassPane::position, GlassPane::glassCode, GlassPane::widthMm)
                .containsExactly(tuple("L1-A", "GL-LOWE6", 550), tuple("L1-B", "GL-CLR6", 520));
    }

    @Test
    void aPlainLineIsOneCellTheWholeWindow() {
        PricedLine line = price(new WindowLine("SLD-2L", "GL-CLR6", "WHITE", 1500, 1200, 2, null));

        assertThat(line.panes()).containsExactly(new Pane("A", Opening.SLIDING_LEFT, "GL-CLR6", 1500, 1200));
        assertThat(line.glass().toString()).isEqualTo("453.60");
    }

    @Test
    void layoutErrorsNameTheField() {
        assertThat(errors(layoutLine("V(1190)[FIX,CR]"))).extracting(FieldError::field)
                .containsExactly("lines[0].layout.divisions[0].positionMm");
        assertThat(errors(layoutLine("V(200)[FIX,CR]"))).extracting(FieldError::field)
                .containsExactly("lines[0].layout.cells[0].width");
        assertThat(errors(layoutLine("H(900)[FIX,V[CL,CR:GL-NOPE]]"))).extracting(FieldError::field)
                .containsExactly("lines[0].layout.cells[1].glassCode");
        assertThat(errors(layoutLine("V[H[FIX,FIX,FIX,FIX,FIX],H[FIX,FIX,FIX,FIX,FIX],H[FIX,FIX,FIX,FIX,FIX],"
                + "H[FIX,FIX]]"))).extracting(FieldError::field).containsExactly("lines[0].layout.cells");
        assertThat(errors(layoutLine("V(300,300)[FIX,FIX,FIX]"))).extracting(FieldError::field)
                .containsExactly("lines[0].layout.divisions[1].positionMm");
        assertThat(errors(new WindowLine("SLD-2L-LAY", "GL-CLR6", null, 1500, 1200, 1, null,
                LayoutNotation.parse("V[SL,FIX,SR]", "layout")))).extracting(FieldError::field)
                .containsExactly("lines[0].layout");
    }

    @Test
    void theProductsOwnLayoutNamedExplicitlyIsAllowedWhenItMayNotChange() {
        PricedLine line = price(new WindowLine("SLD-2L-LAY", "GL-CLR6", null, 1500, 1200, 1, null,
                LayoutNotation.parse("V[SL,SR]", "layout")));

        assertThat(line.panes()).hasSize(2);
    }

    private static WindowLine layoutLine(String notation) {
        Layout layout = LayoutNotation.parse(notation, "layout");
        return new WindowLine("CAS-FIX", "GL-CLR6", null, 1200, 1400, 1, null, layout);
    }

    private PricedLine price(WindowLine line) {
        return engine.price(List.<QuoteLine>of(line), workedExampleRates(), catalogWithLayouts()).lines().get(0);
    }

    private List<FieldError> errors(WindowLine line) {
        List<QuoteLine> lines = List.of(line);
        return ((ValidationException) org.assertj.core.api.Assertions.catchThrowable(
                () -> engine.price(lines, workedExampleRates(), catalogWithLayouts()))).errors();
    }

    @Test
    void aNotationSyntaxErrorNamesTheFieldAndPosition() {
        assertThatThrownBy(() -> LayoutNotation.parse("V[SL,", "lines[0].layout"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("lines[0].layout").hasMessageContaining("position 6");
    }
}
