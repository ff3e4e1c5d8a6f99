package com.wqs.application.service;

import com.wqs.application.port.in.GetQuoteStatisticsUseCase;
import com.wqs.application.port.out.QuoteStatisticsReport;
import com.wqs.application.port.out.StatisticsQuery;
import com.wqs.application.port.out.Store;
import com.wqs.domain.catalog.Settings;
import com.wqs.domain.shared.ValidationException;
import com.wqs.domain.user.AccessPolicy;
import com.wqs.domain.user.Actor;
import com.wqs.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The dashboard figures, computed by the store's {@code QuoteStatistics} port. The inclusive dates
 * become instants in the settings' zone: [from 00:00, the day after to 00:00).
 */
public final class QuoteStatisticsService implements GetQuoteStatisticsUseCase {
    private final Store store;
    private final Clock clock;

    public QuoteStatisticsService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public QuoteStatisticsReport statistics(Actor actor, Scope scope, LocalDate from, LocalDate to) {
        UserId owner = ownerFor(actor, scope == null ? Scope.ME : scope);
        if (from != null && to != null && to.isBefore(from)) {
            throw new ValidationException("to", "must not be before from");
        }
        return store.transactions().readOnly(() -> {
            Settings settings = store.settings().get();
            ZoneId zone = settings.zone();
            Instant start = from == null ? null : from.atStartOfDay(zone).toInstant();
            Instant end = to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
            return store.statistics().compute(new StatisticsQuery(owner, start, end, clock.instant(), zone));
        });
    }

    private static UserId ownerFor(Actor actor, Scope scope) {
        if (scope == Scope.ME) {
            return actor.userId();
        }
        Access.require(AccessPolicy.canSeeEveryonesStatistics(actor), "only ADMIN sees everyone's statistics");
        return null;
    }
}
