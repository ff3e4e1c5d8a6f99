package com.wqs.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wqs.application.port.out.PageRequest;
import com.wqs.application.port.out.QuoteSearch;
import com.wqs.application.port.out.QuoteSummary;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteId;
import com.wqs.domain.quote.QuoteStatus;
import com.wqs.domain.shared.NotFoundException;
import com.wqs.domain.user.Actor;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Who sees which quote: SALES their own, ADMIN all, PRODUCTION everything but drafts; the rest is NOT_FOUND. */
class QuoteVisibilityTest {
    private final ServiceTestbed bed = new ServiceTestbed();
    private final Quote salesDraft = bed.draft(bed.sales);
    private final Quote salesSent = bed.sent(bed.sales);
    private final Quote otherDraft = bed.draft(bed.otherSales);
    private final Quote otherAccepted = bed.accepted(bed.otherSales);
    private final Quote adminSent = bed.sent(bed.admin);

    @Test
    void eachActorGetsExactlyTheQuotesTheyMaySee() {
        Map<Actor, Set<Quote>> visible = Map.of(
                bed.admin, Set.of(salesDraft, salesSent, otherDraft, otherAccepted, adminSent),
                bed.sales, Set.of(salesDraft, salesSent),
                bed.otherSales, Set.of(otherDraft, otherAccepted),
                bed.production, Set.of(salesSent, otherAccepted, adminSent));
        List<Quote> all = List.of(salesDraft, salesSent, otherDraft, otherAccepted, adminSent);

        for (Actor actor : bed.everyone()) {
            for (Quote quote : all) {
                if (visible.get(actor).contains(quote)) {
                    assertThat(bed.useCases.findQuotes().get(actor, quote.id()).number()).isEqualTo(quote.number());
                    assertThat(bed.useCases.findQuotes().history(actor, quote.id())).isNotNull();
                } else {
                    assertThatThrownBy(() -> bed.useCases.findQuotes().get(actor, quote.id()))
                            .as("%s reading %s", actor.role(), quote.number())
                            .isInstanceOf(NotFoundException.class);
                    assertThatThrownBy(() -> bed.useCases.findQuotes().history(actor, quote.id()))
                            .isInstanceOf(NotFoundException.class);
                    assertThatThrownBy(() -> bed.useCases.quotePdf().render(actor, quote.id(), null))
                            .isInstanceOf(NotFoundException.class);
                }
            }
            assertThat(listedIds(actor, QuoteSearch.all()))
                    .as("quotes listed for %s", actor.role())
                    .isEqualTo(visible.get(actor).stream().map(Quote::id).collect(Collectors.toSet()));
        }
    }

    @Test
    void filtersNarrowButNeverWidenWhatIsVisible() {
        QuoteSearch othersQuotes = QuoteSearch.all().withOwner(bed.otherSales.userId());
        QuoteSearch drafts = new QuoteSearch(null, QuoteStatus.DRAFT, null, null, null, null, null);

        assertThat(listedIds(bed.sales, othersQuotes)).isEmpty();
        assertThat(listedIds(bed.admin, othersQuotes)).containsExactlyInAnyOrder(otherDraft.id(), otherAccepted.id());
        assertThat(listedIds(bed.production, drafts)).isEmpty();
        assertThat(listedIds(bed.admin, drafts)).containsExactlyInAnyOrder(salesDraft.id(), otherDraft.id());
    }

    @Test
    void anUnknownIdIsNotFound() {
        assertThatThrownBy(() -> bed.useCases.findQuotes().get(bed.admin, QuoteId.newId()))
                .isInstanceOf(NotFoundException.class);
    }

    private Set<QuoteId> listedIds(Actor actor, QuoteSearch search) {
        return bed.useCases.findQuotes().list(actor, search, PageRequest.FIRST).items().stream()
                .map(QuoteSummary::id)
                .collect(Collectors.toSet());
    }
}
