package com.wqs.adapter.web.page;

import com.wqs.application.port.out.Page;
import com.wqs.application.port.out.PageRequest;
import com.wqs.application.port.out.QuoteSearch;
import com.wqs.application.port.out.QuoteSort;
import com.wqs.application.port.out.QuoteSummary;
import com.wqs.application.service.UseCases;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.customer.CustomerId;
import com.wqs.domain.quote.QuoteStatus;
import com.wqs.domain.shared.ValidationException;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The quotes the user may see, filtered by status, customer, text and creation dates, sorted and paged. */
final class QuoteListPage {
    static final int PAGE_SIZE = 25;

    private final UseCases useCases;
    private final PageRenderer renderer;

    QuoteListPage(UseCases useCases, PageRenderer renderer) {
        this.useCases = useCases;
        this.renderer = renderer;
    }

    void register(JavalinDefaultRoutingApi routes) {
        routes.get("/quotes", this::list);
    }


    private void list(Context ctx) {
        Viewer viewer = Viewer.of(ctx, useCases);
        FormInput query = FormInput.ofQuery(ctx);
        QuoteFilters filters = new QuoteFilters(query.text("status"), query.text("customer"), query.text("q"),
                query.text("from"), query.text("to"), query.text("sort"), query.checked("mine"));
        QuoteStatus status = query.choice("status", QuoteStatus.class);
        QuoteSort sort = query.choice("sort", QuoteSort.class);
        LocalDate from = query.date("from");
        LocalDate to = query.date("to");
        CustomerId customer = customerId(query, filters.customer());
        Integer page = query.integer("page");
        FieldErrors errors = FieldErrors.NONE;
        Page<QuoteSummary> quotes;
        try {
            query.requireValid();
            ZoneId zone = viewer.settings().zone();
            Instant createdFrom = from == null ? null : from.atStartOfDay(zone).toInstant();
            Instant createdTo = to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
            QuoteSearch search = new QuoteSearch(filters.mine() ? viewer.user().id() : null, status, customer,
                    filters.text(), createdFrom, createdTo, sort);
            quotes = useCases.findQuotes().list(viewer.actor(), search,
                    new PageRequest(page == null ? 1 : Math.max(1, page), PAGE_SIZE));
        } catch (ValidationException e) {
            errors = new FieldErrors(e.errors());
            quotes = new Page<>(List.of(), 0, 1, PAGE_SIZE);
        }
        List<Customer> customers = useCases.customers().search(viewer.actor(), null, new PageRequest(1, 200)).items();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("shell", viewer.shell(ctx, viewer.text("quote-list.title"), Section.QUOTES));
        params.put("filters", filters);
        params.put("quotes", quotes.items());
        params.put("pager", Pager.of(quotes, "/quotes", filters.asQuery()));
        params.put("customers", customers);
        params.put("errors", errors);
        renderer.render(ctx, errors.any() ? 400 : 200, "quotes.jte", params);
    }

    private static CustomerId customerId(FormInput query, String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return new CustomerId(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            query.reject("customer", "is not a known customer");
            return null;
        }
    }
}
