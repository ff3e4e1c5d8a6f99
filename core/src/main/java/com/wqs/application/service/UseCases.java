package com.wqs.application.service;

import com.wqs.application.port.in.AuthenticationUseCase;
import com.wqs.application.port.in.ConvertQuoteToWorkOrderUseCase;
import com.wqs.application.port.in.CreateQuoteUseCase;
import com.wqs.application.port.in.CustomerHistoryUseCase;
import com.wqs.application.port.in.DiffQuoteUseCase;
import com.wqs.application.port.in.DuplicateQuoteUseCase;
import com.wqs.application.port.in.CustomerLinkUseCase;
import com.wqs.application.port.in.DeliverOutboxUseCase;
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
import com.wqs.application.port.in.ProductionOverviewUseCase;
import com.wqs.application.port.in.ChooseOptionsUseCase;
import com.wqs.application.port.in.QuoteDeliveryUseCase;
import com.wqs.application.port.in.QuoteLifecycleUseCase;
import com.wqs.application.port.in.RenderQuotePdfUseCase;
import com.wqs.application.port.in.UpdateQuoteUseCase;
import com.wqs.application.port.out.MailDelivery;
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
    private final ProductionOverviewUseCase productionOverview;
    private final ManageOffcutsUseCase offcuts;
    private final GetQuoteStatisticsUseCase statistics;
    private final DiffQuoteUseCase diffQuote;
    private final DuplicateQuoteUseCase duplicateQuote;
    private final CustomerHistoryUseCase customerHistory;
    private final QuoteDeliveryUseCase quoteDelivery;
    private final CustomerLinkUseCase customerLinks;
    private final DeliverOutboxUseCase outbox;

    private UseCases(Store store, PasswordHasher passwordHasher, QuotePdfRenderer pdfRenderer, Clock clock,
            AuthPolicy authPolicy, MailDelivery mail) {
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
        this.productionOverview = new ProductionOverviewService(store, clock);
        this.offcuts = new OffcutService(store, clock);
        this.statistics = new QuoteStatisticsService(store, clock);
        this.diffQuote = new DiffQuoteService(store);
        this.duplicateQuote = new DuplicateQuoteService(store, createQuote);
        this.customerHistory = new CustomerHistoryService(store);
        this.quoteDelivery = new QuoteDeliveryService(store, pdfRenderer, mail, clock);
        this.customerLinks = new CustomerLinkService(store, mail, clock);
        this.outbox = new DeliverOutboxService(store, mail, clock);
    }

    /** Builds every service; cheap and free of side effects (nothing is read or written yet). */
    public static UseCases create(Store store, PasswordHasher passwordHasher, QuotePdfRenderer pdfRenderer,
            Clock clock, AuthPolicy authPolicy) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(passwordHasher, "passwordHasher");
        Objects.requireNonNull(pdfRenderer, "pdfRenderer");
        Objects.requireNonNull(clock, "clock");
        return create(store, passwordHasher, pdfRenderer, clock, authPolicy, MailDelivery.NONE);
    }

    /**
     * As above, with the way to customers: the SMTP sender whose outbox the server's worker delivers, and
     * the base URL of customer links.
     */
    public static UseCases create(Store store, PasswordHasher passwordHasher, QuotePdfRenderer pdfRenderer,
            Clock clock, AuthPolicy authPolicy, MailDelivery mail) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(passwordHasher, "passwordHasher");
        Objects.requireNonNull(pdfRenderer, "pdfRenderer");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(authPolicy, "authPolicy");
        Objects.requireNonNull(mail, "mail");
        return new UseCases(store, passwordHasher, pdfRenderer, clock, authPolicy, mail);
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

    public ProductionOverviewUseCase productionOverview() {
        return productionOverview;
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

    /** Sending quotes to customers (link, PDF, e-mail through the outbox) and what became of them. */
    public QuoteDeliveryUseCase quoteDelivery() {
        return quoteDelivery;
    }

    /** The customer's side of a link: view, PDF, accept, reject (no actor: the token is the key). */
    public CustomerLinkUseCase customerLinks() {
        return customerLinks;
    }

    /** The outbox worker's step (the server runs it every few seconds). */
    public DeliverOutboxUseCase outbox() {
        return outbox;
    }
}
