package com.wqs.adapter.web.reliability;

import com.wqs.adapter.web.support.HttpResult;
import com.wqs.adapter.web.support.Requests;
import com.wqs.adapter.web.support.WebTestServer;
import com.wqs.application.port.in.CustomerCommand;
import com.wqs.application.port.in.NewUserCommand;
import com.wqs.application.port.in.OffcutCommand;
import com.wqs.domain.user.Role;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A path for each write route of the HTML pages, its ids those of records made for the request (a fresh
 * draft for {@code /quotes/{id}/send}, an accepted quote for {@code /quotes/{id}/convert}, ...). A page route
 * added without a target here fails the corpus test, so a new form is not left out.
 */
final class PageTargets {
    private final WebTestServer env;
    private final Map<String, Supplier<String>> paths = new LinkedHashMap<>();

    PageTargets(WebTestServer env) {
        this.env = env;
        for (String fixed : new String[] {"/login", "/logout", "/users", "/customers", "/quotes", "/catalog/materials",
                "/catalog/products", "/catalog/labor-rates", "/catalog/import", "/settings", "/quotes/drawing",
                "/cut-lists/release", "/offcuts", "/account/language", "/account/password", "/account/tokens", "/users/throttles/clear"}) {
            paths.put("POST " + fixed, () -> fixed);
        }
        paths.put("POST /customers/{id}", () -> "/customers/" + customer());
        paths.put("POST /users/{id}", () -> "/users/" + user());
        paths.put("POST /users/{id}/password", () -> "/users/" + user() + "/password");
        paths.put("POST /account/tokens/{id}/revoke", () -> "/account/tokens/" + token() + "/revoke");
        paths.put("POST /users/tokens/{id}/revoke", () -> "/users/tokens/" + token() + "/revoke");
        paths.put("POST /catalog/materials/{id}", () -> "/catalog/materials/" + material());
        paths.put("POST /catalog/materials/{id}/delete", () -> "/catalog/materials/" + material() + "/delete");
        paths.put("POST /catalog/products/{id}", () -> "/catalog/products/" + product());
        paths.put("POST /catalog/products/{id}/delete", () -> "/catalog/products/" + product() + "/delete");
        for (String action : new String[] {"send", "edit", "cancel"}) {
            paths.put("POST /quotes/{id}/" + action, () -> "/quotes/" + env.draft(env.sales).id() + "/" + action);
        }
        for (String action : new String[] {"accept", "reject", "revise", "choice"}) {
            paths.put("POST /quotes/{id}/" + action, () -> "/quotes/" + env.sent(env.sales).id() + "/" + action);
        }
        paths.put("POST /quotes/{id}/duplicate", () -> "/quotes/" + env.sent(env.sales).id() + "/duplicate");
        paths.put("POST /quotes/{id}/resend", () -> "/quotes/" + env.sentWithLink(env.sales).id() + "/resend");
        paths.put("POST /p/{token}/accept", () -> env.customerLink(env.sales) + "/accept");
        paths.put("POST /p/{token}/reject", () -> env.customerLink(env.sales) + "/reject");
        paths.put("POST /p/{token}/choose", () -> env.customerLink(env.sales) + "/choose");
        paths.put("POST /quotes/{id}/convert", () -> "/quotes/" + env.accepted(env.sales).id() + "/convert");
        paths.put("POST /work-orders/{id}/status", () -> "/work-orders/" + env.workOrder(env.sales).id() + "/status");
        paths.put("POST /offcuts/{id}", () -> "/offcuts/" + offcut());
        paths.put("POST /offcuts/{id}/discard", () -> "/offcuts/" + offcut() + "/discard");
        paths.put("POST /work-orders/{id}/details", () -> "/work-orders/" + env.workOrder(env.sales).id() + "/details");
    }

    boolean knows(String route) {
        return paths.containsKey(route);
    }

    String path(String route) {
        return paths.get(route).get();
    }

    private long offcut() {
        return env.useCases.offcuts().add(env.production.asActor(),
                new OffcutCommand("PRF-TOP", "WHITE", 1500, "page target", null)).id();
    }

    private String customer() {
        return env.useCases.customers().create(env.sales.asActor(),
                new CustomerCommand("Page target " + Requests.next(), null, null, null, null, null)).id().toString();
    }

    private String user() {
        return env.useCases.users().create(env.admin.asActor(), new NewUserCommand("page" + Requests.next()
                + "@example.com", "Page Target", Role.SALES, "a long enough password")).id().toString();
    }

    private String token() {
        return env.useCases.authentication().createApiToken(env.admin.asActor(), "page target").token().id().toString();
    }

    private String material() {
        return created(env.http.post("/api/v1/materials", Requests.material("PGM-" + Requests.next()),
                env.bearer(env.admin)));
    }

    private String product() {
        return created(env.http.post("/api/v1/products", Requests.product("PGP-" + Requests.next()),
                env.bearer(env.admin)));
    }

    private static String created(HttpResult result) {
        if (result.status() != 201) {
            throw new IllegalStateException("could not make a page target: " + result);
        }
        return result.json().get("id").asText();
    }
}
