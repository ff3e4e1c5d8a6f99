package com.wqs.domain.user;

import com.wqs.domain.quote.QuoteStatus;

/**
 * Who may see and do what (PRODUCT.md §2, "Users, roles, visibility"), independent of any transport.
 * A "see" rule that fails must surface as NOT_FOUND, so a record's existence is not revealed.
 */
public final class AccessPolicy {
    private AccessPolicy() {
    }

    /** SALES see their own quotes, ADMIN all, PRODUCTION every quote but drafts. */
    public static boolean canSeeQuote(Actor actor, UserId owner, QuoteStatus status) {
        return switch (actor.role()) {
            case ADMIN -> true;
            case SALES -> actor.userId().equals(owner);
            case PRODUCTION -> status != QuoteStatus.DRAFT;
        };
    }

    /** Editing, transitions and conversion: the owner (ADMIN or SALES) or any ADMIN. */
    public static boolean canActOnQuote(Actor actor, UserId owner) {
        return actor.isAdmin() || (actor.role() == Role.SALES && actor.userId().equals(owner));
    }

    public static boolean canCreateQuotes(Actor actor) {
        return actor.role() == Role.ADMIN || actor.role() == Role.SALES;
    }

    /** Whether the actor's quote lists are limited to their own quotes. */
    public static boolean seesOnlyOwnQuotes(Actor actor) {
        return actor.role() == Role.SALES;
    }

    /** Whether any draft is visible to the actor at all (PRODUCTION never sees drafts). */
    public static boolean seesDrafts(Actor actor) {
        return actor.role() != Role.PRODUCTION;
    }

    public static boolean canSeeWorkOrder(Actor actor, UserId quoteOwner) {
        return switch (actor.role()) {
            case ADMIN, PRODUCTION -> true;
            case SALES -> actor.userId().equals(quoteOwner);
        };
    }

    public static boolean canChangeWorkOrders(Actor actor) {
        return actor.role() == Role.ADMIN || actor.role() == Role.PRODUCTION;
    }

    public static boolean canWriteCustomers(Actor actor) {
        return actor.role() == Role.ADMIN || actor.role() == Role.SALES;
    }

    public static boolean canManageCatalog(Actor actor) {
        return actor.isAdmin();
    }

    public static boolean canManageUsers(Actor actor) {
        return actor.isAdmin();
    }

    public static boolean canManageSettings(Actor actor) {
        return actor.isAdmin();
    }

    public static boolean canSeeEveryonesStatistics(Actor actor) {
        return actor.isAdmin();
    }
}
