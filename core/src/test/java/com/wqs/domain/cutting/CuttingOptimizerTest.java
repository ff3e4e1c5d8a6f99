package com.wqs.domain.cutting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CuttingOptimizerTest {
    /** Kerf 4, trim 10 at each end, no mitre allowance, remainders of 500 mm or more kept. */
    private static final CuttingSettings SAW = CuttingSettings.DEFAULTS;
    private static final int BAR = 6500;
    private static final int USABLE = 6480;

    private static GroupPlan plan(List<CutPiece> pieces) {
        return CuttingOptimizer.plan(CutGroup.ofNewBars("PRF-70", "WHITE", BAR, pieces), SAW);
    }

    private static GroupPlan plan(List<CutPiece> pieces, List<StockOffcut> offcuts) {
        return CuttingOptimizer.plan(new CutGroup("PRF-70", "WHITE", BAR, pieces, offcuts), SAW);
    }

    private static List<FieldError> errors(Runnable planning) {
        ValidationException e = catchThrowableOfType(planning::run, ValidationException.class);
        assertThat(e).as("planning is refused").isNotNull();
        return e.errors();
    }

    @Test
    void onePieceIsCutFromTheStartOfOneNewBar() {
        CutPiece sill = CutPiece.square("sill", 1000);

        GroupPlan plan = plan(List.of(sill));

        assertThat(plan.bars()).singleElement().satisfies(bar -> {
            assertThat(bar.number()).isEqualTo(1);
            assertThat(bar.source()).isEqualTo(BarPlan.Source.NEW_BAR);
            assertThat(bar.offcutId()).isNull();
            assertThat(bar.lengthMm()).isEqualTo(BAR);
            assertThat(bar.cuts()).containsExactly(new Cut(sill, 0));
            assertThat(bar.remainderMm()).isEqualTo(USABLE - 1004);
            assertThat(bar.remainderKept()).isTrue();
        });
        assertThat(plan.newBars()).isEqualTo(1);
        assertThat(plan.lowerBound()).isEqualTo(1);
        assertThat(plan.materialCode()).isEqualTo("PRF-70");
        assertThat(plan.colour()).isEqualTo("WHITE");
    }

    @Test
    void noPiecesNeedNoBar() {
        GroupPlan plan = plan(List.of());

        assertThat(plan.bars()).isEmpty();
        assertThat(plan.lowerBound()).isZero();
        assertThat(plan.wastePercent()).isEqualByComparingTo("0.00");
    }

    @Test
    void piecesWhoseConsumedLengthsAddUpToTheUsableLengthFitOnOneBar() {
        // 3 × (2156 + 4 kerf) = 6480 = 6500 − 2 × 10 trim
        List<CutPiece> exact = List.of(CutPiece.square("a", 2156), CutPiece.square("b", 2156),
                CutPiece.square("c", 2156));

        GroupPlan plan = plan(exact);

        assertThat(plan.bars()).singleElement().satisfies(bar -> {
            assertThat(bar.cuts()).extracting(Cut::startMm).containsExactly(0, 2160, 4320);
            assertThat(bar.remainderMm()).isZero();
            assertThat(bar.remainderKept()).isFalse();
        });
        assertThat(plan.lowerBound()).isEqualTo(1);
    }

    @Test
    void oneMillimetreMoreNeedsASecondBar() {
        GroupPlan plan = plan(List.of(CutPiece.square("a", 2156), CutPiece.square("b", 2156),
                CutPiece.square("c", 2157)));

        assertThat(plan.newBars()).isEqualTo(2);
        assertThat(plan.lowerBound()).isEqualTo(2);
    }

    @Test
    void aPieceExactlyAsLongAsTheUsableLengthLessTheKerfFits() {
        GroupPlan plan = plan(List.of(CutPiece.square("full", USABLE - 4)));

        assertThat(plan.bars()).singleElement().satisfies(bar -> assertThat(bar.remainderMm()).isZero());
    }

    @Test
    void theMitreAllowanceIsAddedForEveryAngledEnd() {
        CuttingSettings withAllowance = new CuttingSettings(4, 10, 5, 500);
        CutPiece square = CutPiece.square("square", 1000);
        CutPiece oneMitre = new CutPiece("one mitre", 1000, CutPiece.MITRE, CutPiece.SQUARE);
        CutPiece mitred = CutPiece.mitred("mitred", 1000);

        assertThat(withAllowance.consumedMm(square)).isEqualTo(1004);
        assertThat(withAllowance.consumedMm(oneMitre)).isEqualTo(1009);
        assertThat(withAllowance.consumedMm(mitred)).isEqualTo(1014);

        GroupPlan plan = CuttingOptimizer.plan(CutGroup.ofNewBars("PRF", null, BAR, List.of(square, oneMitre, mitred)),
                withAllowance);

        assertThat(plan.bars()).singleElement().satisfies(bar -> {
            assertThat(bar.cuts()).containsExactly(new Cut(mitred, 0), new Cut(oneMitre, 1014),
                    new Cut(square, 1014 + 1009));
            assertThat(bar.remainderMm()).isEqualTo(USABLE - 1014 - 1009 - 1004);
        });
    }

    @Test
    void mitredPiecesFillABarExactlyWithTheirAllowances() {
        CuttingSettings withAllowance = new CuttingSettings(4, 10, 5, 500);
        // 2 × (3226 + 2 × 5 + 4) = 6480
        List<CutPiece> exact = List.of(CutPiece.mitred("top", 3226), CutPiece.mitred("bottom", 3226));
        List<CutPiece> over = List.of(CutPiece.mitred("top", 3226), CutPiece.mitred("bottom", 3227));

        assertThat(CuttingOptimizer.plan(CutGroup.ofNewBars("PRF", null, BAR, exact), withAllowance).newBars())
                .isEqualTo(1);
        assertThat(CuttingOptimizer.plan(CutGroup.ofNewBars("PRF", null, BAR, over), withAllowance).newBars())
                .isEqualTo(2);
    }

    @Test
    void cutsStartAtZeroThenOneConsumedLengthAfterTheOtherLongestFirst() {
        List<CutPiece> shortFirst = List.of(CutPiece.square("s", 300), CutPiece.square("m", 800),
                CutPiece.square("l", 1500), CutPiece.square("m2", 800));

        GroupPlan plan = plan(shortFirst);

        assertThat(plan.bars()).singleElement().satisfies(bar -> {
            assertThat(bar.cuts()).extracting(cut -> cut.piece().label(), Cut::startMm)
                    .containsExactly(tuple("l", 0), tuple("m", 1504), tuple("m2", 2308), tuple("s", 3112));
            assertThat(bar.remainderMm()).isEqualTo(USABLE - 3416);
        });
    }

    @Test
    void equalPiecesAreCutInTheOrderGivenAndOtherwiseByLabel() {
        CutPiece first = CutPiece.square("jamb", 900);
        CutPiece second = CutPiece.square("jamb", 900);
        CutPiece labelB = CutPiece.square("b", 900);
        CutPiece labelA = CutPiece.square("a", 900);

        assertThat(plan(List.of(second, first)).bars().get(0).cuts()).extracting(Cut::piece).satisfiesExactly(
                piece -> assertThat(piece).isSameAs(second), piece -> assertThat(piece).isSameAs(first));
        assertThat(plan(List.of(labelB, labelA)).bars().get(0).cuts()).extracting(Cut::piece)
                .containsExactly(labelA, labelB);
    }

    @Test
    void offcutsInStockAreCutBeforeAnyNewBar() {
        CutPiece piece = CutPiece.square("jamb", 1000);

        GroupPlan plan = plan(List.of(piece), List.of(new StockOffcut("OC-1", 1200, "WO-2026-00007")));

        assertThat(plan.bars()).singleElement().satisfies(bar -> {
            assertThat(bar.source()).isEqualTo(BarPlan.Source.OFFCUT);
            assertThat(bar.offcutId()).isEqualTo("OC-1");
            assertThat(bar.lengthMm()).isEqualTo(1200);
            assertThat(bar.cuts()).containsExactly(new Cut(piece, 0));
            // an offcut has no trim: all of it is usable
            assertThat(bar.remainderMm()).isEqualTo(1200 - 1004);
            assertThat(bar.remainderKept()).isFalse();
        });
        assertThat(plan.newBars()).isZero();
        assertThat(plan.offcutsUsed()).isEqualTo(1);
        assertThat(plan.lowerBound()).as("the bound counts new bars without offcuts").isEqualTo(1);
    }

    @Test
    void theLongestOffcutIsFilledFirstWithThePiecesThatLeaveTheLeastSlack() {
        List<CutPiece> pieces = List.of(CutPiece.square("p1200", 1200), CutPiece.square("p2900", 2900),
                CutPiece.square("p500", 500));
        List<StockOffcut> offcuts = List.of(new StockOffcut("SHORT", 1500, null), new StockOffcut("LONG", 3000, null));

        GroupPlan plan = plan(pieces, offcuts);

        assertThat(plan.bars()).extracting(BarPlan::source, BarPlan::offcutId, bar -> labels(bar), BarPlan::remainderMm)
                .containsExactly(
                        tuple(BarPlan.Source.OFFCUT, "LONG", List.of("p2900"), 3000 - 2904),
                        tuple(BarPlan.Source.OFFCUT, "SHORT", List.of("p1200"), 1500 - 1204),
                        tuple(BarPlan.Source.NEW_BAR, null, List.of("p500"), USABLE - 504));
    }

    @Test
    void anOffcutGetsTheFullestCombinationNotSimplyTheLongestPiece() {
        List<CutPiece> pieces = List.of(CutPiece.square("p1500", 1500), CutPiece.square("p1000", 1000),
                CutPiece.square("p990", 990));

        GroupPlan plan = plan(pieces, List.of(new StockOffcut("OC", 2000, null)));

        assertThat(plan.bars().get(0)).satisfies(bar -> {
            assertThat(bar.offcutId()).isEqualTo("OC");
            assertThat(labels(bar)).containsExactly("p1000", "p990");
            assertThat(bar.remainderMm()).isEqualTo(2000 - 1004 - 994);
        });
        assertThat(plan.newBars()).isEqualTo(1);
    }

    @Test
    void anOffcutNoPieceFitsOnIsLeftOutOfThePlan() {
        GroupPlan plan = plan(List.of(CutPiece.square("long", 1000)), List.of(new StockOffcut("OC", 300, null)));

        assertThat(plan.bars()).singleElement().satisfies(bar -> assertThat(bar.isNewBar()).isTrue());
        assertThat(plan.offcutsUsed()).isZero();
    }

    @Test
    void aRemainderIsKeptExactlyWhenItIsAtLeastTheMinimumOffcut() {
        // 5976 + 4 = 5980 leaves 500, the minimum; one millimetre more leaves 499
        assertThat(plan(List.of(CutPiece.square("p", 5976))).bars().get(0))
                .extracting(BarPlan::remainderMm, BarPlan::remainderKept).containsExactly(500, true);
        assertThat(plan(List.of(CutPiece.square("p", 5977))).bars().get(0))
                .extracting(BarPlan::remainderMm, BarPlan::remainderKept).containsExactly(499, false);

        GroupPlan keptOffcuts = plan(List.of(CutPiece.square("p", 5976)));
        assertThat(keptOffcuts.keptOffcuts()).containsExactly(new KeptOffcut(1, 500));
    }

    @Test
    void anEmptyRemainderIsNeverKeptEvenWithoutAMinimum() {
        CuttingSettings keepAll = new CuttingSettings(4, 10, 0, 0);

        GroupPlan plan = CuttingOptimizer.plan(CutGroup.ofNewBars("PRF", null, BAR,
                List.of(CutPiece.square("full", USABLE - 4))), keepAll);

        assertThat(plan.bars().get(0).remainderKept()).isFalse();
    }

    @Test
    void wasteIsTheMaterialNeitherInAPieceNorKeptAsPercentOfTheMaterial() {
        GroupPlan kept = plan(List.of(CutPiece.square("p", 1000)));
        // 6500 used − 1000 in the piece − 5476 kept = 24 (2 × 10 trim + 4 kerf): 0.369… %
        assertThat(kept.materialMm()).isEqualTo(6500);
        assertThat(kept.piecesMm()).isEqualTo(1000);
        assertThat(kept.keptMm()).isEqualTo(5476);
        assertThat(kept.wasteMm()).isEqualTo(24);
        assertThat(kept.wastePercent()).isEqualTo(new BigDecimal("0.37"));

        GroupPlan notKept = CuttingOptimizer.plan(CutGroup.ofNewBars("PRF", null, BAR,
                List.of(CutPiece.square("p", 1000))), new CuttingSettings(4, 10, 0, 6000));
        // 5500 of 6500 wasted: 84.615… % rounds half-up to 84.62
        assertThat(notKept.wasteMm()).isEqualTo(5500);
        assertThat(notKept.wastePercent()).isEqualTo(new BigDecimal("84.62"));
    }

    @Test
    void wasteCountsOffcutsUsedAsMaterialWithoutTrim() {
        GroupPlan plan = plan(List.of(CutPiece.square("p", 1000)), List.of(new StockOffcut("OC", 1100, null)));

        // 1100 used − 1000 in the piece, the 96 mm remainder is not kept
        assertThat(plan.materialMm()).isEqualTo(1100);
        assertThat(plan.wasteMm()).isEqualTo(100);
        assertThat(plan.wastePercent()).isEqualTo(new BigDecimal("9.09"));
    }

    @Test
    void aPieceTooLongForANewBarIsNamedWithItsLabelAndLengths() {
        List<CutPiece> pieces = List.of(CutPiece.square("ok", 1000), CutPiece.square("WO-1 L1 head", 6477));

        List<FieldError> errors = errors(() -> plan(pieces));

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("pieces[1]");
            assertThat(error.message()).contains("'WO-1 L1 head' is 6477 mm (6481 mm with kerf and mitre allowance)",
                    "6500 mm bar has only 6480 mm usable", "trim of 10 mm").doesNotContain("pieces)");
        });
    }

    @Test
    void equalCopiesOfAPieceTooLongGiveOneErrorAtTheFirstSayingHowManyThereAre() {
        List<CutPiece> pieces = List.of(CutPiece.square("ok", 1000), CutPiece.mitred("head", 6500),
                CutPiece.square("ok", 1000), CutPiece.mitred("head", 6500), CutPiece.mitred("head", 6500),
                CutPiece.square("other", 7000));

        List<FieldError> errors = errors(() -> plan(pieces));

        assertThat(errors).extracting(FieldError::field).containsExactly("pieces[1]", "pieces[5]");
        assertThat(errors.get(0).message()).startsWith("'head' (3 pieces) is 6500 mm");
        assertThat(errors.get(1).message()).startsWith("'other' is 7000 mm");
    }

    @Test
    void anOffcutInStockDoesNotMakeAPieceTooLongForANewBarAcceptable() {
        List<FieldError> errors = errors(() -> plan(List.of(CutPiece.square("long", 7000)),
                List.of(new StockOffcut("OC", 8000, null))));

        assertThat(errors).extracting(FieldError::field).containsExactly("pieces[0]");
    }

    @Test
    void badSettingsAreNamedByField() {
        CutGroup group = CutGroup.ofNewBars("PRF", null, BAR, List.of(CutPiece.square("p", 1000)));

        assertThat(errors(() -> CuttingOptimizer.plan(group, new CuttingSettings(-1, 10, 0, 500))))
                .singleElement().satisfies(error -> {
                    assertThat(error.field()).isEqualTo("kerfMm");
                    assertThat(error.message()).isEqualTo("must be between 0 and 20 mm");
                });
        assertThat(errors(() -> CuttingOptimizer.plan(group, new CuttingSettings(21, -1, 101, 20_001))))
                .extracting(FieldError::field).containsExactly("kerfMm", "trimMm", "mitreAllowanceMm", "minOffcutMm");
        assertThat(errors(() -> CuttingOptimizer.plan(group, null))).extracting(FieldError::field)
                .containsExactly("settings");
    }

    @Test
    void badSettingsAreReportedAloneBeforeThePiecesAreChecked() {
        CutGroup tooLong = CutGroup.ofNewBars("PRF", null, BAR, List.of(CutPiece.square("p", 9000)));

        assertThat(errors(() -> CuttingOptimizer.plan(tooLong, new CuttingSettings(-1, 10, 0, 500))))
                .extracting(FieldError::field).containsExactly("kerfMm");
    }

    @Test
    void aBarNoLongerThanItsTwoTrimsIsRefused() {
        CutGroup group = CutGroup.ofNewBars("PRF", null, 20, List.of(CutPiece.square("p", 5)));

        assertThat(errors(() -> CuttingOptimizer.plan(group, SAW))).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("barLengthMm");
            assertThat(error.message()).isEqualTo("a 20 mm bar is not longer than the trim at both ends (2 × 10 mm)");
        });
    }

    @Test
    void severalGroupsArePlannedInTheirOrder() {
        CutGroup white = CutGroup.ofNewBars("PRF-70", "WHITE", BAR, List.of(CutPiece.mitred("w", 1200)));
        CutGroup black = CutGroup.ofNewBars("PRF-70", "BLACK", 5000, List.of(CutPiece.mitred("b", 4000),
                CutPiece.mitred("b", 4000)));

        List<GroupPlan> plans = CuttingOptimizer.plan(List.of(white, black), SAW);

        assertThat(plans).extracting(GroupPlan::colour, GroupPlan::barLengthMm, GroupPlan::newBars)
                .containsExactly(tuple("WHITE", BAR, 1), tuple("BLACK", 5000, 2));
        assertThat(plans.get(0)).isEqualTo(CuttingOptimizer.plan(white, SAW));
    }

    @Test
    void theErrorsOfSeveralGroupsAreAllReportedPrefixedWithTheirGroup() {
        CutGroup fine = CutGroup.ofNewBars("PRF-A", null, BAR, List.of(CutPiece.square("p", 1000)));
        CutGroup shortBar = CutGroup.ofNewBars("PRF-B", null, 15, List.of(CutPiece.square("p", 1)));
        CutGroup tooLong = CutGroup.ofNewBars("PRF-C", null, 3000, List.of(CutPiece.square("p", 100),
                CutPiece.square("long", 2990)));
        List<CutGroup> groups = new ArrayList<>(List.of(fine, shortBar, tooLong));
        groups.add(null);

        List<FieldError> errors = errors(() -> CuttingOptimizer.plan(groups, SAW));

        assertThat(errors).extracting(FieldError::field)
                .containsExactly("groups[1].barLengthMm", "groups[2].pieces[1]", "groups[3]");
        assertThat(errors.get(1).message()).startsWith("'long' is 2990 mm");
        assertThat(errors.get(2).message()).isEqualTo("is required");
    }

    @Test
    void settingsErrorsOfSeveralGroupsAreNotPrefixed() {
        List<CutGroup> groups = List.of(CutGroup.ofNewBars("PRF", null, BAR, List.of(CutPiece.square("p", 100))));

        assertThat(errors(() -> CuttingOptimizer.plan(groups, new CuttingSettings(4, 300, 0, 500))))
                .extracting(FieldError::field).containsExactly("trimMm");
    }

    @Test
    void theSameInputAlwaysGivesTheSamePlan() {
        List<CutPiece> pieces = windowPieces(new Random(7), 150);
        List<StockOffcut> offcuts = List.of(new StockOffcut("OC-1", 2500, null), new StockOffcut("OC-2", 900, null));

        GroupPlan first = plan(pieces, offcuts);

        assertThat(plan(pieces, offcuts)).isEqualTo(first);
        assertThat(plan(new ArrayList<>(pieces), new ArrayList<>(offcuts))).isEqualTo(first);
    }

    @Test
    void theOrderOfThePiecesDoesNotChangeHowManyBarsAreNeeded() {
        Random random = new Random(11);
        List<CutPiece> pieces = windowPieces(random, 150);
        GroupPlan plan = plan(pieces);

        for (int shuffle = 0; shuffle < 5; shuffle++) {
            List<CutPiece> shuffled = new ArrayList<>(pieces);
            Collections.shuffle(shuffled, random);

            GroupPlan again = plan(shuffled);

            assertThat(again.newBars()).as("shuffle " + shuffle).isEqualTo(plan.newBars());
            assertThat(again.wasteMm()).as("shuffle " + shuffle).isEqualTo(plan.wasteMm());
            assertThat(again.bars()).extracting(BarPlan::remainderMm).as("shuffle " + shuffle)
                    .containsExactlyElementsOf(plan.bars().stream().map(BarPlan::remainderMm).toList());
            assertThat(again.bars()).extracting(CuttingOptimizerTest::labels).as("shuffle " + shuffle + ": labels")
                    .containsExactlyElementsOf(plan.bars().stream().map(CuttingOptimizerTest::labels).toList());
        }
    }

    /** Frames of random windows, 400-2400 mm a side, mitred: four pieces each. */
    private static List<CutPiece> windowPieces(Random random, int count) {
        List<CutPiece> pieces = new ArrayList<>();
        for (int w = 0; pieces.size() < count; w++) {
            int width = 400 + random.nextInt(2001);
            int height = 400 + random.nextInt(2001);
            pieces.add(CutPiece.mitred("W" + w + " top", width));
            pieces.add(CutPiece.mitred("W" + w + " bottom", width));
            pieces.add(CutPiece.mitred("W" + w + " left", height));
            pieces.add(CutPiece.mitred("W" + w + " right", height));
        }
        return pieces;
    }

    private static List<String> labels(BarPlan bar) {
        return bar.cuts().stream().map(cut -> cut.piece().label()).toList();
    }
}
