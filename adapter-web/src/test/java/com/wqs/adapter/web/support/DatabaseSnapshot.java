package com.wqs.adapter.web.support;

import com.wqs.application.port.out.PageRequest;
import com.wqs.application.port.out.QuoteSearch;
import com.wqs.application.port.out.Store;
import com.wqs.application.port.out.WorkOrderSearch;
import com.wqs.domain.user.User;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the store holds that a request could change, read through the store's ports, so a test can
 * tell that a refused request changed nothing.
 */
public final class DatabaseSnapshot {
    private DatabaseSnapshot() {
    }

    public static String of(Store store) {
        List<Object> state = new ArrayList<>();
        store.transactions().run(() -> {
            List<User> users = store.users().findAll();
            state.add(users);
            // a token's last use is bookkeeping of the request itself (the bearer token that sent it)
            users.forEach(user -> state.add(store.apiTokens().findForUser(user.id()).stream()
                    .map(token -> token.withLastUsedAt(null)).toList()));
            state.add(store.customers().search(null, new PageRequest(1, PageRequest.MAX_SIZE)));
            state.add(store.materials().findAll());
            state.add(store.products().findAll());
            state.add(store.laborRates().findAll());
            state.add(store.settings().get().version());
            state.add(store.quotes().search(QuoteSearch.all(), new PageRequest(1, PageRequest.MAX_SIZE)));
            state.add(store.workOrders().search(WorkOrderSearch.all(), new PageRequest(1, PageRequest.MAX_SIZE)));
        });
        return state.toString();
    }
}
