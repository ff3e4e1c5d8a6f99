package com.wqs.application.service;

import com.wqs.application.port.in.AuthenticationUseCase;
import com.wqs.application.port.in.ConvertQuoteToWorkOrderUseCase;
import com.wqs.application.port.in.CreateQuoteUseCase;
import com.wqs.application.port.in.ExpireQuotesUseCase;
import com.wqs.application.port.in.FindQuotesUseCase;
import com.wqs.application.port.in.GetQuoteStatisticsUseCase;
import com.wqs.application.port.in.ManageCatalogUseCase;
import com.wqs.application.port.in.ManageCustomersUseCase;
import com.wqs.application.port.in.ManageSettingsUseCase;
import com.wqs.application.port.in.ManageUsersUseCase;
import com.wqs.application.port.in.ManageWorkOrdersUseCase;
import com.wqs.application.port.in.PriceQuoteUseCase;
import com.wqs.application.port.in.QuoteLifecycleUseCase;
import com.wqs.application.port.in.RenderQuotePdfUseCase;
import com.wqs.application.port.in.UpdateQuoteUseCase;
import com.wqs.application.port.out.PasswordHasher;
import com.wqs.application.port.out.QuotePdfRenderer;
import com.wqs.application.port.out.Store;
import java.time.Clock;

/**
 * Every use case of the system, built over one {@link Store}: the plain-Java entry point for
 * embedding apps and what the Guice modules expose.
 */
public final class UseCases {
    // Implemented on the services branch; the accessors below are the contract the adapters code against.
    private UseCases() {
    }

    public static UseCases create(Store store, PasswordHasher passwordHasher, QuotePdfRenderer pdfRenderer,
            Clock clock, AuthPolicy authPolicy) {
        throw new IllegalStateException("being implemented on the services branch");
    }

    public ManageCustomersUseCase customers() {
        throw new IllegalStateException();
    }

    public ManageCatalogUseCase catalog() {
        throw new IllegalStateException();
    }

    public ManageSettingsUseCase settings() {
        throw new IllegalStateException();
    }

    public ManageUsersUseCase users() {
        throw new IllegalStateException();
    }

    public AuthenticationUseCase authentication() {
        throw new IllegalStateException();
    }

    public CreateQuoteUseCase createQuote() {
        throw new IllegalStateException();
    }

    public UpdateQuoteUseCase updateQuote() {
        throw new IllegalStateException();
    }

    public PriceQuoteUseCase priceQuote() {
        throw new IllegalStateException();
    }

    public QuoteLifecycleUseCase quoteLifecycle() {
        throw new IllegalStateException();
    }

    public FindQuotesUseCase findQuotes() {
        throw new IllegalStateException();
    }

    public RenderQuotePdfUseCase quotePdf() {
        throw new IllegalStateException();
    }

    public ExpireQuotesUseCase expireQuotes() {
        throw new IllegalStateException();
    }

    public ConvertQuoteToWorkOrderUseCase convertQuote() {
        throw new IllegalStateException();
    }

    public ManageWorkOrdersUseCase workOrders() {
        throw new IllegalStateException();
    }

    public GetQuoteStatisticsUseCase statistics() {
        throw new IllegalStateException();
    }
}
