package com.wqs.domain.quote;

import static com.wqs.domain.quote.QuoteStatus.ACCEPTED;
import static com.wqs.domain.quote.QuoteStatus.CANCELLED;
import static com.wqs.domain.quote.QuoteStatus.CONVERTED;
import static com.wqs.domain.quote.QuoteStatus.DRAFT;
import static com.wqs.domain.quote.QuoteStatus.EXPIRED;
import static com.wqs.domain.quote.QuoteStatus.REJECTED;
import static com.wqs.domain.quote.QuoteStatus.SENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wqs.domain.catalog.Settings;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.shared.ErrorKind;
import com.wqs.domain.shared.StatusChange;
import com.wqs.domain.user.UserId;
import com.wqs.testing.CustomerBuilder;
import com.wqs.testing.TransitionTable;
import com.wqs.testing.QuoteBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every (from, to) pair of the quote lifecycle, driven through the aggregate's verbs: the allowed
 * ones (PRODUCT.md §2, written out here rather than read from {@link QuoteStatus#next()}) succeed and
 * are recorded; every other one is a CONFLICT that changes nothing. Expiry is the one verb that does
 * not throw: it is run by a job, and for a quote that may not expire it does nothing.
 */
class QuoteStatusTransitionsTest {
    private static final Map<QuoteStatus, Set<QuoteStatus>> ALLOWED = Map.of(
            DRAFT, Set.of(SENT, CANCELLED),
            SENT, Set.of(ACCEPTED, REJECTED, EXPIRED, DRAFT, CANCELLED),
            ACCEPTED, Set.of(CONVERTED),
            REJECTED, Set.of(DRAFT),
            EXPIRED, Set.of(DRAFT),
            CONVERTED, Set.of(),
            CANCELLED, Set.of());

    private static final UserId BY = UserId.newId();
    private static final ZoneId ZONE = ZoneOffset.UTC;
    private static final LocalDate VALID_UNTIL = LocalDate.of(2026, 4, 1);
    /** Within the validity: accepting is possible, expiring is not due. */
    private static final Instant DURING_VALIDITY = Instant.parse("2026-03-20T12:00:00Z");
    /** After the validity: the moment the expiry job runs. */
    private static final Instant AFTER_VALIDITY = Instant.parse("2026-04-02T00:00:00Z");

    private final Customer customer = CustomerBuilder.aCustomer().build();

    static Stream<Arguments> allowedPairs() {
        return TransitionTable.pairs(QuoteStatus.class, ALLOWED, true);
    }

    static Stream<Arguments> forbiddenPairs() {
        return TransitionTable.pairs(QuoteStatus.class, ALLOWED, false);
    }

    @ParameterizedTest(name = "{0} -> {1} is allowed")
    @MethodSource("allowedPairs")
    void allowedTransitionsSucceedAndAreRecorded(QuoteStatus from, QuoteStatus to) {
        Quote quote = quoteIn(from);
        int historyBefore = quote.history().size();

        boolean moved = move(quote, to);

        assertThat(moved).isTrue();
        assertThat(quote.status()).isEqualTo(to);
        assertThat(quote.history()).hasSize(historyBefore + 1);
        StatusChange<QuoteStatus> change = quote.history().get(historyBefore);
        assertThat(change.from()).isEqualTo(from);
        assertThat(change.to()).isEqualTo(to);
        assertThat(change.by()).isEqualTo(BY.value());
    }

    @ParameterizedTest(name = "{0} -> {1} is forbidden")
    @MethodSource("forbiddenPairs")
    void forbiddenTransitionsAreConflictsAndChangeNothing(QuoteStatus from, QuoteStatus to) {
        Quote quote = quoteIn(from);
        List<StatusChange<QuoteStatus>> historyBefore = quote.history();
        int revisionBefore = quote.revision();

        if (to == EXPIRED) {
            assertThat(quote.expireIfDue(BY, AFTER_VALIDITY, ZONE)).isFalse();
        } else {
            assertThatThrownBy(() -> move(quote, to))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT));
        }
        assertThat(quote.status()).isEqualTo(from);
        assertThat(quote.history()).isEqualTo(historyBefore);
        assertThat(quote.revision()).isEqualTo(revisionBefore);
    }


    private Quote quoteIn(QuoteStatus status) {
        return QuoteBuilder.aQuote().customer(customer).validUntil(VALID_UNTIL).status(status).build();
    }

    /** Moves the quote to {@code target} with the verb meant for it. */
    private boolean move(Quote quote, QuoteStatus target) {
        switch (target) {
            case DRAFT -> quote.revise(BY, DURING_VALIDITY);
            case SENT -> quote.send(customer, Settings.defaults(), VALID_UNTIL, BY, DURING_VALIDITY);
            case ACCEPTED -> quote.accept(BY, DURING_VALIDITY, ZONE);
            case REJECTED -> quote.reject("too expensive", BY, DURING_VALIDITY);
            case EXPIRED -> {
                return quote.expireIfDue(BY, AFTER_VALIDITY, ZONE);
            }
            case CONVERTED -> quote.markConverted("WO-2026-00001", BY, DURING_VALIDITY);
            case CANCELLED -> quote.cancel("withdrawn", BY, DURING_VALIDITY);
        }
        return true;
    }
}
