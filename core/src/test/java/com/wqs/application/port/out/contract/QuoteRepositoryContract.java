package com.wqs.application.port.out.contract;

import static com.wqs.testing.CustomerBuilder.aCustomer;
import static com.wqs.testing.QuoteBuilder.aQuote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wqs.application.port.out.Page;
import com.wqs.application.port.out.PageRequest;
import com.wqs.application.port.out.QuoteRepository;
import com.wqs.application.port.out.QuoteSearch;
import com.wqs.application.port.out.QuoteSort;
import com.wqs.application.port.out.QuoteSummary;
import com.wqs.domain.catalog.Settings;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.customer.CustomerId;
import com.wqs.domain.pricing.LineKind;
import com.wqs.domain.pricing.QuotePricing;
import com.wqs.domain.pricing.PricedLine;
import com.wqs.domain.quote.LineOption;
import com.wqs.domain.quote.LineOptions;
import com.wqs.domain.quote.MaterialLine;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteId;
import com.wqs.domain.quote.QuoteLine;
import com.wqs.domain.quote.QuoteRates;
import com.wqs.domain.quote.QuoteRevision;
import com.wqs.domain.quote.QuoteStatus;
import com.wqs.domain.quote.WindowLine;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.shared.Money;
import com.wqs.domain.shared.Rate;
import com.wqs.domain.user.User;
import com.wqs.domain.user.UserId;
import com.wqs.testing.PricingBuilder;
import com.wqs.testing.SettingsBuilder;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import com.wqs.domain.layout.LayoutNotation;
import com.wqs.domain.pricing.PricingEngine;
import com.wqs.testing.CatalogFixtures;
import org.junit.jupiter.api.Test;

/** The contract of {@link QuoteRepository}. */
public abstract class QuoteRepositoryContract extends StoreContract {
    private static final int WRITERS = 8;

    private QuoteRepository quotes() {
        return store.quotes();
    }

    @Test
    void insertedQuoteIsFoundWithEveryField() {
        User owner = givenUser();
        Customer customer = givenCustomer(aCustomer().name("Ærøskøbing Glas ApS — Søren Ødegård"));
        List<QuoteLine> lines = List.of(
                new WindowLine("SLD-2L", "GL-CLR6", "white", 1500, 1200, 2, "Salón — ventana grande"),
                new MaterialLine("CN-SIL", new BigDecimal("2.75"), "Silicona extra «transparente»"),
                new WindowLine("FIX-1", "GL-LOWE6", null, 20_000, 600, 1000, ""));
        QuoteRates rates = new QuoteRates(Rate.of("0.3"), Rate.of("0.125"), Rate.of("0.05"), Rate.of("0.16"),
                Rate.of("0.07"), new BigDecimal("70.5"));
        Quote quote = aQuote().owner(owner).customer(customer).lines(lines).rates(rates).total("98765432.10")
                .revision(2).rejected().rejectionReason("Preferimos PVC — «demasiado caro» 💸")
                .notes("Línea 1\nLínea 2 — 日本語 ✓").createdAt(NOW).validUntil(LocalDate.of(2026, 4, 15)).build();

        quotes().insert(quote);

        Quote found = quotes().findById(quote.id()).orElseThrow();
        assertSameContent(found, quote);
        assertThat(found.pricing().total().minorUnits()).isEqualTo(9_876_543_210L);
        assertThat(found.lines()).hasSize(3).hasExactlyElementsOfTypes(WindowLine.class, MaterialLine.class,
                WindowLine.class);
        assertThat(found.pricing().lines()).extracting(l -> l.kind())
                .containsExactly(LineKind.WINDOW, LineKind.MATERIAL, LineKind.WINDOW);
        assertThat(found.pricing().lines().get(0).materials()).isNotEmpty();
        assertThat(found.revisions()).extracting(r -> r.revision()).containsExactly(1, 2);
        assertThat(found.history()).hasSize(quote.history().size()).isNotEmpty();
        assertThat(found.rejectionReason()).contains("Preferimos PVC — «demasiado caro» 💸");
    }

    @Test
    void aLineLayoutAndThePanesOfItsSnapshotReadBackEqual() {
        List<QuoteLine> lines = List.of(
                new WindowLine("CAS-FIX", "GL-CLR6", null, 1000, 1500, 2, "Kitchen",
                        LayoutNotation.parse("H(400)[FIX,V[CL,CR:GL-LOWE6]]", "layout")),
                new WindowLine("SLD-2L-LAY", "GL-CLR6", "WHITE", 1500, 1200, 1, null));
        QuotePricing pricing = new PricingEngine().price(lines, CatalogFixtures.workedExampleRates(),
                CatalogFixtures.catalogWithLayouts());
        Quote quote = aQuote().lines(lines).pricing(pricing).sent().build();
        ensureReferencesOf(quote);

        quotes().insert(quote);

        Quote found = quotes().findById(quote.id()).orElseThrow();
        assertSameContent(found, quote);
        assertThat(((WindowLine) found.lines().get(0)).layout()).isEqualTo(((WindowLine) lines.get(0)).layout());
        assertThat(found.pricing().lines().get(0).panes()).hasSize(3).isEqualTo(pricing.lines().get(0).panes());
        assertThat(found.pricing().lines().get(1).layout().notation()).isEqualTo("V[SL,SR]");
        assertThat(found.pricing().lines().get(1).pieces()).isNotEmpty().isEqualTo(pricing.lines().get(1).pieces());
        assertThat(found.revision(1).orElseThrow().pricing()).isEqualTo(pricing);
    }

    @Test
    void optionalLinesAndAlternativesReadBackEqual() {
        List<QuoteLine> lines = List.of(
                new WindowLine("SLD-2L", "GL-CLR6", "WHITE", 1500, 1200, 2, "Clear", null,
                        LineOption.alternative("Glass — «A»", true)),
                new WindowLine("SLD-2L", "GL-LOWE6", "WHITE", 1500, 1200, 2, "Low-E", null,
                        LineOption.alternative("Glass — «A»", false)),
                new MaterialLine("CN-SIL", new BigDecimal("3"), "Silicone", LineOption.optional(false)),
                new MaterialLine("HW-ROLL", new BigDecimal("4"), "Rollers"));
        QuotePricing pricing = new PricingEngine().price(lines, CatalogFixtures.workedExampleRates(),
                CatalogFixtures.catalog());
        Quote quote = aQuote().lines(lines).pricing(pricing).sent().build();
        ensureReferencesOf(quote);

        quotes().insert(quote);

        Quote found = quotes().findById(quote.id()).orElseThrow();
        assertSameContent(found, quote);
        assertThat(found.lines()).extracting(QuoteLine::option).containsExactly(
                LineOption.alternative("Glass — «A»", true), LineOption.alternative("Glass — «A»", false),
                LineOption.optional(false), LineOption.REQUIRED);
        assertThat(found.pricing()).isEqualTo(pricing);
        assertThat(found.pricing().lines()).extracting(PricedLine::included).containsExactly(true, false, false, true);
        assertThat(found.revision(1).orElseThrow().pricing()).isEqualTo(pricing);
        assertThat(quotes().search(QuoteSearch.all(), new PageRequest(1, 10)).items())
                .extracting(QuoteSummary::total).containsExactly(pricing.total());
    }

    @Test
    void theCustomersChoiceOnASentQuoteIsStoredOnTheQuoteAndItsRevision() {
        List<QuoteLine> lines = List.of(
                new WindowLine("SLD-2L", "GL-CLR6", "WHITE", 1500, 1200, 2, "Clear", null,
                        LineOption.alternative("Glass", true)),
                new WindowLine("SLD-2L", "GL-LOWE6", "WHITE", 1500, 1200, 2, "Low-E", null,
                        LineOption.alternative("Glass", false)),
                new MaterialLine("CN-SIL", new BigDecimal("3"), "Silicone", LineOption.optional(false)));
        PricingEngine engine = new PricingEngine();
        QuotePricing sentPricing = engine.price(lines, CatalogFixtures.workedExampleRates(), CatalogFixtures.catalog());
        Quote sent = givenQuote(aQuote().lines(lines).pricing(sentPricing).sent());
        Quote loaded = quotes().findById(sent.id()).orElseThrow();
        List<LineOption> options = LineOptions.choose(LineOptions.of(loaded.lines()), List.of(1, 2));
        QuotePricing chosen = engine.choose(loaded.latestRevision().orElseThrow().pricing(), options);

        loaded.choose(loaded.revision(), options, chosen, NOW.plusSeconds(60));
        quotes().update(loaded);

        Quote found = quotes().findById(sent.id()).orElseThrow();
        assertSameContent(found, loaded, "version");
        assertThat(found.status()).isEqualTo(QuoteStatus.SENT);
        assertThat(found.lines()).extracting(QuoteLine::option).containsExactly(
                LineOption.alternative("Glass", false), LineOption.alternative("Glass", true),
                LineOption.optional(true));
        assertThat(found.pricing()).isEqualTo(chosen);
        assertThat(found.pricing().total()).isNotEqualTo(sentPricing.total());
        assertThat(found.latestRevision().orElseThrow().pricing()).isEqualTo(chosen);
        assertThat(quotes().search(QuoteSearch.all(), new PageRequest(1, 10)).items())
                .extracting(QuoteSummary::total).containsExactly(chosen.total());

        found.accept(found.ownerId(), NOW.plusSeconds(120), ZoneOffset.UTC);
        quotes().update(found);
        Quote accepted = quotes().findById(sent.id()).orElseThrow();
        assertThat(accepted.status()).isEqualTo(QuoteStatus.ACCEPTED);
        assertThat(accepted.latestRevision().orElseThrow().pricing()).isEqualTo(chosen);
    }

    @Test
    void aNewDraftIsStoredAtVersionZero() {
        Quote draft = aQuote().draft().build();
        ensureReferencesOf(draft);

        quotes().insert(draft);

        Quote found = quotes().findById(draft.id()).orElseThrow();
        assertThat(found.version()).isZero();
        assertThat(found.revisions()).isEmpty();
        assertThat(found.history()).isEmpty();
        assertThat(found.rejectionReason()).isEmpty();
        assertSameContent(found, draft);
    }

    @Test
    void insertAllStoresEveryQuoteAsInsertDoes() {
        Quote first = aQuote().draft().number("Q-2026-00101").build();
        Quote second = aQuote().draft().number("Q-2026-00102").owner(first.ownerId()).customer(first.customerId())
                .build();
        ensureReferencesOf(first);

        quotes().insertAll(List.of(first, second));

        for (Quote quote : List.of(first, second)) {
            Quote found = quotes().findById(quote.id()).orElseThrow();
            assertThat(found.version()).isZero();
            assertSameContent(found, quote);
        }
        assertThat(quotes().search(QuoteSearch.all(), new PageRequest(1, 10)).total()).isEqualTo(2);
    }

    @Test
    void insertAllWithATakenNumberIsAConflictAndStoresNoneOfThem() {
        Quote stored = givenQuote(aQuote().number("Q-2026-00042"));
        Quote fresh = aQuote().number("Q-2026-00041").owner(stored.ownerId()).customer(stored.customerId()).build();
        Quote sameNumber = aQuote().number("Q-2026-00042").owner(stored.ownerId()).customer(stored.customerId())
                .build();
        Quote twice = aQuote().number("Q-2026-00043").owner(stored.ownerId()).customer(stored.customerId()).build();
        Quote twiceAgain = aQuote().number("Q-2026-00043").owner(stored.ownerId()).customer(stored.customerId())
                .build();

        assertThatThrownBy(() -> quotes().insertAll(List.of(fresh, sameNumber))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> quotes().insertAll(List.of(twice, twiceAgain))).isInstanceOf(ConflictException.class);

        assertThat(quotes().findById(fresh.id())).as("the quote before the conflict").isEmpty();
        assertThat(quotes().findById(twice.id())).isEmpty();
        assertThat(quotes().search(QuoteSearch.all(), new PageRequest(1, 10)).total()).isEqualTo(1);
    }

    @Test
    void unknownQuoteIsNotFound() {
        assertThat(quotes().findById(QuoteId.newId())).isEmpty();
    }

    @Test
    void aDuplicateIdIsAConflict() {
        Quote first = givenQuote(aQuote());
        Quote sameId = aQuote().id(first.id()).owner(first.ownerId()).customer(first.customerId()).build();

        assertThatThrownBy(() -> quotes().insert(sameId)).isInstanceOf(ConflictException.class);
        assertThat(quotes().findById(first.id()).orElseThrow().number()).isEqualTo(first.number());
    }

    @Test
    void aDuplicateNumberIsAConflict() {
        Quote first = givenQuote(aQuote().number("Q-2026-00042"));
        Quote sameNumber = aQuote().number("Q-2026-00042").owner(first.ownerId()).customer(first.customerId()).build();

        assertThatThrownBy(() -> quotes().insert(sameNumber)).isInstanceOf(ConflictException.class);
        assertThat(quotes().findById(sameNumber.id())).isEmpty();
    }

    @Test
    void updateStoresTheNewStateHistoryAndRevisionsAndIncrementsTheVersion() {
        Quote sent = givenQuote(aQuote().sent());
        Customer otherCustomer = givenCustomer(aCustomer().name("Nuevo Cliente"));
        Instant later = NOW.plus(Duration.ofDays(3));
        List<QuoteLine> newLines = List.of(new MaterialLine("HW-ROLL", new BigDecimal("12"), "rollers only"));
        QuotePricing newPricing = PricingBuilder.aPricing().lines(newLines).total("215.80").build();

        Quote revised = quotes().findById(sent.id()).orElseThrow();
        revised.revise(sent.ownerId(), later);
        revised.edit(otherCustomer.id(), newLines, newPricing, LocalDate.of(2026, 6, 30), "edited notes", later);
        quotes().update(revised);

        Quote found = quotes().findById(sent.id()).orElseThrow();
        assertThat(found.version()).isEqualTo(1);
        assertSameContent(found, revised, "version");
        assertThat(found.status()).isEqualTo(QuoteStatus.DRAFT);
        assertThat(found.revision()).isEqualTo(2);
        assertThat(found.customerId()).isEqualTo(otherCustomer.id());
        assertThat(found.history()).hasSize(sent.history().size() + 1);

        Settings atSecondSend = SettingsBuilder.aSettings().companyName("Ventanas Renombradas").withoutLogo().build();
        found.send(otherCustomer, atSecondSend, LocalDate.of(2026, 7, 15), sent.ownerId(), later.plusSeconds(60));
        quotes().update(found);

        Quote resent = quotes().findById(sent.id()).orElseThrow();
        assertThat(resent.version()).isEqualTo(2);
        assertSameContent(resent, found, "version");
        assertThat(resent.revisions()).extracting(r -> r.revision()).containsExactly(1, 2);
        assertThat(resent.latestRevision().orElseThrow().customer()).isEqualTo(otherCustomer);
        assertThat(resent.latestRevision().orElseThrow().settings()).isEqualTo(atSecondSend);
        assertThat(resent.revision(1).orElseThrow().settings()).isEqualTo(sent.revision(1).orElseThrow().settings());
    }

    @Test
    void aSentRevisionKeepsTheSettingsFrozenAtSendIncludingTheLogo() {
        Settings atSend = SettingsBuilder.aSettings().build();
        Quote sent = givenQuote(aQuote().settings(atSend).sent());

        Settings found = quotes().findById(sent.id()).orElseThrow().latestRevision().orElseThrow().settings();

        assertThat(found).isEqualTo(atSend);
        assertThat(found.company().logo()).containsExactly(SettingsBuilder.LOGO);
        assertThat(found.company().logoContentType()).isEqualTo("image/png");
        assertThat(found.locale()).isEqualTo(atSend.locale());
        assertThat(found.zone()).isEqualTo(atSend.zone());
        assertThat(found.currency()).isEqualTo("MXN");
        assertThat(found.terms()).isEqualTo(atSend.terms());
    }

    @Test
    void aRevisionSentBeforeSettingsWereFrozenReadsBackWithoutThem() {
        Quote sent = givenQuote(aQuote().settings(null).sent());

        QuoteRevision found = quotes().findById(sent.id()).orElseThrow().latestRevision().orElseThrow();

        assertThat(found.frozenSettings()).isEmpty();
    }

    @Test
    void aStaleUpdateIsAConflictAndChangesNothing() {
        Quote quote = givenQuote(aQuote().sent());
        Quote first = quotes().findById(quote.id()).orElseThrow();
        Quote second = quotes().findById(quote.id()).orElseThrow();
        first.cancel("customer withdrew", quote.ownerId(), NOW);
        quotes().update(first);

        second.accept(quote.ownerId(), NOW, ZoneOffset.UTC);

        assertThatThrownBy(() -> quotes().update(second))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("quote.stale"));
        Quote stored = quotes().findById(quote.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(QuoteStatus.CANCELLED);
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    void anObjectAlreadyWrittenOnceIsStale() {
        Quote quote = givenQuote(aQuote());
        Quote loaded = quotes().findById(quote.id()).orElseThrow();
        quotes().update(loaded);

        assertThatThrownBy(() -> quotes().update(loaded)).isInstanceOf(ConflictException.class);
        assertThat(quotes().findById(quote.id()).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void updatingAMissingQuoteIsAConflict() {
        Quote never = aQuote().build();
        ensureReferencesOf(never);

        assertThatThrownBy(() -> quotes().update(never)).isInstanceOf(ConflictException.class);
        assertThat(quotes().findById(never.id())).isEmpty();
    }

    @Test
    void theStoreKeepsItsOwnCopy() {
        Quote quote = aQuote().draft().build();
        ensureReferencesOf(quote);
        quotes().insert(quote);

        quote.cancel("changed after insert", quote.ownerId(), NOW);
        Quote loaded = quotes().findById(quote.id()).orElseThrow();
        loaded.cancel("changed after load", quote.ownerId(), NOW);

        Quote stored = quotes().findById(quote.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(QuoteStatus.DRAFT);
        assertThat(stored.history()).isEmpty();
    }

    @Test
    void ofTwoWritersOfTheSameLoadedQuoteOneWinsAndTheOtherGetsAConflict() throws Exception {
        Quote quote = givenQuote(aQuote().sent());
        Quote accepting = quotes().findById(quote.id()).orElseThrow();
        Quote rejecting = quotes().findById(quote.id()).orElseThrow();
        accepting.accept(quote.ownerId(), NOW, ZoneOffset.UTC);
        rejecting.reject("too late", quote.ownerId(), NOW);
        List<Quote> writers = List.of(accepting, rejecting);

        List<Race.Outcome<QuoteStatus>> outcomes = Race.run(2, i -> () -> {
            quotes().update(writers.get(i));
            return writers.get(i).status();
        });

        assertOneWinner(quote.id(), outcomes);
    }

    @Test
    void ofManyWritersInTransactionsExactlyOneWins() throws Exception {
        Quote quote = givenQuote(aQuote().sent());
        List<Quote> writers = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            Quote copy = quotes().findById(quote.id()).orElseThrow();
            if (i % 2 == 0) {
                copy.accept(quote.ownerId(), NOW, ZoneOffset.UTC);
            } else {
                copy.reject("writer " + i, quote.ownerId(), NOW);
            }
            writers.add(copy);
        }

        List<Race.Outcome<QuoteStatus>> outcomes = Race.run(WRITERS, i -> () ->
                store.transactions().inTransaction(() -> {
                    quotes().update(writers.get(i));
                    return writers.get(i).status();
                }));

        assertOneWinner(quote.id(), outcomes);
    }

    private void assertOneWinner(QuoteId id, List<Race.Outcome<QuoteStatus>> outcomes) {
        List<Race.Outcome<QuoteStatus>> winners = outcomes.stream().filter(Race.Outcome::succeeded).toList();
        assertThat(winners).hasSize(1);
        assertThat(outcomes.stream().filter(o -> !o.succeeded()).map(Race.Outcome::failure))
                .hasSize(outcomes.size() - 1)
                .allSatisfy(failure -> assertThat(failure).isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("quote.stale")));
        Quote stored = quotes().findById(id).orElseThrow();
        assertThat(stored.status()).isEqualTo(winners.get(0).value());
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    void findSentValidBeforeListsOnlySentQuotesPastTheDate() {
        Quote due = givenQuote(aQuote().sent().validUntil(LocalDate.of(2026, 3, 9)));
        Quote dueEarlier = givenQuote(aQuote().sent().validUntil(LocalDate.of(2026, 2, 1)));
        givenQuote(aQuote().sent().validUntil(LocalDate.of(2026, 3, 10)));
        givenQuote(aQuote().sent().validUntil(LocalDate.of(2026, 3, 11)));
        givenQuote(aQuote().accepted().validUntil(LocalDate.of(2026, 3, 1)));
        givenQuote(aQuote().draft().validUntil(LocalDate.of(2026, 3, 1)));
        givenQuote(aQuote().rejected().validUntil(LocalDate.of(2026, 3, 1)));

        assertThat(quotes().findSentValidBefore(LocalDate.of(2026, 3, 10)))
                .containsExactlyInAnyOrder(due.id(), dueEarlier.id());
        assertThat(quotes().findSentValidBefore(LocalDate.of(2026, 2, 1))).isEmpty();
    }

    @Test
    void existsForCustomerTellsWhetherAnyQuoteReferencesIt() {
        Quote quote = givenQuote(aQuote().cancelled());
        Customer unused = givenCustomer();

        assertThat(quotes().existsForCustomer(quote.customerId())).isTrue();
        assertThat(quotes().existsForCustomer(unused.id())).isFalse();
        assertThat(quotes().existsForCustomer(CustomerId.newId())).isFalse();
    }

    private static final Instant T0 = Instant.parse("2026-02-10T08:00:00Z");

    /** Five quotes of two owners and two customers, created on distinct days, with distinct totals. */
    private record SearchData(User ana, User bruno, Customer mueller, Customer acme, Quote q1, Quote q2, Quote q3,
            Quote q4, Quote q5) {
    }

    private SearchData givenSearchData() {
        User ana = givenUser();
        User bruno = givenUser();
        Customer mueller = givenCustomer(aCustomer().name("Ventanas Müller"));
        Customer acme = givenCustomer(aCustomer().name("Acme Homes"));
        return new SearchData(ana, bruno, mueller, acme,
                givenQuote(aQuote().number("Q-2026-00001").owner(ana).customer(mueller).draft()
                        .createdAt(T0).total("100.00")),
                givenQuote(aQuote().number("Q-2026-00002").owner(ana).customer(acme).sent()
                        .createdAt(T0.plus(Duration.ofDays(1))).total("250.50")),
                givenQuote(aQuote().number("Q-2026-00003").owner(bruno).customer(mueller).accepted()
                        .createdAt(T0.plus(Duration.ofDays(2))).total("75.25")),
                givenQuote(aQuote().number("Q-2026-00004").owner(bruno).customer(acme).sent()
                        .createdAt(T0.plus(Duration.ofDays(3))).total("1000.00")),
                givenQuote(aQuote().number("Q-2025-00120").owner(ana).customer(acme).rejected()
                        .createdAt(T0.minus(Duration.ofDays(30))).total("500.00")));
    }

    @Test
    void everythingNewestFirstByDefault() {
        SearchData d = givenSearchData();
        Page<QuoteSummary> page = search(QuoteSearch.all());

        assertThat(ids(page)).containsExactly(d.q4().id(), d.q3().id(), d.q2().id(), d.q1().id(), d.q5().id());
        assertThat(page.total()).isEqualTo(5);
    }

    @Test
    void summariesCarryTheListFieldsAndTheCustomersCurrentName() {
        SearchData d = givenSearchData();
        QuoteSummary expected = new QuoteSummary(d.q2().id(), "Q-2026-00002", d.ana().id(), d.acme().id(), "Acme Homes",
                QuoteStatus.SENT, 1, Money.of("250.50"), d.q2().validUntil(), d.q2().createdAt(), d.q2().updatedAt());

        assertThat(search(QuoteSearch.all()).items()).contains(expected);

        store.customers().update(new Customer(d.acme().id(), "Acme Renamed", d.acme().email(), d.acme().phone(),
                d.acme().address(), d.acme().taxId(), d.acme().notes(), d.acme().version()));
        assertThat(search(byText("renamed")).items()).extracting(QuoteSummary::customerName)
                .containsOnly("Acme Renamed").hasSize(3);
    }

    @Test
    void filtersByOwnerStatusAndCustomer() {
        SearchData d = givenSearchData();
        assertThat(ids(search(QuoteSearch.all().withOwner(d.ana().id()))))
                .containsExactly(d.q2().id(), d.q1().id(), d.q5().id());
        assertThat(ids(search(new QuoteSearch(null, QuoteStatus.SENT, null, null, null, null, null))))
                .containsExactly(d.q4().id(), d.q2().id());
        assertThat(ids(search(new QuoteSearch(null, null, d.mueller().id(), null, null, null, null))))
                .containsExactly(d.q3().id(), d.q1().id());
        assertThat(ids(search(new QuoteSearch(d.ana().id(), QuoteStatus.SENT, d.acme().id(), null, null, null, null))))
                .containsExactly(d.q2().id());
        assertThat(search(new QuoteSearch(d.bruno().id(), QuoteStatus.DRAFT, null, null, null, null, null)).total())
                .isZero();
    }

    @Test
    void theTotalOfEverySearchByOwnerAndStatusIsTheNumberOfQuotesItFindsAlsoAfterStatusChanges() {
        SearchData d = givenSearchData();
        // q2 (SENT) is revised: SENT -> DRAFT, counted under its new status from now on.
        Quote revised = quotes().findById(d.q2().id()).orElseThrow();
        revised.revise(d.ana().id(), T0.plus(Duration.ofDays(5)));
        quotes().update(revised);

        for (UserId owner : java.util.Arrays.asList(null, d.ana().id(), d.bruno().id(), UserId.newId())) {
            for (QuoteStatus status : java.util.stream.Stream.concat(java.util.stream.Stream.of((QuoteStatus) null),
                    java.util.Arrays.stream(QuoteStatus.values())).toList()) {
                for (boolean withoutDrafts : new boolean[] {false, true}) {
                    QuoteSearch search = new QuoteSearch(owner, status, null, null, null, null, null, withoutDrafts);
                    Page<QuoteSummary> page = quotes().search(search, new PageRequest(1, 100));
                    assertThat(page.total()).as("total of %s", search).isEqualTo(page.items().size());
                }
            }
        }
        assertThat(search(new QuoteSearch(d.ana().id(), QuoteStatus.DRAFT, null, null, null, null, null)).total())
                .isEqualTo(2);
    }

    @Test
    void draftsCanBeLeftOut() {
        SearchData d = givenSearchData();
        assertThat(ids(search(QuoteSearch.all().withoutDrafts())))
                .containsExactly(d.q4().id(), d.q3().id(), d.q2().id(), d.q5().id());
        assertThat(ids(search(QuoteSearch.all().withOwner(d.ana().id()).withoutDrafts())))
                .containsExactly(d.q2().id(), d.q5().id());
    }

    @Test
    void textMatchesNumberOrCustomerNameIgnoringCase() {
        SearchData d = givenSearchData();
        assertThat(ids(search(byText("müller")))).containsExactly(d.q3().id(), d.q1().id());
        assertThat(ids(search(byText("ACME")))).containsExactly(d.q4().id(), d.q2().id(), d.q5().id());
        assertThat(ids(search(byText("2025")))).containsExactly(d.q5().id());
        assertThat(ids(search(byText("q-2026-0000"))))
                .containsExactly(d.q4().id(), d.q3().id(), d.q2().id(), d.q1().id());
        assertThat(ids(search(byText("  00003 ")))).containsExactly(d.q3().id());
        assertThat(search(byText("nothing like it")).total()).isZero();
    }

    @Test
    void textIsLiteralNotAPattern() {
        givenSearchData();
        assertThat(search(byText("%")).total()).isZero();
        assertThat(search(byText("_")).total()).isZero();
        assertThat(search(byText("Q-2026-0000_")).total()).isZero();
    }

    @Test
    void creationPeriodIncludesItsStartAndExcludesItsEnd() {
        SearchData d = givenSearchData();
        QuoteSearch period = new QuoteSearch(null, null, null, null, d.q2().createdAt(), d.q4().createdAt(), null);
        QuoteSearch from = new QuoteSearch(null, null, null, null, d.q3().createdAt(), null, null);
        QuoteSearch to = new QuoteSearch(null, null, null, null, null, d.q1().createdAt(), null);

        assertThat(ids(search(period))).containsExactly(d.q3().id(), d.q2().id());
        assertThat(ids(search(from))).containsExactly(d.q4().id(), d.q3().id());
        assertThat(ids(search(to))).containsExactly(d.q5().id());
    }

    @Test
    void everySortOrder() {
        SearchData d = givenSearchData();
        assertThat(ids(search(sorted(QuoteSort.CREATED_DESC))))
                .containsExactly(d.q4().id(), d.q3().id(), d.q2().id(), d.q1().id(), d.q5().id());
        assertThat(ids(search(sorted(QuoteSort.CREATED_ASC))))
                .containsExactly(d.q5().id(), d.q1().id(), d.q2().id(), d.q3().id(), d.q4().id());
        assertThat(ids(search(sorted(QuoteSort.TOTAL_DESC))))
                .containsExactly(d.q4().id(), d.q5().id(), d.q2().id(), d.q1().id(), d.q3().id());
        assertThat(ids(search(sorted(QuoteSort.TOTAL_ASC))))
                .containsExactly(d.q3().id(), d.q1().id(), d.q2().id(), d.q5().id(), d.q4().id());
        assertThat(ids(search(sorted(QuoteSort.NUMBER_ASC))))
                .containsExactly(d.q5().id(), d.q1().id(), d.q2().id(), d.q3().id(), d.q4().id());
        assertThat(ids(search(sorted(QuoteSort.NUMBER_DESC))))
                .containsExactly(d.q4().id(), d.q3().id(), d.q2().id(), d.q1().id(), d.q5().id());
    }

    @Test
    void pagesOfTwo() {
        SearchData d = givenSearchData();
        Page<QuoteSummary> first = quotes().search(QuoteSearch.all(), new PageRequest(1, 2));
        Page<QuoteSummary> second = quotes().search(QuoteSearch.all(), new PageRequest(2, 2));
        Page<QuoteSummary> third = quotes().search(QuoteSearch.all(), new PageRequest(3, 2));
        Page<QuoteSummary> beyond = quotes().search(QuoteSearch.all(), new PageRequest(4, 2));

        assertThat(ids(first)).containsExactly(d.q4().id(), d.q3().id());
        assertThat(ids(second)).containsExactly(d.q2().id(), d.q1().id());
        assertThat(ids(third)).containsExactly(d.q5().id());
        assertThat(beyond.items()).isEmpty();
        assertThat(List.of(first, second, third, beyond)).allSatisfy(p -> assertThat(p.total()).isEqualTo(5));
        assertThat(second.page()).isEqualTo(2);
        assertThat(second.size()).isEqualTo(2);
        assertThat(third.totalPages()).isEqualTo(3);
    }

    /**
     * Every page of every sort and size, read one by one, gives the whole list in order: pages nearer the
     * end may be read backwards from the end (the SQL stores do), which must give the same rows.
     */
    @Test
    void everyPageOfEverySortAndSizeTogetherIsTheWholeListInOrder() {
        givenSearchData();
        for (QuoteSort sort : QuoteSort.values()) {
            List<QuoteId> whole = ids(search(sorted(sort)));
            for (int size = 1; size <= whole.size() + 1; size++) {
                List<QuoteId> paged = new java.util.ArrayList<>();
                for (int page = 1; page <= whole.size() + 1; page++) {
                    Page<QuoteSummary> read = quotes().search(sorted(sort), new PageRequest(page, size));
                    assertThat(read.total()).isEqualTo(whole.size());
                    assertThat(read.items().size()).as(sort + " page " + page + " of " + size)
                            .isEqualTo(Math.max(0, Math.min(size, whole.size() - (page - 1) * size)));
                    paged.addAll(ids(read));
                }
                assertThat(paged).as(sort + " in pages of " + size).isEqualTo(whole);
            }
        }
    }

    @Test
    void filtersApplyBeforePaging() {
        SearchData d = givenSearchData();
        Page<QuoteSummary> page = quotes().search(byText("acme"), new PageRequest(2, 2));

        assertThat(ids(page)).containsExactly(d.q5().id());
        assertThat(page.total()).isEqualTo(3);
    }

    private Page<QuoteSummary> search(QuoteSearch search) {
        return quotes().search(search, PageRequest.FIRST);
    }

    private QuoteSearch byText(String text) {
        return new QuoteSearch(null, null, null, text, null, null, null);
    }

    private QuoteSearch sorted(QuoteSort sort) {
        return new QuoteSearch(null, null, null, null, null, null, sort);
    }

    private List<QuoteId> ids(Page<QuoteSummary> page) {
        return page.items().stream().map(QuoteSummary::id).toList();
    }

    @Test
    void searchFindsNothingInAnEmptyStore() {
        Page<QuoteSummary> page = quotes().search(QuoteSearch.all().withOwner(UserId.newId()), PageRequest.FIRST);

        assertThat(page.items()).isEmpty();
        assertThat(page.total()).isZero();
    }
}
