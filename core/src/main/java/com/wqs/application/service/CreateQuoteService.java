package com.wqs.application.service;

import com.wqs.application.port.in.CreateQuoteUseCase;
import com.wqs.application.port.in.PriceQuoteUseCase.PricingCheck;
import com.wqs.application.port.in.PriceQuoteUseCase.PricingRequest;
import com.wqs.application.port.in.QuoteCommand;
import com.wqs.application.port.out.NumberAllocator;
import com.wqs.application.port.out.Store;
import com.wqs.domain.catalog.Settings;
import com.wqs.domain.customer.CustomerId;
import com.wqs.domain.pricing.PricingCatalog;
import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.ValidationException;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteId;
import com.wqs.domain.quote.QuoteNumber;
import com.wqs.domain.user.AccessPolicy;
import com.wqs.domain.user.Actor;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** A new priced draft owned by the actor, numbered Q-YYYY-NNNNN (year of creation in the settings' zone). */
public final class CreateQuoteService implements CreateQuoteUseCase {
    private final Store store;
    private final QuotePricer pricer;
    private final DraftPreparer drafts;
    private final QuoteAccess quotes;
    private final Clock clock;

    public CreateQuoteService(Store store, Clock clock) {
        this.store = store;
        this.pricer = new QuotePricer(store);
        this.drafts = new DraftPreparer(store.customers(), pricer);
        this.quotes = new QuoteAccess(store.quotes());
        this.clock = clock;
    }

    @Override
    public Quote create(Actor actor, QuoteCommand command) {
        Access.require(AccessPolicy.canCreateQuotes(actor), "only ADMIN and SALES create quotes");
        Instant now = clock.instant();
        // Priced in a read transaction: the catalogue read and the pricing hold no write lock, so writers
        // wait only for each other's inserts. A bad request fails here, before anything is written.
        Prepared prepared = store.transactions().readOnly(() -> {
            Settings settings = store.settings().get();
            LocalDate today = LocalDate.ofInstant(now, settings.zone());
            return new Prepared(today, drafts.prepare(command, settings, today));
        });
        LocalDate today = prepared.today();
        DraftPreparer.DraftContent content = prepared.content();
        QuoteId id = store.transactions().inTransaction(() -> {
            // Allocated only once the content is valid, so bad requests do not use up numbers.
            long sequence = store.numbers().next(NumberAllocator.Series.QUOTE, today.getYear());
            Quote quote = Quote.newDraft(QuoteId.newId(), QuoteNumber.quote(today.getYear(), sequence),
                    actor.userId(), command.customerId(), command.lines(), content.pricing(), content.validUntil(),
                    command.notes(), now);
            store.quotes().insert(quote);
            return quote.id();
        });
        // Read back after the commit, outside the write lock (and so into the store's read cache).
        return store.transactions().readOnly(() -> quotes.reload(id));
    }

    @Override
    public List<Quote> createAll(Actor actor, List<QuoteCommand> commands) {
        return batches(actor).createAll(commands);
    }

    @Override
    public Batches batches(Actor actor) {
        Access.require(AccessPolicy.canCreateQuotes(actor), "only ADMIN and SALES create quotes");
        return new DraftBatches(actor);
    }

    private final class DraftBatches implements Batches {
        private final Actor actor;
        private final QuotePricer.CatalogReads catalog = pricer.new CatalogReads();
        /** Whether each customer exists, as read in this run. */
        private final Map<CustomerId, Boolean> customers = new HashMap<>();

        DraftBatches(Actor actor) {
            this.actor = actor;
        }

        @Override
        public List<PricingCheck> priceAll(List<PricingRequest> requests) {
            return store.transactions().readOnly(() -> pricer.checkAll(requests, store.settings().get(),
                    catalog.catalogFor(requests.stream().map(PricingRequest::lines).toList())));
        }

        @Override
        public List<Quote> createAll(List<QuoteCommand> commands) {
            if (commands.isEmpty()) {
                return List.of();
            }
            Instant now = clock.instant();
            return store.transactions().inTransaction(() -> {
                Settings settings = store.settings().get();
                LocalDate today = LocalDate.ofInstant(now, settings.zone());
                PricingCatalog prices = catalog.catalogFor(commands.stream().map(DraftPreparer::linesOf).toList());
                Predicate<CustomerId> customerExists = id -> customers.computeIfAbsent(id,
                        k -> store.customers().findById(k).isPresent());
                List<DraftPreparer.DraftContent> contents = new ArrayList<>(commands.size());
                List<FieldError> errors = new ArrayList<>();
                for (int i = 0; i < commands.size(); i++) {
                    try {
                        contents.add(drafts.prepare(commands.get(i), settings, today, prices, customerExists));
                    } catch (ValidationException e) {
                        errors.addAll(e.prefixed("quotes[" + i + "].").errors());
                    }
                }
                if (!errors.isEmpty()) {
                    throw new ValidationException(errors);
                }
                // Numbers only once every draft is valid, so bad input uses up none.
                long first = store.numbers().nextBlock(NumberAllocator.Series.QUOTE, today.getYear(), commands.size());
                List<Quote> quotes = new ArrayList<>(commands.size());
                for (int i = 0; i < commands.size(); i++) {
                    QuoteCommand command = commands.get(i);
                    quotes.add(Quote.newDraft(QuoteId.newId(), QuoteNumber.quote(today.getYear(), first + i),
                            actor.userId(), command.customerId(), command.lines(), contents.get(i).pricing(),
                            contents.get(i).validUntil(), command.notes(), now));
                }
                store.quotes().insertAll(quotes);
                return List.copyOf(quotes);
            });
        }
    }

    private record Prepared(LocalDate today, DraftPreparer.DraftContent content) {
    }
}
