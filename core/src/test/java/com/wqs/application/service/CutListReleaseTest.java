package com.wqs.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import com.wqs.application.port.in.ManageWorkOrdersUseCase;
import com.wqs.application.port.in.OffcutCommand;
import com.wqs.application.port.in.SettingsCommand;
import com.wqs.application.port.out.OffcutRepository;
import com.wqs.application.port.out.OffcutSearch;
import com.wqs.application.port.out.Store;
import com.wqs.application.port.out.contract.Race;
import com.wqs.domain.catalog.Settings;
import com.wqs.domain.cutting.BarPlan;
import com.wqs.domain.cutting.Cut;
import com.wqs.domain.cutting.CuttingSettings;
import com.wqs.domain.cutting.Offcut;
import com.wqs.domain.quote.MaterialLine;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteLine;
import com.wqs.domain.quote.WindowLine;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.shared.ForbiddenException;
import com.wqs.domain.shared.NotFoundException;
import com.wqs.domain.shared.ValidationException;
import com.wqs.domain.user.Actor;
import com.wqs.domain.workorder.CutList;
import com.wqs.domain.workorder.CutListRelease;
import com.wqs.domain.workorder.ProfileCutPlan;
import com.wqs.domain.workorder.WorkOrder;
import com.wqs.domain.workorder.WorkOrderId;
import com.wqs.domain.workorder.WorkOrderStatus;
import com.wqs.testing.ProductBuilder;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Releasing cut lists to the workshop over the in-memory store: the offcuts a release cuts leave the rack and
 * the remainders it keeps go on it, all in one transaction; the released plan stays the plan of release time;
 * status changes release and undo releases by themselves.
 *
 * <p>The usual job: two 1500 × 1200 sliders in WHITE, so PRF-TOP 2 × 1500 mm (1504 with the kerf) and
 * PRF-JAMB 2 × 2400 mm (2404). On the rack: PRF-TOP WHITE 3700 (takes both rails, leaving 692 mm, kept),
 * PRF-TOP WHITE 1000 (too short for a rail) and PRF-TOP uncoloured 4000 (another colour). The jambs come
 * from a new 6 m bar, leaving 5980 − 4808 = 1172 mm, kept.
 */
class CutListReleaseTest {
    private static final int RACERS = 8;

    private final ServiceTestbed bed = new ServiceTestbed();
    private final ManageWorkOrdersUseCase workOrders = bed.useCases.workOrders();
    private final Offcut top3700 = rack("PRF-TOP", "WHITE", 3700);
    private final Offcut top1000 = rack("PRF-TOP", "WHITE", 1000);
    private final Offcut plainTop4000 = rack("PRF-TOP", null, 4000);

    private Offcut rack(String code, String colour, int lengthMm) {
        return bed.useCases.offcuts().add(bed.production, new OffcutCommand(code, colour, lengthMm, null, null));
    }

    private WorkOrder workOrder(Actor owner, List<QuoteLine> lines) {
        Quote draft = bed.useCases.createQuote().create(owner, bed.command(lines));
        bed.useCases.quoteLifecycle().send(owner, draft.id());
        bed.useCases.quoteLifecycle().accept(owner, draft.id());
        return bed.useCases.convertQuote().convert(owner, draft.id(), null, null).workOrder();
    }

    private WorkOrder slider(int widthMm, int heightMm, int quantity) {
        return workOrder(bed.sales, List.of(new WindowLine("SLD-2L", "GL-CLR6", "WHITE", widthMm, heightMm, quantity,
                null)));
    }

    private WorkOrder usualJob() {
        return slider(1500, 1200, 2);
    }

    private List<Offcut> wholeRack() {
        return bed.store.offcuts().search(new OffcutSearch(null, null, false, null));
    }

    private Offcut reload(Offcut offcut) {
        return bed.store.offcuts().findById(offcut.id()).orElseThrow();
    }

    private Optional<CutListRelease> releaseOf(WorkOrder workOrder) {
        return bed.store.cutListReleases().findByWorkOrder(workOrder.id());
    }

    private WorkOrder move(WorkOrder workOrder, WorkOrderStatus... path) {
        WorkOrder current = workOrder;
        for (WorkOrderStatus next : path) {
            current = workOrders.changeStatus(bed.production, workOrder.id(), next, null);
        }
        return current;
    }

    private static ProfileCutPlan profile(CutList cutList, String code) {
        return cutList.profiles().stream().filter(p -> p.materialCode().equals(code)).findFirst().orElseThrow();
    }

    /** Every bar of the cut list: profile, bar number, source, offcut, length, and each cut's label and start. */
    private static List<String> sawSheet(CutList cutList) {
        List<String> rows = new ArrayList<>();
        for (ProfileCutPlan profile : cutList.profiles()) {
            for (BarPlan bar : profile.plan().bars()) {
                StringBuilder row = new StringBuilder(profile.materialCode() + " " + profile.colour() + " #"
                        + bar.number() + " " + bar.source() + " " + bar.offcutId() + " " + bar.lengthMm() + ":");
                for (Cut cut : bar.cuts()) {
                    row.append(" ").append(cut.piece().label()).append("@").append(cut.startMm());
                }
                rows.add(row.append(" rest ").append(bar.remainderMm()).append(bar.remainderKept() ? " kept" : "")
                        .toString());
            }
        }
        return rows;
    }

    @Test
    void aReleaseConsumesTheOffcutsItCutsAndPutsTheRemaindersItKeepsOnTheRack() {
        WorkOrder job = usualJob();

        CutList released = workOrders.release(bed.production, List.of(job.id()));

        CutListRelease release = released.release();
        assertThat(release).isNotNull();
        assertThat(release.id()).isPositive();
        assertThat(release.workOrders()).containsExactly(job.id());
        assertThat(release.settings()).isEqualTo(CuttingSettings.DEFAULTS);
        assertThat(release.releasedBy()).isEqualTo(bed.production.userId());
        assertThat(release.releasedAt()).isEqualTo(ServiceTestbed.START);
        assertThat(releaseOf(job)).contains(release);
        assertThat(profile(released, "PRF-TOP").plan().bars())
                .extracting(BarPlan::source, BarPlan::offcutId, BarPlan::remainderMm, BarPlan::remainderKept)
                .containsExactly(tuple(BarPlan.Source.OFFCUT, top3700.label(), 692, true));
        assertThat(profile(released, "PRF-JAMB").plan().bars())
                .extracting(BarPlan::source, BarPlan::remainderMm, BarPlan::remainderKept)
                .containsExactly(tuple(BarPlan.Source.NEW_BAR, 1172, true));

        assertThat(reload(top3700)).extracting(Offcut::state, Offcut::consumedByRelease)
                .containsExactly(Offcut.State.CONSUMED, release.id());
        assertThat(reload(top1000)).isEqualTo(top1000);
        assertThat(reload(plainTop4000)).isEqualTo(plainTop4000);
        assertThat(bed.store.offcuts().consumedBy(release.id())).extracting(Offcut::id).containsExactly(top3700.id());
        assertThat(wholeRack()).filteredOn(o -> o.createdByRelease() != null)
                .extracting(Offcut::materialCode, Offcut::colour, Offcut::lengthMm, Offcut::state, Offcut::source,
                        Offcut::note, Offcut::createdByRelease, Offcut::createdAt)
                .containsExactly(
                        tuple("PRF-JAMB", "WHITE", 1172, Offcut.State.AVAILABLE, job.number(),
                                "bar 1 of PRF-JAMB WHITE in cut-list release " + release.id(), release.id(),
                                ServiceTestbed.START),
                        tuple("PRF-TOP", "WHITE", 692, Offcut.State.AVAILABLE, job.number(),
                                "bar 1 of PRF-TOP WHITE in cut-list release " + release.id(), release.id(),
                                ServiceTestbed.START));
    }

    @Test
    void theReleasedPlanIsThePlanOfReleaseTimeWhateverTheRackAndTheShopDoAfterwards() {
        Random random = new Random(20_261_207L);
        for (int i = 0; i < 14; i++) {
            rack(random.nextBoolean() ? "PRF-TOP" : "PRF-JAMB", random.nextInt(4) == 0 ? null : "WHITE",
                    600 + random.nextInt(5000));
        }
        List<WorkOrderId> ids = List.of(slider(2300, 1450, 3).id(), usualJob().id(), slider(900, 2100, 1).id(),
                slider(2950, 700, 2).id());
        CutList preview = workOrders.cutList(bed.admin, ids, null);

        CutList released = workOrders.release(bed.admin, ids);

        assertThat(released.profiles()).as("what the preview showed is what is released")
                .isEqualTo(preview.profiles());
        assertThat(released.profiles()).anySatisfy(p -> assertThat(p.plan().offcutsUsed()).isGreaterThan(1));
        assertThat(wholeRack()).as("some offcuts on offer were left")
                .anyMatch(o -> o.isAvailable() && o.createdByRelease() == null);
        // the rack and the shop's saw settings change; another job takes the remainders the release left
        for (int i = 0; i < 10; i++) {
            rack(i % 2 == 0 ? "PRF-TOP" : "PRF-JAMB", "WHITE", 1500 + 400 * i);
        }
        saveCutting(new CuttingSettings(6, 25, 5, 300));
        workOrders.release(bed.production, List.of(slider(1800, 1900, 4).id()));
        bed.clock.advance(Duration.ofDays(3));

        List<WorkOrderId> shuffled = new ArrayList<>(ids);
        Collections.shuffle(shuffled, random);
        CutList shown = workOrders.cutList(bed.sales, shuffled, new CuttingSettings(2, 2, 2, 2000));

        assertThat(shown).isEqualTo(released);
        assertThat(sawSheet(shown)).isEqualTo(sawSheet(released));
        assertThat(workOrders.release(bed.production, shuffled)).isEqualTo(released);
    }

    @Test
    void releasingAgainReturnsTheSameReleaseAndChangesNothing() {
        WorkOrder first = usualJob();
        WorkOrder second = slider(2000, 1000, 1);
        CutList released = workOrders.release(bed.production, List.of(first.id(), second.id()));
        List<Offcut> rackAfter = wholeRack();

        CutList again = workOrders.release(bed.admin, List.of(second.id(), first.id(), second.id()));

        assertThat(again).isEqualTo(released);
        assertThat(wholeRack()).isEqualTo(rackAfter);
        assertThat(releaseOf(first)).contains(released.release());
        assertThat(releaseOf(second)).contains(released.release());
    }

    @Test
    void ofConcurrentReleasesOfTheSamePlanOneIsRecordedAndTheOffcutsAreConsumedOnce() throws Exception {
        WorkOrder job = usualJob();

        List<CutList> results = race(RACERS, i -> () -> workOrders.release(bed.production, List.of(job.id())));

        assertThat(results).allSatisfy(result -> assertThat(result).isEqualTo(results.get(0)));
        CutListRelease release = results.get(0).release();
        assertThat(releaseOf(job)).contains(release);
        assertThat(bed.store.offcuts().consumedBy(release.id())).extracting(Offcut::id).containsExactly(top3700.id());
        assertThat(wholeRack()).filteredOn(o -> o.createdByRelease() != null).hasSize(2);
        assertThat(wholeRack()).hasSize(3 + 2);
    }

    @Test
    void ofConcurrentReleasesWantingOneOffcutOneHasItAndTheOthersPlanWithoutIt() throws Exception {
        List<WorkOrder> jobs = IntStream.range(0, 4).mapToObj(i -> usualJob()).toList();

        List<CutList> results = race(jobs.size(),
                i -> () -> workOrders.release(bed.production, List.of(jobs.get(i).id())));

        List<CutList> withTheOffcut = results.stream()
                .filter(r -> sawSheet(r).stream().anyMatch(row -> row.contains(" " + top3700.label() + " ")))
                .toList();
        assertThat(withTheOffcut).hasSize(1);
        assertThat(reload(top3700).consumedByRelease()).isEqualTo(withTheOffcut.get(0).release().id());
        // the later releases may cut what the earlier ones left; every offcut is cut at most once
        List<String> cut = results.stream().flatMap(r -> r.profiles().stream())
                .flatMap(p -> p.plan().bars().stream()).filter(b -> !b.isNewBar()).map(BarPlan::offcutId).toList();
        assertThat(cut).doesNotHaveDuplicates();
        for (WorkOrder job : jobs) {
            assertThat(releaseOf(job).orElseThrow().workOrders()).containsExactly(job.id());
        }
    }

    @Test
    void anOffcutTakenMeanwhileRollsTheWholeReleaseBack() {
        Offcut jamb = rack("PRF-JAMB", "WHITE", 5000);
        WorkOrder job = usualJob();
        WorkOrder rival = usualJob();
        List<Offcut> readBefore = bed.store.offcuts().search(OffcutSearch.available());
        // another release takes the 3700 mm offcut after this one read the rack
        bed.store.transactions().run(() -> {
            CutListRelease other = bed.store.cutListReleases().insert(new CutListRelease(0, List.of(rival.id()),
                    CuttingSettings.DEFAULTS, bed.admin.userId(), bed.clock.instant()));
            assertThat(bed.store.offcuts().consume(top3700.id(), other.id())).isTrue();
        });
        List<Offcut> rackBefore = wholeRack();
        WorkOrderService late = new WorkOrderService(staleRack(bed.store, readBefore), bed.clock);

        Throwable thrown = catchThrowable(() -> late.release(bed.production, List.of(job.id())));

        assertThat(thrown).isInstanceOf(ConflictException.class)
                .hasMessage("offcut " + top3700.label() + " was used by another cut list meanwhile; plan again");
        assertThat(((ConflictException) thrown).code()).isEqualTo("offcut.taken");
        assertThat(releaseOf(job)).isEmpty();
        assertThat(wholeRack()).isEqualTo(rackBefore);
        assertThat(reload(jamb).state()).as("cut before the conflict, given back").isEqualTo(Offcut.State.AVAILABLE);
        assertThat(workOrders.release(bed.production, List.of(job.id())).release()).isNotNull();
    }

    @Test
    void orderingTheMaterialsReleasesTheWorkOrderOnItsOwn() {
        WorkOrder job = usualJob();
        CutList preview = workOrders.cutList(bed.production, List.of(job.id()), null);

        move(job, WorkOrderStatus.MATERIALS_ORDERED);

        CutListRelease release = releaseOf(job).orElseThrow();
        assertThat(release.workOrders()).containsExactly(job.id());
        assertThat(release.releasedBy()).isEqualTo(bed.production.userId());
        assertThat(reload(top3700).consumedByRelease()).isEqualTo(release.id());
        CutList shown = workOrders.cutList(bed.production, List.of(job.id()), null);
        assertThat(shown.release()).isEqualTo(release);
        assertThat(shown.profiles()).isEqualTo(preview.profiles());
        List<Offcut> rack = wholeRack();

        move(job, WorkOrderStatus.MATERIALS_RECEIVED);

        assertThat(releaseOf(job)).contains(release);
        assertThat(wholeRack()).isEqualTo(rack);
    }

    @Test
    void aWorkOrderReleasedInABatchKeepsThatReleaseWhenItsMaterialsAreOrdered() {
        WorkOrder first = usualJob();
        WorkOrder second = slider(2000, 1000, 1);
        CutList batch = workOrders.release(bed.production, List.of(first.id(), second.id()));
        List<Offcut> rack = wholeRack();

        move(first, WorkOrderStatus.MATERIALS_ORDERED);

        assertThat(releaseOf(first)).contains(batch.release());
        assertThat(wholeRack()).isEqualTo(rack);
    }

    @Test
    void aPlanThatCannotBeMadeStopsTheMoveToMaterialsOrdered() {
        bed.store.transactions().run(() -> bed.store.products().insert(ProductBuilder.aProduct().code("SLD-LONG")
                .piecesLine("PRF-TOP", "1", "3 * width_mm", "long rail").build()));
        WorkOrder job = workOrder(bed.sales, List.of(new WindowLine("SLD-LONG", "GL-CLR6", "WHITE", 2500, 1200, 1,
                null)));
        List<Offcut> rack = wholeRack();

        Throwable thrown = catchThrowable(() -> move(job, WorkOrderStatus.MATERIALS_ORDERED));

        assertThat(thrown).isInstanceOf(ValidationException.class).hasMessageContaining("7500 mm");
        WorkOrder after = workOrders.get(bed.admin, job.id());
        assertThat(after.status()).isEqualTo(WorkOrderStatus.PENDING);
        assertThat(after.version()).isEqualTo(job.version());
        assertThat(releaseOf(job)).isEmpty();
        assertThat(wholeRack()).isEqualTo(rack);
        assertThatThrownBy(() -> workOrders.release(bed.production, List.of(job.id())))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void aWorkOrderWithNothingToCutIsNotReleasedWhenOrderedButMayBeReleasedByHand() {
        WorkOrder sealant = workOrder(bed.sales, List.of(new MaterialLine("CN-SIL", new BigDecimal("3"), null)));

        move(sealant, WorkOrderStatus.MATERIALS_ORDERED);

        assertThat(releaseOf(sealant)).isEmpty();
        CutList byHand = workOrders.release(bed.production, List.of(sealant.id()));
        assertThat(byHand.profiles()).isEmpty();
        assertThat(releaseOf(sealant)).contains(byHand.release());
    }

    @ParameterizedTest
    @EnumSource(value = WorkOrderStatus.class, names = {"PENDING", "MATERIALS_ORDERED", "MATERIALS_RECEIVED"})
    void cancellingBeforeProductionGivesTheOffcutsBackAndDiscardsTheOnesTheReleaseLeft(WorkOrderStatus status) {
        WorkOrder job = usualJob();
        CutListRelease release = workOrders.release(bed.production, List.of(job.id())).release();
        switch (status) {
            case MATERIALS_ORDERED -> move(job, WorkOrderStatus.MATERIALS_ORDERED);
            case MATERIALS_RECEIVED -> move(job, WorkOrderStatus.MATERIALS_ORDERED, WorkOrderStatus.MATERIALS_RECEIVED);
            default -> {
            }
        }

        move(job, WorkOrderStatus.CANCELLED);

        assertThat(releaseOf(job)).isEmpty();
        assertThat(bed.store.cutListReleases().findById(release.id())).isEmpty();
        assertThat(reload(top3700)).extracting(Offcut::state, Offcut::consumedByRelease)
                .containsExactly(Offcut.State.AVAILABLE, null);
        assertThat(wholeRack()).filteredOn(o -> o.createdByRelease() != null)
                .hasSize(2).allMatch(o -> o.state() == Offcut.State.DISCARDED);
        assertThat(bed.store.offcuts().search(OffcutSearch.available())).extracting(Offcut::id)
                .containsExactlyInAnyOrder(top3700.id(), top1000.id(), plainTop4000.id());
        assertThatThrownBy(() -> workOrders.release(bed.production, List.of(job.id())))
                .isInstanceOf(ConflictException.class).hasMessageContaining(job.number());
    }

    @Test
    void cancellingInProductionKeepsTheReleaseForTheBarsAreCut() {
        WorkOrder job = usualJob();
        move(job, WorkOrderStatus.MATERIALS_ORDERED, WorkOrderStatus.MATERIALS_RECEIVED, WorkOrderStatus.IN_PRODUCTION);
        CutListRelease release = releaseOf(job).orElseThrow();
        List<Offcut> rack = wholeRack();

        move(job, WorkOrderStatus.CANCELLED);

        assertThat(releaseOf(job)).contains(release);
        assertThat(wholeRack()).isEqualTo(rack);
        assertThat(workOrders.cutList(bed.admin, List.of(job.id()), null).release()).isEqualTo(release);
    }

    @Test
    void cancellingOneWorkOrderOfABatchReleasesTheOthersAgainWithoutIt() {
        saveCutting(new CuttingSettings(5, 10, 0, 500));
        WorkOrder first = usualJob();
        WorkOrder cancelled = slider(2900, 2400, 2);
        WorkOrder third = slider(1200, 900, 3);
        CutListRelease batch = workOrders.release(bed.production, List.of(first.id(), cancelled.id(), third.id()))
                .release();
        List<Offcut> leftByBatch = wholeRack().stream().filter(o -> batch.id() == orZero(o.createdByRelease()))
                .toList();
        saveCutting(new CuttingSettings(3, 10, 0, 500));
        bed.clock.advance(Duration.ofHours(2));

        move(cancelled, WorkOrderStatus.CANCELLED);

        assertThat(bed.store.cutListReleases().findById(batch.id())).isEmpty();
        assertThat(releaseOf(cancelled)).isEmpty();
        CutListRelease again = releaseOf(first).orElseThrow();
        assertThat(again.id()).isNotEqualTo(batch.id());
        assertThat(again.workOrders()).containsExactly(first.id(), third.id());
        assertThat(again.settings()).as("the batch's saw settings").isEqualTo(new CuttingSettings(5, 10, 0, 500));
        assertThat(again.releasedBy()).isEqualTo(bed.production.userId());
        assertThat(again.releasedAt()).isEqualTo(bed.clock.instant());
        assertThat(leftByBatch).isNotEmpty().allSatisfy(o -> assertThat(reload(o).state())
                .isEqualTo(Offcut.State.DISCARDED));
        CutList shown = workOrders.cutList(bed.admin, List.of(third.id(), first.id()), null);
        assertThat(shown.release()).isEqualTo(again);
        assertThat(sawSheet(shown)).noneMatch(row -> row.contains(cancelled.number()));
        assertThat(profile(shown, "PRF-TOP").plan().bars()).extracting(BarPlan::offcutId).contains(top3700.label());
        assertThat(reload(top3700).consumedByRelease()).isEqualTo(again.id());
        assertThat(workOrders.cutList(bed.admin, List.of(first.id(), cancelled.id(), third.id()), null).release())
                .isNull();
    }

    @Test
    void aBatchWithAWorkOrderInProductionKeepsItsReleaseWhenAnotherIsCancelled() {
        WorkOrder started = usualJob();
        WorkOrder cancelled = slider(2000, 1000, 1);
        CutListRelease batch = workOrders.release(bed.production, List.of(started.id(), cancelled.id())).release();
        move(started, WorkOrderStatus.MATERIALS_ORDERED, WorkOrderStatus.MATERIALS_RECEIVED,
                WorkOrderStatus.IN_PRODUCTION);
        List<Offcut> rack = wholeRack();

        move(cancelled, WorkOrderStatus.CANCELLED);

        assertThat(releaseOf(started)).contains(batch);
        assertThat(releaseOf(cancelled)).contains(batch);
        assertThat(wholeRack()).isEqualTo(rack);
    }

    @Test
    void salesMayNotRelease() {
        WorkOrder own = usualJob();
        WorkOrder others = workOrder(bed.otherSales, CutListReleaseTest.usualLines());
        List<Offcut> rack = wholeRack();

        assertThatThrownBy(() -> workOrders.release(bed.sales, List.of(own.id())))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> workOrders.release(bed.sales, List.of(others.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(releaseOf(own)).isEmpty();
        assertThat(wholeRack()).isEqualTo(rack);
    }

    @Test
    void workOrdersCancelledPastMaterialsReceivedOrInAnotherReleaseAreAConflictNamingThem() {
        WorkOrder started = usualJob();
        move(started, WorkOrderStatus.MATERIALS_ORDERED, WorkOrderStatus.MATERIALS_RECEIVED,
                WorkOrderStatus.IN_PRODUCTION);
        WorkOrder cancelled = usualJob();
        move(cancelled, WorkOrderStatus.CANCELLED);
        WorkOrder released = usualJob();
        CutListRelease release = workOrders.release(bed.production, List.of(released.id())).release();
        WorkOrder fresh = usualJob();
        List<Offcut> rack = wholeRack();

        assertThat(conflict(List.of(fresh.id(), started.id())))
                .extracting(ConflictException::code, Throwable::getMessage)
                .containsExactly("work_order.not_releasable", "work order " + started.number() + " is IN_PRODUCTION:"
                        + " only work orders up to MATERIALS_RECEIVED are released");
        assertThat(conflict(List.of(cancelled.id())).getMessage()).contains(cancelled.number(), "CANCELLED");
        ConflictException other = conflict(List.of(fresh.id(), released.id()));
        assertThat(other.code()).isEqualTo("already_released");
        assertThat(other.getMessage()).contains(released.number(), "release " + release.id());
        assertThat(releaseOf(fresh)).isEmpty();
        assertThat(wholeRack()).isEqualTo(rack);
    }

    @Test
    void theWorkOrdersOfAReleaseAreChecked() {
        assertThatThrownBy(() -> workOrders.release(bed.production, List.of()))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> workOrders.release(bed.production, null)).isInstanceOf(ValidationException.class);
        List<WorkOrderId> tooMany = IntStream.rangeClosed(0, ManageWorkOrdersUseCase.MAX_CUT_LIST_ORDERS)
                .mapToObj(i -> WorkOrderId.newId()).toList();
        assertThatThrownBy(() -> workOrders.release(bed.production, tooMany)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> workOrders.release(bed.production, List.of(WorkOrderId.newId())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void thePreviewPlansWithTheRackButTakesNothing() {
        WorkOrder job = usualJob();
        List<Offcut> rack = wholeRack();

        CutList preview = workOrders.cutList(bed.sales, List.of(job.id()), null);

        assertThat(preview.release()).isNull();
        assertThat(profile(preview, "PRF-TOP").plan().bars()).extracting(BarPlan::source, BarPlan::offcutId)
                .containsExactly(tuple(BarPlan.Source.OFFCUT, top3700.label()));
        assertThat(wholeRack()).isEqualTo(rack);
        assertThat(releaseOf(job)).isEmpty();
        assertThat(workOrders.cutList(bed.sales, List.of(job.id()), null)).isEqualTo(preview);
    }

    @Test
    void aPreviewOfPartOfAReleaseIsANewPlanWithWhatIsLeftOnTheRack() {
        WorkOrder first = usualJob();
        WorkOrder second = slider(2000, 1000, 1);
        workOrders.release(bed.production, List.of(first.id(), second.id()));

        CutList part = workOrders.cutList(bed.production, List.of(first.id()), null);

        assertThat(part.release()).isNull();
        assertThat(sawSheet(part)).noneMatch(row -> row.contains(top3700.label()));
    }

    @Test
    void aReleaseIsPlannedWithTheShopsCuttingSettings() {
        CuttingSettings shop = new CuttingSettings(6, 5, 0, 300);
        saveCutting(shop);
        WorkOrder job = usualJob();

        CutList released = workOrders.release(bed.production, List.of(job.id()));

        assertThat(released.settings()).isEqualTo(shop);
        assertThat(released.release().settings()).isEqualTo(shop);
        // 1500 + 6 twice from 3700 leaves 688 mm, kept from 300 mm
        assertThat(profile(released, "PRF-TOP").plan().bars()).extracting(BarPlan::remainderMm, BarPlan::remainderKept)
                .containsExactly(tuple(688, true));
    }

    @Test
    void aRemaindersSourceNamesTheWorkOrdersWithinItsLength() {
        List<String> many = IntStream.rangeClosed(1, 40).mapToObj(i -> String.format("WO-2026-%05d", i)).toList();

        String source = WorkOrderService.source(many);

        assertThat(source.length()).isLessThanOrEqualTo(Offcut.MAX_SOURCE_LENGTH);
        assertThat(source).startsWith("WO-2026-00001, WO-2026-00002").endsWith(" more");
        assertThat(WorkOrderService.source(many.subList(0, 3)))
                .isEqualTo("WO-2026-00001, WO-2026-00002, WO-2026-00003");
    }

    private ConflictException conflict(List<WorkOrderId> ids) {
        Throwable thrown = catchThrowable(() -> workOrders.release(bed.production, ids));
        assertThat(thrown).isInstanceOf(ConflictException.class);
        return (ConflictException) thrown;
    }

    private static List<QuoteLine> usualLines() {
        return List.of(new WindowLine("SLD-2L", "GL-CLR6", "WHITE", 1500, 1200, 2, null));
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    private void saveCutting(CuttingSettings cutting) {
        Settings s = bed.useCases.settings().get(bed.admin);
        bed.useCases.settings().update(bed.admin, new SettingsCommand(s.company(), s.profitMargin(), s.indirectRate(),
                s.taxRate(), s.glassWaste(), s.validityDays(), s.currency(), s.zone().getId(),
                s.locale().toLanguageTag(), s.terms(), cutting, s.version()));
    }

    /** A store whose rack reads as it was when {@code rack} was read: a release that read it just before. */
    private static Store staleRack(Store store, List<Offcut> rack) {
        OffcutRepository real = store.offcuts();
        OffcutRepository stale = new OffcutRepository() {
            @Override
            public Offcut insert(Offcut offcut) {
                return real.insert(offcut);
            }

            @Override
            public void update(Offcut offcut) {
                real.update(offcut);
            }

            @Override
            public Optional<Offcut> findById(long id) {
                return real.findById(id);
            }

            @Override
            public List<Offcut> search(OffcutSearch search) {
                return rack;
            }

            @Override
            public boolean consume(long id, long releaseId) {
                return real.consume(id, releaseId);
            }

            @Override
            public List<Offcut> consumedBy(long releaseId) {
                return real.consumedBy(releaseId);
            }

            @Override
            public void revert(long releaseId) {
                real.revert(releaseId);
            }
        };
        return (Store) Proxy.newProxyInstance(Store.class.getClassLoader(), new Class<?>[] {Store.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("offcuts")) {
                        return stale;
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** Runs the tasks on their own threads at the same moment; their results, or the first failure thrown. */
    private static <T> List<T> race(int threads, IntFunction<Callable<T>> task) throws Exception {
        List<T> results = new ArrayList<>();
        for (Race.Outcome<T> outcome : Race.run(threads, task)) {
            if (!outcome.succeeded()) {
                throw new AssertionError("a racer failed", outcome.failure());
            }
            results.add(outcome.value());
        }
        return results;
    }
}
