package com.wqs.application.port.in;

import com.wqs.application.port.out.QuoteStatisticsReport;
import com.wqs.domain.user.Actor;
import java.time.LocalDate;

/** The dashboard figures for the actor's own quotes, or for everyone (ADMIN only, else FORBIDDEN). */
public interface GetQuoteStatisticsUseCase {
    enum Scope {
        ME,
        ALL
    }

    /** {@code from}/{@code to} optional, inclusive dates in the configured zone. */
    QuoteStatisticsReport statistics(Actor actor, Scope scope, LocalDate from, LocalDate to);
}
