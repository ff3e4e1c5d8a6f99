package com.wqs.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.application.inmemory.InMemoryStore;
import com.wqs.application.inmemory.Pbkdf2PasswordHasher;
import com.wqs.application.port.in.ConvertQuoteToWorkOrderUseCase.Outcome;
import com.wqs.application.port.in.CustomerCommand;
import com.wqs.application.port.in.GetQuoteStatisticsUseCase.Scope;
import com.wqs.application.port.in.LoginResult;
import com.wqs.application.port.in.NewUserCommand;
import com.wqs.application.port.in.QuoteCommand;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteStatus;
import com.wqs.domain.shared.Money;
import com.wqs.domain.user.Actor;
import com.wqs.domain.user.Role;
import com.wqs.domain.workorder.WorkOrderStatus;
import com.wqs.testing.CatalogFixtures;
import com.wqs.testing.MutableClock;
import org.junit.jupiter.api.Test;

/** The embedding story end to end, with the in-memory store's real password hasher. */
class UseCasesTest {
    @Test
    void fromAnEmptyInstallationToAWorkOrder() {
        MutableClock clock = new MutableClock(ServiceTestbed.START);
        try (InMemoryStore store = new InMemoryStore()) {
            UseCases app = UseCases.create(store, new Pbkdf2PasswordHasher(), new RecordingPdfRenderer(), clock,
                    AuthPolicy.defaults());
            Actor admin = app.users().createFirstAdmin("owner@shop.example", "Shop Owner", "first admin password").asActor();
            app.users().create(admin, new NewUserCommand("ana@shop.example", "Ana", Role.SALES, "ana's long password"));
            store.transactions().run(() -> {
                CatalogFixtures.materials().forEach(store.materials()::insert);
                CatalogFixtures.products().forEach(store.products()::insert);
                CatalogFixtures.laborRates().forEach(store.laborRates()::save);
            });

            LoginResult login = app.authentication().login("ANA@shop.example", "ana's long password", "127.0.0.1");
            Actor ana = app.authentication().authenticateSession(login.sessionToken()).orElseThrow().user().asActor();
            Customer customer = app.customers().create(ana, new CustomerCommand("Casa Luz", null, null, null, null, null));
            Quote quote = app.createQuote().create(ana, new QuoteCommand(customer.id(), CatalogFixtures.workedExampleLines(),
                    ServiceTestbed.WORKED_EXAMPLE_RATES, null, null));
            app.quoteLifecycle().send(ana, quote.id());
            app.quoteLifecycle().accept(ana, quote.id());
            var conversion = app.convertQuote().convert(ana, quote.id(), null, "once");
            app.workOrders().changeStatus(admin, conversion.workOrder().id(), WorkOrderStatus.MATERIALS_ORDERED, null);

            assertThat(conversion.outcome()).isEqualTo(Outcome.CREATED);
            assertThat(app.findQuotes().get(ana, quote.id()).status()).isEqualTo(QuoteStatus.CONVERTED);
            var figures = app.statistics().statistics(ana, Scope.ME, null, null);
            assertThat(figures.totalValue()).isEqualTo(Money.of("5477.55"));
            assertThat(figures.workOrdersByStatus().get(WorkOrderStatus.MATERIALS_ORDERED)).isEqualTo(1);
            assertThat(app.quotePdf().render(ana, quote.id(), null).fileName()).isEqualTo(quote.number() + "-r1.pdf");
        }
    }
}
