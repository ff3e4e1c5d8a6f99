package com.wqs.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wqs.application.port.in.GetQuoteStatisticsUseCase;
import com.wqs.application.port.in.GetQuoteStatisticsUseCase.Scope;
import com.wqs.application.port.out.QuoteStatisticsReport;
import com.wqs.application.port.out.QuoteSummary;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteStatus;
import com.wqs.domain.shared.ForbiddenException;
import com.wqs.domain.shared.Money;
import com.wqs.domain.shared.ValidationException;
import com.wqs.domain.user.Actor;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteStatisticsServiceTest {
    private final ServiceTestbed bed = new ServiceTestbed();
    private final GetQuoteStatisticsUseCase statistics = bed.useCases.statistics();

    @Test
    void meCountsTheActorsOwnQuotesAndAllCountsEveryonesForAnAdmin() {
        bed.accepted(bed.sales);
        bed.sent(bed.sales);
        bed.draft(bed.otherSales);

        QuoteStatisticsReport mine = statistics.statistics(bed.sales, Scope.ME, null, null);
        QuoteStatisticsReport all = statistics.statistics(bed.admin, Scope.ALL, null, null);

        assertThat(mine.totalCount()).isEqualTo(2);
        assertThat(mine.byStatus().get(QuoteStatus.ACCEPTED).count()).isEqualTo(1);
        assertThat(mine.totalValue()).isEqualTo(Money.of("10955.10"));
        assertThat(mine.recent()).extracting(QuoteSummary::ownerId).containsOnly(bed.sales.userId());
        assertThat(all.totalCount()).isEqualTo(3);
        assertThat(statistics.statistics(bed.admin, Scope.ME, null, null).totalCount()).isZero();
    }

    @Test
    void onlyAnAdminSeesEveryonesFigures() {
        for (Actor actor : List.of(bed.sales, bed.production)) {
            assertThatThrownBy(() -> statistics.statistics(actor, Scope.ALL, null, null)).isInstanceOf(ForbiddenException.class);
        }
    }

    @Test
    void aMissingScopeMeansTheActorsOwn() {
        bed.draft(bed.otherSales);

        assertThat(statistics.statistics(bed.sales, null, null, null).totalCount()).isZero();
    }

    @Test
    void datesAreWholeDaysInTheSettingsZone() {
        bed.changeSettings("Europe/Madrid", 30); // UTC+1 in March
        createdAt("2026-03-09T22:59:59Z"); // 9 March 23:59:59 in Madrid: before
        createdAt("2026-03-09T23:00:00Z"); // 10 March 00:00 in Madrid: first instant counted
        createdAt("2026-03-10T22:59:59Z"); // 10 March 23:59:59 in Madrid: last instant counted
        createdAt("2026-03-10T23:00:00Z"); // 11 March 00:00 in Madrid: after
        LocalDate day = LocalDate.of(2026, 3, 10);

        assertThat(statistics.statistics(bed.sales, Scope.ME, day, day).totalCount()).isEqualTo(2);
        assertThat(statistics.statistics(bed.sales, Scope.ME, day, null).totalCount()).isEqualTo(3);
        assertThat(statistics.statistics(bed.sales, Scope.ME, null, day).totalCount()).isEqualTo(3);
    }

    @Test
    void aPeriodEndingBeforeItStartsIsAFieldError() {
        assertThatThrownBy(() -> statistics.statistics(bed.sales, Scope.ME, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1)))
                .isInstanceOf(ValidationException.class);
    }

    private Quote createdAt(String instant) {
        bed.clock.set(Instant.parse(instant));
        return bed.draft(bed.sales);
    }
}
