package com.wqs.domain.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LayoutGeometryTest {

    /**
     * Property: for random layouts, sizes and division widths, cells and divisions tile the frame. Along
     * the horizontal line through the middle of any cell, Σ widths of the cells and divisions it crosses
     * = frame width; likewise vertically; and Σ areas = frame area (so nothing overlaps).
     */
    @RepeatedTest(300)
    void cellsAndDivisionsTileTheFrame(org.junit.jupiter.api.RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition() * 7919L);
        int width = 400 + random.nextInt(4000);
        int height = 400 + random.nextInt(3000);
        int division = random.nextInt(4) * 20 + random.nextInt(2);
        Layout layout = randomLayout(random, 3);
        List<FieldError> errors = new ArrayList<>();
        Optional<LayoutGeometry> placed = LayoutGeometry.place(layout, width, height, division, 1, "", errors);
        if (placed.isEmpty()) {
            // Only a frame too small for the random split may refuse it; say which layout it was.
            assertThat(errors).as(layout.notation() + " in " + width + " × " + height).isNotEmpty()
                    .allSatisfy(e -> assertThat(e.field()).matches("(divisions\\[\\d+]\\.positionMm|cells)"));
            return;
        }
        LayoutGeometry geometry = placed.get();
        List<Box> boxes = Stream.concat(
                geometry.cells().stream().map(c -> new Box(c.xMm(), c.yMm(), c.widthMm(), c.heightMm())),
                geometry.divisions().stream().map(d -> new Box(d.xMm(), d.yMm(), d.widthMm(), d.heightMm())))
                .toList();
        long area = boxes.stream().mapToLong(b -> (long) b.w * b.h).sum();
        assertThat(area).as(layout.notation()).isEqualTo((long) width * height);
        for (CellBox cell : geometry.cells()) {
            int y = cell.yMm() + cell.heightMm() / 2;
            int x = cell.xMm() + cell.widthMm() / 2;
            assertThat(boxes.stream().filter(b -> y >= b.y && y < b.y + b.h).mapToInt(b -> b.w).sum())
                    .as("row through %s of %s", cell.label(), layout.notation()).isEqualTo(width);
            assertThat(boxes.stream().filter(b -> x >= b.x && x < b.x + b.w).mapToInt(b -> b.h).sum())
                    .as("column through %s of %s", cell.label(), layout.notation()).isEqualTo(height);
        }
        assertThat(LayoutNotation.parse(layout.notation(), "layout")).isEqualTo(layout);
    }

    @Test
    void aTransomIsPlacedFromTheBottom() {
        LayoutGeometry geometry = place("H(1700)[TTL,FIX]", 1000, 2100, 0);

        assertThat(geometry.cells()).extracting(CellBox::label, CellBox::opening, CellBox::yMm, CellBox::heightMm)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple("A", Opening.FIXED, 0, 400),
                        org.assertj.core.api.Assertions.tuple("B", Opening.TILT_TURN_LEFT, 400, 1700));
        assertThat(geometry.transoms()).singleElement()
                .satisfies(t -> assertThat(t.lengthMm()).isEqualTo(1000));
    }

    @Test
    void anEqualSplitGivesEqualCellsAndCountsMullions() {
        LayoutGeometry geometry = place("V[SL,FIX,SR]", 2000, 1000, 50);

        assertThat(geometry.cells()).extracting(CellBox::widthMm).containsExactly(634, 633, 633);
        assertThat(geometry.mullions()).hasSize(2);
        assertThat(geometry.sashes()).isEqualTo(2);
        assertThat(LayoutGeometry.lengthM(geometry.mullions())).isEqualByComparingTo("2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"V[SL,SR]", "H(400)[FIX,V[CL,CR]]", "V(600)[FIX:GL-LAM-8,CR]", "H[AW,HO]",
        "V(500,1000)[DL,DR,FIX]", "TTR", "V[H[FIX,TTL],H[FIX,TTR]]"})
    void theNotationRoundTrips(String notation) {
        assertThat(LayoutNotation.parse(notation, "layout").notation()).isEqualTo(notation);
    }

    @Test
    void theNotationTakesFullNamesSpacesAndLowerCase() {
        assertThat(LayoutNotation.parse(" v ( 600 ) [ fixed , casement_right:gl-clr6 ]", "layout").notation())
                .isEqualTo("V(600)[FIX,CR:GL-CLR6]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"V[SL,", "V[XX,SR]", "V(a)[SL,SR]", "V[SL,SR]]", "FIX:", ""})
    void aNotationErrorIsAValidationErrorOnTheField(String notation) {
        assertThatThrownBy(() -> LayoutNotation.parse(notation, "lines[0].layout"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("lines[0].layout"));
    }

    private static LayoutGeometry place(String notation, int width, int height, int division) {
        List<FieldError> errors = new ArrayList<>();
        Optional<LayoutGeometry> geometry = LayoutGeometry.place(LayoutNotation.parse(notation, "layout"), width,
                height, division, 1, "", errors);
        assertThat(errors).isEmpty();
        return geometry.orElseThrow();
    }

    private static Layout randomLayout(Random random, int depth) {
        if (depth == 0 || random.nextInt(3) == 0) {
            return Layout.Cell.of(Opening.values()[random.nextInt(Opening.values().length)]);
        }
        int parts = 2 + random.nextInt(2);
        List<Layout> children = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            children.add(randomLayout(random, depth - 1));
        }
        Direction direction = random.nextBoolean() ? Direction.VERTICAL : Direction.HORIZONTAL;
        List<Integer> positions = new ArrayList<>();
        if (random.nextBoolean()) {
            int at = 0;
            for (int i = 0; i < parts - 1; i++) {
                at += 150 + random.nextInt(600);
                positions.add(at);
            }
        }
        return new Layout.Split(direction, positions, children);
    }

    private record Box(int x, int y, int w, int h) {
    }
}
