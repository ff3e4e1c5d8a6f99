package com.wqs.adapter.web.page;

import com.wqs.application.port.in.CustomerCommand;
import com.wqs.application.port.in.QuoteCommand;
import com.wqs.application.port.in.RatesCommand;
import com.wqs.application.service.UseCases;
import com.wqs.domain.catalog.Material;
import com.wqs.domain.catalog.Product;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.quote.LineOption;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteLine;
import com.wqs.domain.user.Actor;
import com.wqs.domain.user.Role;
import com.wqs.domain.workorder.Priority;
import com.wqs.domain.workorder.WorkOrder;
import com.wqs.domain.workorder.WorkOrderDetails;
import com.wqs.testing.CatalogFixtures;
import java.util.List;

/**
 * A workplace with something on every page: a sales and a production user, a customer, quotes in each
 * state (draft, sent with a customer link, revised, with options, accepted and converted) and a work order.
 * The ids are as the pages' URLs want them.
 */
record SeededWorkplace(String draft, String sent, String draftWithOptions, String sentWithOptions, String revised,
        String converted, String workOrder, String customer, String material, String product, String customerLink) {
    static final String SALES_EMAIL = "sam@wqs.example";
    static final String PRODUCTION_EMAIL = "pat@wqs.example";

    static SeededWorkplace seed(PageTestServer server) {
        UseCases useCases = server.useCases();
        Actor sales = server.addUser(SALES_EMAIL, "Sam Sales", Role.SALES).asActor();
        server.addUser(PRODUCTION_EMAIL, "Pat Production", Role.PRODUCTION);
        Customer acme = useCases.customers().create(sales,
                new CustomerCommand("Acme Homes", "buyer@acme.example", "+1 555 0100", "12 Harbour Road", "ACME-1", ""));
        QuoteCommand command = new QuoteCommand(acme.id(), CatalogFixtures.workedExampleLines(), RatesCommand.DEFAULTS,
                null, "Installation on the 2nd floor.");
        String draft = useCases.createQuote().create(sales, command).id().toString();
        Quote toSend = useCases.createQuote().create(sales, command);
        var handedOut = useCases.quoteDelivery().send(sales, toSend.id());
        List<QuoteLine> withOptions = List.of(CatalogFixtures.workedExampleLines().get(0)
                .withOption(LineOption.alternative("Glass", true)), CatalogFixtures.workedExampleLines().get(0)
                .withOption(LineOption.alternative("Glass", false)), CatalogFixtures.workedExampleLines().get(1)
                .withOption(LineOption.optional(false)));
        QuoteCommand optionsCommand = new QuoteCommand(acme.id(), withOptions, RatesCommand.DEFAULTS, null, "");
        String draftWithOptions = useCases.createQuote().create(sales, optionsCommand).id().toString();
        String sentWithOptions = useCases.quoteLifecycle().send(sales,
                useCases.createQuote().create(sales, optionsCommand).id()).id().toString();
        Quote toRevise = useCases.createQuote().create(sales, command);
        useCases.quoteLifecycle().send(sales, toRevise.id());
        String revised = useCases.quoteLifecycle().revise(sales, toRevise.id()).id().toString();
        Quote toConvert = useCases.createQuote().create(sales, command);
        useCases.quoteLifecycle().send(sales, toConvert.id());
        useCases.quoteLifecycle().accept(sales, toConvert.id());
        WorkOrder order = useCases.convertQuote().convert(server.adminActor(), toConvert.id(),
                new WorkOrderDetails(Priority.HIGH, null, "", ""), null).workOrder();
        Material top = useCases.catalog().listMaterials(server.adminActor()).get(0);
        Product sliding = useCases.catalog().getProductByCode(server.adminActor(), "SLD-2L");
        return new SeededWorkplace(draft, handedOut.quote().id().toString(), draftWithOptions, sentWithOptions, revised,
                toConvert.id().toString(), order.id().toString(), acme.id().toString(),
                top.id().value().toString(), sliding.id().value().toString(), handedOut.linkUrl());
    }
}
