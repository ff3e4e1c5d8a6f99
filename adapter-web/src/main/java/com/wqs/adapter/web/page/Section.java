package com.wqs.adapter.web.page;

import com.wqs.domain.user.Role;
import java.util.EnumSet;
import java.util.Set;

/** The parts of the site in the main navigation, and who sees each link. */
public enum Section {
    DASHBOARD("Dashboard", "/dashboard", EnumSet.allOf(Role.class)),
    QUOTES("Quotes", "/quotes", EnumSet.allOf(Role.class)),
    WORK_ORDERS("Work orders", "/work-orders", EnumSet.allOf(Role.class)),
    OFFCUTS("Offcuts", "/offcuts", EnumSet.of(Role.ADMIN, Role.PRODUCTION)),
    CUSTOMERS("Customers", "/customers", EnumSet.of(Role.ADMIN, Role.SALES)),
    CATALOG("Catalogue", "/catalog", EnumSet.allOf(Role.class)),
    USERS("Users", "/users", EnumSet.of(Role.ADMIN)),
    SETTINGS("Settings", "/settings", EnumSet.of(Role.ADMIN)),
    ACCOUNT("My account", "/account", EnumSet.allOf(Role.class));

    private final String label;
    private final String href;
    private final Set<Role> roles;

    Section(String label, String href, Set<Role> roles) {
        this.label = label;
        this.href = href;
        this.roles = roles;
    }

    /** The English label, for logs and tests; pages show {@link #textKey()} in their language. */
    public String label() {
        return label;
    }

    /** The key of the navigation text: {@code nav.work-orders}. */
    public String textKey() {
        return "nav." + href.substring(1);
    }

    public String href() {
        return href;
    }

    public boolean visibleTo(Role role) {
        return roles.contains(role);
    }
}
