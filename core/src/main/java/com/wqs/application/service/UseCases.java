package com.wqs.application.service;

import com.wqs.application.port.in.AuthenticationUseCase;
import com.wqs.application.port.in.ConvertQuoteToWorkOrderUseCase;
import com.wqs.application.port.in.CreateQuoteUseCase;
import com.wqs.application.port.in.CustomerHistoryUseCase;
import com.wqs.application.port.in.DiffQuoteUseCase;
import com.wqs.application.port.in.DuplicateQuoteUseCase;
import com.wqs.application.port.in.ExpireQuotesUseCase;
import com.wqs.application.port.in.FindQuotesUseCase;
import com.wqs.application.port.in.GetQuoteStatisticsUseCase;
import com.wqs.application.port.in.ManageCatalogUseCase;
import com.wqs.application.port.in.ManageCustomersUseCase;
import com.wqs.application.port.in.ManageLoginThrottlesUseCase;
import com.wqs.application.port.in.ManageOffcutsUseCase;
import com.wqs.application.port.in.ManageSettingsUseCase;
import com.wqs.application.port.in.ManageUsersUseCase;
import com.wqs.application.port.in.ManageWorkOrdersUseCase;
import com.wqs.application.port.in.PriceQuoteUseCase;
import com.wqs.application.port.in.ChooseOptionsUseCase;
import com.wqs.application.port.in.QuoteLifecycleUseCase;
import com.wqs.application.port.in.RenderQuotePdfUseCase;
import com.wqs.application.port.in.UpdateQuoteUseCase;
import com.wqs.application.port.out.PasswordHasher;
import com.wqs.application.port.out.QuotePdfRenderer;
import com.wqs.application.port.out.Store;
import java.time.Clock;
import java.util.Objects;

/**
 * Every use case of the system, built over one {@link Store}: the plain-Java entry point for
 * embedding apps and what the Guice modules expose.
 */
public final class UseCases {
    private final ManageCustomersUseCase customers;
    private final ManageCatalogUseCase catalog;
    private final ManageSettingsUseCase settings;
    private final ManageUsersUseCase users;
    private final AuthenticationUseCase authentication;
    private final ManageLoginThrottlesUseCase loginThrottles;
    private final CreateQuoteUseCase createQuote;
    private final UpdateQuoteUseCase updateQuote;
    private final PriceQuoteUseCase priceQuote;
    private final QuoteLifecycleUseCase quoteLifecycle;
    private final ChooseOptionsUseCase chooseOptions;
    private final FindQuotesUseCase findQuotes;
    private final RenderQuotePdfUseCase quotePdf;
    private final ExpireQuotesUseCase expireQuotes;
    private final ConvertQuoteToWorkOrderUseCase convertQuote;
    private final ManageWorkOrdersUseCase workOrders;
    private final ManageOffcutsUseCase offcuts;
    private final GetQuoteStatisticsUseCase statistics;
    private final DiffQuoteUseCase diffQuote;
    private final DuplicateQuoteUseCase duplicateQuote;
    private final CustomerHistoryUseCase customerHistory;

    private UseCases(Store store, PasswordHasher passwordHasher, QuotePdfRenderer pdfRenderer, Clock clock,
            AuthPolicy authPolicy) {
        this.customers = new CustomerService(store);
        this.catalog = new CatalogService(store);
        this.settings = new SettingsService(store);
        this.users = new UserService(store, passwordHasher);
        this.authentication = new AuthenticationService(store, passwordHasher, clock, authPolicy);
        this.loginThrottles = new LoginThrottleService(store, clock, authPolicy);
        this.createQuote = new CreateQuoteService(store, clock);
        this.updateQuote = new UpdateQuoteService(store, clock);
        this.priceQuote = new PriceQuoteService(store);
        this.quoteLifecycle = new QuoteLifecycleService(store, clock);
        this.chooseOptions = new ChooseOptionsService(store, clock);
        this.findQuotes = new FindQuotesService(store);
        this.quotePdf = new RenderQuotePdfService(store, pdfRenderer);
        this.expireQuotes = new ExpireQuotesService(store, clock);
        this.convertQuote = new ConvertQuoteToWorkOrderService(store, clock);
        this.workOrders = new WorkOrderService(store, clock);
        this.offcuts = new OffcutService(store, clock);
        this.statistics = new QuoteStatisticsService(store, clock);
        this.diffQuote = new DiffQuoteService(store);
        this.duplicateQuote = new DuplicateQuoteService(store, createQuote);
        this.customerHistory = new CustomerHistoryService(store);
    }

    /** Builds every service; cheap and free of side effects (nothing is read or written yet). */
    public static UseCases create(Store store, PasswordHasher passwordHasher, QuotePdfRenderer pdfRenderer,
            Clock clock, AuthPolicy authPolicy) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(passwordHasher, "passwordHasher");
        Objects.requireNonNull(pdfRenderer, "pdfRenderer");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(authPolicy, "authPolicy");
        return new UseCases(store, passwordHasher, pdfRenderer, clock, authPolicy);
    }

    public ManageCustomersUseCase customers() {
        return customers;
    }

    public ManageCatalogUseCase catalog() {
        return catalog;
    }

    public ManageSettingsUseCase settings() {
        return settings;
    }

    public ManageUsersUseCase users() {
        return users;
    }

    public AuthenticationUseCase authentication() {
        return authentication;
    }

    public ManageLoginThrottlesUseCase loginThrottles() {
        return loginThrottles;
    }

    public CreateQuoteUseCase createQuote() {
        return createQuote;
    }

    public UpdateQuoteUseCase updateQuote() {
        return updateQuote;
    }

    public PriceQuoteUseCase priceQuote() {
        return priceQuote;
    }

    public QuoteLifecycleUseCase quoteLifecycle() {
        return quoteLifecycle;
    }

    public ChooseOptionsUseCase chooseOptions() {
        return chooseOptions;
    }

    public FindQuotesUseCase findQuotes() {
        return findQuotes;
    }

    public RenderQuotePdfUseCase quotePdf() {
        return quotePdf;
    }

    public ExpireQuotesUseCase expireQuotes() {
        return expireQuotes;
    }

    public ConvertQuoteToWorkOrderUseCase convertQuote() {
        return convertQuote;
    }

    public ManageWorkOrdersUseCase workOrders() {
        return workOrders;
    }

    public ManageOffcutsUseCase offcuts() {
        return offcuts;
    }

    public GetQuoteStatisticsUseCase statistics() {
        return statistics;
    }

    public DiffQuoteUseCase diffQuote() {
        return diffQuote;
    }

    public DuplicateQuoteUseCase duplicateQuote() {
        return duplicateQuote;
    }

    public CustomerHistoryUseCase customerHistory() {
        return customerHistory;
    }
}
