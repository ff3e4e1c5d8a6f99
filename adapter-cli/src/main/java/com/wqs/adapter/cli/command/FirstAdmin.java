package com.wqs.adapter.cli.command;

import com.wqs.application.port.out.Store;
import com.wqs.application.service.UseCases;
import com.wqs.domain.user.User;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** On an installation without users, creates the first ADMIN from $WQS_ADMIN_EMAIL and $WQS_ADMIN_PASSWORD. */
final class FirstAdmin {
    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);
    private final UseCases useCases;
    private final Store store;
    private final Map<String, String> env;

    FirstAdmin(UseCases useCases, Store store, Map<String, String> env) {
        this.useCases = useCases;
        this.store = store;
        this.env = env;
    }

    void createIfConfigured() {
        if (store.users().count() > 0) {
            return;
        }
        String email = env.get("WQS_ADMIN_EMAIL");
        String password = env.get("WQS_ADMIN_PASSWORD");
        if (email == null || email.isBlank() || password == null || password.isBlank()) {
            LOG.warn("There are no users yet: set WQS_ADMIN_EMAIL and WQS_ADMIN_PASSWORD and restart, "
                    + "or run 'wqs user add --role ADMIN ...'");
            return;
        }
        User admin = useCases.users().createFirstAdmin(email, env.getOrDefault("WQS_ADMIN_NAME", "Administrator"),
                password);
        LOG.info("Created the first ADMIN, {}", admin.email());
    }
}
