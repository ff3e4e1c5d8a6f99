package com.wqs.adapter.web.page;

import com.wqs.adapter.web.input.LanguageText;
import com.wqs.application.port.in.CustomerCommand;
import com.wqs.application.port.in.CustomerHistory;
import com.wqs.application.port.out.Page;
import com.wqs.application.port.out.PageRequest;
import com.wqs.application.service.UseCases;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.customer.CustomerId;
import com.wqs.domain.shared.Language;
import com.wqs.domain.shared.NotFoundException;
import com.wqs.domain.shared.StaleVersionException;
import com.wqs.domain.shared.ValidationException;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The organisation's customers: search, create and edit (ADMIN and SALES write, everyone reads). */
final class CustomerPages {
    private static final int PAGE_SIZE = 25;

    private final UseCases useCases;
    private final PageRenderer renderer;

    CustomerPages(UseCases useCases, PageRenderer renderer) {
        this.useCases = useCases;
        this.renderer = renderer;
    }

    void register(JavalinDefaultRoutingApi routes) {
        routes.get("/customers", this::list);
        routes.get("/customers/new", ctx -> form(ctx, Viewer.of(ctx, useCases), 200, null, null,
                new CustomerCommand("", "", "", "", "", ""), FieldErrors.NONE, null));
        routes.post("/customers", this::create);
        routes.get("/customers/{id}", this::edit);
        routes.post("/customers/{id}", this::update);
    }

    private void list(Context ctx) {
        Viewer viewer = Viewer.of(ctx, useCases);
        FormInput query = FormInput.ofQuery(ctx);
        String text = query.text("q");
        Integer page = query.integer("page");
        query.requireValid();
        Page<Customer> customers = useCases.customers().search(viewer.actor(), text.isEmpty() ? null : text,
                new PageRequest(page == null ? 1 : Math.max(1, page), PAGE_SIZE));
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("q", text);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("shell", viewer.shell(ctx, viewer.text("customers.title"), Section.CUSTOMERS));
        params.put("text", text);
        params.put("customers", customers.items());
        params.put("pager", Pager.of(customers, "/customers", filters));
        renderer.render(ctx, "customers.jte", params);
    }

    private void create(Context ctx) {
        Viewer viewer = Viewer.of(ctx, useCases);
        FormInput input = FormInput.of(ctx);
        CustomerCommand command = command(input);
        try {
            input.requireValid();
            Customer customer = useCases.customers().create(viewer.actor(), command);
            ctx.redirect("/customers/" + customer.id() + "?done=created", HttpStatus.SEE_OTHER);
        } catch (ValidationException e) {
            form(ctx, viewer, 400, null, null, command, new FieldErrors(e.errors()), null);
        }
    }

    private void edit(Context ctx) {
        Viewer viewer = Viewer.of(ctx, useCases);
        Customer customer = useCases.customers().get(viewer.actor(), customerId(ctx));
        form(ctx, viewer, 200, customer.id().toString(), customer.version(), typed(customer), FieldErrors.NONE, null);
    }

    /** The customer's history as the viewer may see it, under the form of a stored customer. */
    private CustomerHistory history(Viewer viewer, String id) {
        return id == null ? null : useCases.customerHistory().history(viewer.actor(),
                QuoteEditorPage.parseCustomerId(id).orElseThrow());
    }

    private void update(Context ctx) {
        Viewer viewer = Viewer.of(ctx, useCases);
        CustomerId id = customerId(ctx);
        FormInput input = FormInput.of(ctx);
        CustomerCommand command = command(input);
        Long version = input.version();
        try {
            input.requireValid();
            useCases.customers().update(viewer.actor(), id, command, version);
            ctx.redirect("/customers/" + id + "?done=saved", HttpStatus.SEE_OTHER);
        } catch (ValidationException e) {
            form(ctx, viewer, 400, id.toString(), version, command, new FieldErrors(e.errors()), null);
        } catch (StaleVersionException e) {
            Customer stored = useCases.customers().get(viewer.actor(), id);
            form(ctx, viewer, 409, id.toString(), stored.version(), command, FieldErrors.NONE,
                    ChangedMeanwhile.between(viewer.text("customer.changed-what", stored.name()), stored.version(),
                            command, typed(stored), Set.of()));
        }
    }

    private static CustomerCommand typed(Customer customer) {
        return new CustomerCommand(customer.name(), customer.email(), customer.phone(), customer.address(),
                customer.taxId(), customer.notes(), customer.language());
    }

    private static CustomerCommand command(FormInput form) {
        return new CustomerCommand(form.text("name"), form.text("email"), form.text("phone"), form.text("address"),
                form.text("taxId"), form.text("notes"), language(form));
    }

    /** The chosen language; blank for the installation's; another value is an error on the field (kept as none). */
    private static Language language(FormInput form) {
        try {
            return LanguageText.parseChoice("language", form.text("language"));
        } catch (ValidationException e) {
            form.reject("language", LanguageText.RULE);
            return null;
        }
    }

    /** {@code version}: the one the form saves with (null: a new customer); {@code changed}: after a stale save. */
    private void form(Context ctx, Viewer viewer, int status, String id, Long version, CustomerCommand customer,
            FieldErrors errors, ChangedMeanwhile changed) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("shell", viewer.shell(ctx, id == null ? viewer.text("customer.new") : customer.name(), Section.CUSTOMERS));
        params.put("id", id);
        params.put("version", version == null ? "" : version.toString());
        params.put("customer", customer);
        params.put("errors", errors);
        params.put("changed", changed);
        params.put("history", history(viewer, id));
        renderer.render(ctx, status, "customer.jte", params);
    }

    private static CustomerId customerId(Context ctx) {
        return QuoteEditorPage.parseCustomerId(ctx.pathParam("id"))
                .orElseThrow(() -> new NotFoundException("customer", ctx.pathParam("id")));
    }
}
