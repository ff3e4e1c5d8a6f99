package com.wqs.application.port.out.contract;

import static com.wqs.testing.CustomerBuilder.aCustomer;
import static com.wqs.testing.QuoteBuilder.aQuote;
import static com.wqs.testing.WorkOrderBuilder.aWorkOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wqs.application.port.out.DuplicateWorkOrderException;
import com.wqs.application.port.out.Page;
import com.wqs.application.port.out.PageRequest;
import com.wqs.application.port.out.WorkOrderRepository;
import com.wqs.application.port.out.WorkOrderSearch;
import com.wqs.application.port.out.WorkOrderSummary;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteId;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.user.User;
import com.wqs.domain.user.UserId;
import com.wqs.domain.workorder.Priority;
import com.wqs.domain.workorder.WorkOrder;
import com.wqs.domain.workorder.WorkOrderDetails;
import com.wqs.domain.workorder.WorkOrderId;
import com.wqs.domain.workorder.WorkOrderStatus;
import com.wqs.testing.WorkOrderBuilder;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link WorkOrderRepository}, including the store-enforced rule of at most one work
 * order per quote and per idempotency key, under concurrency.
 */
public abstract class WorkOrderRepositoryContract extends StoreContract {
    private static final int CONVERTERS = 8;

    private WorkOrderRepository workOrders() {
        return store.workOrders();
    }

    private Quote givenAcceptedQuote() {
        return givenQuote(aQuote().accepted());
    }

    @Test
    void insertedWorkOrderIsFoundWithEveryField() {
        Customer customer = aCustomer().name("Łódź Okna Sp. z o.o. — Żaneta").address("ul. Piotrkowska 1\n90-001 Łódź")
                .notes("Zamówienie pilne ⚡").build();
        Quote quote = givenQuote(aQuote().customer(customer).converted().total("12345678.91"));
        WorkOrder workOrder = aWorkOrder().forQuote(quote).status(WorkOrderStatus.DELIVERED).priority(Priority.URGENT)
                .estimatedDelivery(LocalDate.of(2026, 4, 30)).productionNotes("Vidrio templado — ¡cuidado! 🪟")
                .deliveryInstructions("Llamar antes\nPiso 3, sin ascensor").idempotencyKey("key-ü-1")
                .requestFingerprint("sha256:9f86d081884c7d65").createdAt(NOW).build();

        workOrders().insert(workOrder);

        WorkOrder found = workOrders().findById(workOrder.id()).orElseThrow();
        assertSameContent(found, workOrder);
        assertThat(found.completedAt()).isPresent();
        assertThat(found.customer()).isEqualTo(customer);
        assertThat(found.lines()).hasSameSizeAs(quote.pricing().lines());
        assertThat(found.materials().materials()).isNotEmpty();
        assertThat(found.materials().glassPanes()).isNotEmpty();
        assertThat(found.history()).hasSize(7);
    }

    @Test
    void aWorkOrderWithoutOptionalFieldsRoundTrips() {
        Quote quote = givenAcceptedQuote();
        WorkOrder workOrder = aWorkOrder().forQuote(quote).withoutEstimatedDelivery().build();

        workOrders().insert(workOrder);

        WorkOrder found = workOrders().findById(workOrder.id()).orElseThrow();
        assertSameContent(found, workOrder);
        assertThat(found.version()).isZero();
        assertThat(found.idempotencyKey()).isEmpty();
        assertThat(found.requestFingerprint()).isEmpty();
        assertThat(found.completedAt()).isEmpty();
        assertThat(found.details().estimatedDelivery()).isNull();
    }

    @Test
    void foundByQuoteAndByIdempotencyKey() {
        Quote quote = givenAcceptedQuote();
        WorkOrder workOrder = aWorkOrder().forQuote(quote).idempotencyKey("retry-me").build();
        workOrders().insert(workOrder);

        assertThat(workOrders().findByQuoteId(quote.id()).orElseThrow().id()).isEqualTo(workOrder.id());
        assertThat(workOrders().findByIdempotencyKey("retry-me").orElseThrow().id()).isEqualTo(workOrder.id());
        assertThat(workOrders().findByQuoteId(QuoteId.newId())).isEmpty();
        assertThat(workOrders().findByIdempotencyKey("RETRY-ME")).isEmpty();
        assertThat(workOrders().findById(WorkOrderId.newId())).isEmpty();
    }

    @Test
    void aSecondWorkOrderForTheSameQuoteIsRefused() {
        Quote quote = givenAcceptedQuote();
        WorkOrder first = aWorkOrder().forQuote(quote).build();
        workOrders().insert(first);

        assertThatThrownBy(() -> workOrders().insert(aWorkOrder().forQuote(quote).build()))
                .isInstanceOf(DuplicateWorkOrderException.class);
        assertThat(workOrders().findByQuoteId(quote.id()).orElseThrow().id()).isEqualTo(first.id());
        assertThat(workOrders().search(WorkOrderSearch.all(), PageRequest.FIRST).total()).isEqualTo(1);
    }

    @Test
    void anIdempotencyKeyIsUsedOnce() {
        WorkOrder first = aWorkOrder().forQuote(givenAcceptedQuote()).idempotencyKey("same-key").build();
        workOrders().insert(first);
        WorkOrder second = aWorkOrder().forQuote(givenAcceptedQuote()).idempotencyKey("same-key").build();

        assertThatThrownBy(() -> workOrders().insert(second)).isInstanceOf(DuplicateWorkOrderException.class);
        assertThat(workOrders().findById(second.id())).isEmpty();
        assertThat(workOrders().findByIdempotencyKey("same-key").orElseThrow().id()).isEqualTo(first.id());
    }

    @Test
    void workOrdersWithoutAKeyDoNotClash() {
        workOrders().insert(aWorkOrder().forQuote(givenAcceptedQuote()).build());
        workOrders().insert(aWorkOrder().forQuote(givenAcceptedQuote()).build());

        assertThat(workOrders().search(WorkOrderSearch.all(), PageRequest.FIRST).total()).isEqualTo(2);
    }

    @Test
    void updateStoresTheNewStateAndIncrementsTheVersion() {
        Quote quote = givenAcceptedQuote();
        WorkOrder inserted = aWorkOrder().forQuote(quote).createdAt(NOW).build();
        workOrders().insert(inserted);
        Instant later = NOW.plus(Duration.ofDays(1));

        WorkOrder loaded = workOrders().findById(inserted.id()).orElseThrow();
        loaded.moveTo(WorkOrderStatus.MATERIALS_ORDERED, "ordered from supplier", quote.ownerId(), later);
        loaded.updateDetails(new WorkOrderDetails(Priority.HIGH, LocalDate.of(2026, 5, 1), "notas nuevas", "puerta B"),
                later);
        workOrders().update(loaded);

        WorkOrder found = workOrders().findById(inserted.id()).orElseThrow();
        assertThat(found.version()).isEqualTo(1);
        assertSameContent(found, loaded, "version");
        assertThat(found.history()).hasSize(2);

        for (WorkOrderStatus next : List.of(WorkOrderStatus.MATERIALS_RECEIVED, WorkOrderStatus.IN_PRODUCTION,
                WorkOrderStatus.QUALITY_CHECK, WorkOrderStatus.READY_FOR_DELIVERY, WorkOrderStatus.DELIVERED)) {
            found.moveTo(next, "", quote.ownerId(), later);
            workOrders().update(found);
            found = workOrders().findById(inserted.id()).orElseThrow();
        }
        assertThat(found.status()).isEqualTo(WorkOrderStatus.DELIVERED);
        assertThat(found.completedAt()).contains(later);
        assertThat(found.version()).isEqualTo(6);
    }

    @Test
    void aStaleUpdateIsAConflictAndChangesNothing() {
        WorkOrder inserted = aWorkOrder().forQuote(givenAcceptedQuote()).build();
        workOrders().insert(inserted);
        WorkOrder first = workOrders().findById(inserted.id()).orElseThrow();
        WorkOrder second = workOrders().findById(inserted.id()).orElseThrow();
        first.moveTo(WorkOrderStatus.CANCELLED, "customer cancelled", inserted.createdBy(), NOW);
        workOrders().update(first);
        second.moveTo(WorkOrderStatus.MATERIALS_ORDERED, "", inserted.createdBy(), NOW);

        assertThatThrownBy(() -> workOrders().update(second)).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.code()).isEqualTo("work_order.stale"));
        WorkOrder stored = workOrders().findById(inserted.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(WorkOrderStatus.CANCELLED);
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    void theStoreKeepsItsOwnCopy() {
        WorkOrder workOrder = aWorkOrder().forQuote(givenAcceptedQuote()).build();
        workOrders().insert(workOrder);

        workOrder.moveTo(WorkOrderStatus.MATERIALS_ORDERED, "after insert", workOrder.createdBy(), NOW);
        workOrders().findById(workOrder.id()).orElseThrow()
                .moveTo(WorkOrderStatus.CANCELLED, "after load", workOrder.createdBy(), NOW);

        WorkOrder stored = workOrders().findById(workOrder.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(WorkOrderStatus.PENDING);
        assertThat(stored.history()).hasSize(1);
    }

    @Test
    void ofConcurrentConversionsOfOneQuoteExactlyOneIsStored() throws Exception {
        Quote quote = givenAcceptedQuote();
        List<WorkOrder> candidates = new ArrayList<>();
        for (int i = 0; i < CONVERTERS; i++) {
            candidates.add(aWorkOrder().forQuote(quote).idempotencyKey("key-" + i).build());
        }

        List<Race.Outcome<WorkOrderId>> outcomes = Race.run(CONVERTERS, i -> () ->
                store.transactions().inTransaction(() -> {
                    workOrders().insert(candidates.get(i));
                    return candidates.get(i).id();
                }));

        assertOneStored(outcomes);
        WorkOrderId winner = outcomes.stream().filter(Race.Outcome::succeeded).findFirst().orElseThrow().value();
        assertThat(workOrders().findByQuoteId(quote.id()).orElseThrow().id()).isEqualTo(winner);
    }

    @Test
    void ofConcurrentInsertsWithOneIdempotencyKeyExactlyOneIsStored() throws Exception {
        List<WorkOrder> candidates = new ArrayList<>();
        for (int i = 0; i < CONVERTERS; i++) {
            candidates.add(aWorkOrder().forQuote(givenAcceptedQuote()).idempotencyKey("shared-key").build());
        }

        List<Race.Outcome<WorkOrderId>> outcomes = Race.run(CONVERTERS, i -> () -> {
            workOrders().insert(candidates.get(i));
            return candidates.get(i).id();
        });

        assertOneStored(outcomes);
        WorkOrderId winner = outcomes.stream().filter(Race.Outcome::succeeded).findFirst().orElseThrow().value();
        assertThat(workOrders().findByIdempotencyKey("shared-key").orElseThrow().id()).isEqualTo(winner);
    }

    private void assertOneStored(List<Race.Outcome<WorkOrderId>> outcomes) {
        assertThat(outcomes).filteredOn(Race.Outcome::succeeded).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.succeeded()).hasSize(CONVERTERS - 1)
                .allSatisfy(o -> assertThat(o.failure()).isInstanceOf(DuplicateWorkOrderException.class));
        assertThat(workOrders().search(WorkOrderSearch.all(), PageRequest.FIRST).total()).isEqualTo(1);
    }

    private static final Instant T0 = Instant.parse("2026-02-10T08:00:00Z");

    /** Three work orders of two quote owners, created on distinct days. */
    private record SearchData(User ana, User bruno, WorkOrder wo1, WorkOrder wo2, WorkOrder wo3) {
    }

    private SearchData givenSearchData() {
        User ana = givenUser();
        User bruno = givenUser();
        Customer mueller = aCustomer().name("Ventanas Müller").build();
        Customer acme = aCustomer().name("Acme Homes").build();
        WorkOrder wo1 = aWorkOrder().number("WO-2026-00001").status(WorkOrderStatus.PENDING).priority(Priority.NORMAL)
                .forQuote(givenQuote(aQuote().number("Q-2026-00011").owner(ana).customer(mueller).converted()))
                .createdAt(T0).build();
        WorkOrder wo2 = aWorkOrder().number("WO-2026-00002").status(WorkOrderStatus.IN_PRODUCTION)
                .priority(Priority.URGENT)
                .forQuote(givenQuote(aQuote().number("Q-2026-00012").owner(ana).customer(acme).converted()))
                .createdAt(T0.plus(Duration.ofDays(1))).build();
        WorkOrder wo3 = aWorkOrder().number("WO-2026-00003").status(WorkOrderStatus.DELIVERED).priority(Priority.LOW)
                .forQuote(givenQuote(aQuote().number("Q-2025-00999").owner(bruno).customer(acme).converted()))
                .createdAt(T0.plus(Duration.ofDays(2))).build();
        List.of(wo1, wo2, wo3).forEach(workOrders()::insert);
        return new SearchData(ana, bruno, wo1, wo2, wo3);
    }

    @Test
    void openWorkOrdersAreListedByEstimatedDeliveryThoseWithoutOneLastThenByNumber() {
        User ana = givenUser();
        User bruno = givenUser();
        LocalDate may = LocalDate.of(2026, 5, 4);
        WorkOrder late = openOrder(ana, "WO-2026-00104", WorkOrderStatus.IN_PRODUCTION, may.minusDays(3));
        WorkOrder sameDayB = openOrder(ana, "WO-2026-00103", WorkOrderStatus.PENDING, may);
        WorkOrder sameDayA = openOrder(bruno, "WO-2026-00102", WorkOrderStatus.READY_FOR_DELIVERY, may);
        WorkOrder undated = openOrder(ana, "WO-2026-00101", WorkOrderStatus.MATERIALS_ORDERED, null);
        openOrder(ana, "WO-2026-00105", WorkOrderStatus.DELIVERED, may.minusDays(10));
        openOrder(bruno, "WO-2026-00106", WorkOrderStatus.CANCELLED, may);

        assertThat(workOrders().findOpen(null)).extracting(WorkOrderSummary::id)
                .containsExactly(late.id(), sameDayA.id(), sameDayB.id(), undated.id());
        assertThat(workOrders().findOpen(ana.id())).extracting(WorkOrderSummary::id)
                .containsExactly(late.id(), sameDayB.id(), undated.id());
        assertThat(workOrders().findOpen(UserId.newId())).isEmpty();
        assertThat(workOrders().findOpen(null).get(0)).isEqualTo(WorkOrderSummary.of(late));
    }

    private WorkOrder openOrder(User owner, String number, WorkOrderStatus status, LocalDate delivery) {
        WorkOrderBuilder builder = aWorkOrder().number(number).status(status)
                .forQuote(givenQuote(aQuote().number("Q" + number.substring(2)).owner(owner).converted()));
        WorkOrder order = (delivery == null ? builder.withoutEstimatedDelivery() : builder.estimatedDelivery(delivery))
                .createdAt(T0).build();
        workOrders().insert(order);
        return order;
    }

    @Test
    void searchListsNewestFirstWithTheSummaryFields() {
        SearchData d = givenSearchData();

        Page<WorkOrderSummary> page = search(WorkOrderSearch.all());

        assertThat(ids(page)).containsExactly(d.wo3().id(), d.wo2().id(), d.wo1().id());
        assertThat(page.total()).isEqualTo(3);
        WorkOrder wo3 = d.wo3();
        assertThat(page.items().get(0)).isEqualTo(new WorkOrderSummary(wo3.id(), "WO-2026-00003", wo3.quoteId(),
                "Q-2025-00999", d.bruno().id(), "Acme Homes", WorkOrderStatus.DELIVERED, Priority.LOW,
                wo3.details().estimatedDelivery(), T0.plus(Duration.ofDays(2)), wo3.completedAt().orElseThrow()));
        assertThat(page.items().get(1).completedAt()).isNull();
    }

    @Test
    void searchFiltersByQuoteOwnerStatusAndPriority() {
        SearchData d = givenSearchData();

        assertThat(ids(search(WorkOrderSearch.all().withQuoteOwner(d.ana().id()))))
                .containsExactly(d.wo2().id(), d.wo1().id());
        assertThat(ids(search(new WorkOrderSearch(null, WorkOrderStatus.IN_PRODUCTION, null, null))))
                .containsExactly(d.wo2().id());
        assertThat(ids(search(new WorkOrderSearch(null, null, Priority.LOW, null)))).containsExactly(d.wo3().id());
        assertThat(search(new WorkOrderSearch(d.bruno().id(), null, Priority.URGENT, null)).total()).isZero();
    }

    @Test
    void searchTextMatchesNumberQuoteNumberOrCustomerNameIgnoringCase() {
        SearchData d = givenSearchData();

        assertThat(ids(search(byText("wo-2026-00002")))).containsExactly(d.wo2().id());
        assertThat(ids(search(byText("Q-2025")))).containsExactly(d.wo3().id());
        assertThat(ids(search(byText("müller")))).containsExactly(d.wo1().id());
        assertThat(ids(search(byText("ACME")))).containsExactly(d.wo3().id(), d.wo2().id());
        assertThat(search(byText("%")).total()).isZero();
        assertThat(search(byText("_")).total()).isZero();
    }

    @Test
    void searchPages() {
        SearchData d = givenSearchData();

        Page<WorkOrderSummary> first = workOrders().search(WorkOrderSearch.all(), new PageRequest(1, 2));
        Page<WorkOrderSummary> second = workOrders().search(WorkOrderSearch.all(), new PageRequest(2, 2));

        assertThat(ids(first)).containsExactly(d.wo3().id(), d.wo2().id());
        assertThat(ids(second)).containsExactly(d.wo1().id());
        assertThat(second.total()).isEqualTo(3);
        assertThat(workOrders().search(WorkOrderSearch.all(), new PageRequest(3, 2)).items()).isEmpty();
    }

    private Page<WorkOrderSummary> search(WorkOrderSearch search) {
        return workOrders().search(search, PageRequest.FIRST);
    }

    private static WorkOrderSearch byText(String text) {
        return new WorkOrderSearch(null, null, null, text);
    }

    private static List<WorkOrderId> ids(Page<WorkOrderSummary> page) {
        return page.items().stream().map(WorkOrderSummary::id).toList();
    }
}
