package com.wqs.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wqs.application.port.out.CustomerLinkRepository;
import com.wqs.domain.delivery.CustomerLink;
import com.wqs.domain.delivery.CustomerLink.Revocation;
import com.wqs.domain.delivery.CustomerResponse;
import com.wqs.domain.delivery.CustomerResponse.Decision;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.shared.ConflictException;
import com.wqs.testing.QuoteBuilder;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of {@link CustomerLinkRepository}. */
public abstract class CustomerLinkRepositoryContract extends StoreContract {
    private static final byte[] PDF = "%PDF-1.7 fake but exact \u0000\u00ff bytes".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    private Quote quote;

    private CustomerLinkRepository links() {
        return store.customerLinks();
    }

    @BeforeEach
    void givenASentQuote() {
        quote = givenQuote(QuoteBuilder.aQuote().sent());
    }

    @Test
    void insertedLinkIsFoundByTokenHashAndItsPdfIsKeptByteForByte() {
        CustomerLink link = link(1, NOW);

        links().insert(link, PDF);

        assertThat(links().findByTokenHash(link.tokenHash())).contains(link);
        assertThat(links().findByTokenHash("f".repeat(64))).isEmpty();
        assertThat(links().pdf(link.id())).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(PDF));
        assertThat(links().pdf(UUID.randomUUID())).isEmpty();
    }

    @Test
    void aDuplicateTokenHashIsAConflict() {
        CustomerLink link = link(1, NOW);
        links().insert(link, PDF);
        CustomerLink sameToken = new CustomerLink(UUID.randomUUID(), quote.id(), 2, link.tokenHash(), "csrf", "ab",
                NOW, null, null);

        assertThatThrownBy(() -> links().insert(sameToken, PDF)).isInstanceOf(ConflictException.class);
    }

    @Test
    void latestForQuoteIsTheNewestRevisionsLink() {
        CustomerLink first = link(1, NOW);
        CustomerLink second = link(2, NOW.plusSeconds(60));
        links().insert(first, PDF);
        links().insert(second, PDF);

        assertThat(links().findLatestForQuote(quote.id())).contains(second);
        assertThat(links().findLatestForQuote(givenQuote(QuoteBuilder.aQuote()).id())).isEmpty();
    }

    @Test
    void replacingTheTokenRetiresTheOldOne() {
        CustomerLink link = link(1, NOW);
        links().insert(link, PDF);
        String newHash = hash();

        links().replaceToken(link.id(), newHash);

        assertThat(links().findByTokenHash(link.tokenHash())).isEmpty();
        assertThat(links().findByTokenHash(newHash)).hasValueSatisfying(found -> {
            assertThat(found.id()).isEqualTo(link.id());
            assertThat(found.csrfToken()).isEqualTo(link.csrfToken());
        });
    }

    @Test
    void revokeMarksEveryUnrevokedLinkOfTheQuoteOnce() {
        CustomerLink link = link(1, NOW);
        links().insert(link, PDF);
        Revocation replaced = new Revocation(Revocation.Reason.REPLACED, 2, NOW.plusSeconds(5));

        assertThat(links().revokeForQuote(quote.id(), replaced)).isEqualTo(1);
        assertThat(links().revokeForQuote(quote.id(), new Revocation(Revocation.Reason.CANCELLED, 0, NOW.plusSeconds(9))))
                .isZero();

        assertThat(links().findByTokenHash(link.tokenHash()).orElseThrow().revoked()).contains(replaced);
    }

    @Test
    void aResponseIsRecordedOnlyOnce() {
        CustomerLink link = link(1, NOW);
        links().insert(link, PDF);
        CustomerResponse accepted = new CustomerResponse(Decision.ACCEPTED, 1, "Ana Gómez", "", NOW.plusSeconds(30),
                "203.0.113.9", "Mozilla/5.0 (Phone)", link.pdfSha256());
        CustomerResponse rejected = new CustomerResponse(Decision.REJECTED, 1, "", "too dear", NOW.plusSeconds(31),
                "203.0.113.9", "Mozilla/5.0", link.pdfSha256());

        assertThat(links().recordResponse(link.id(), accepted)).isTrue();
        assertThat(links().recordResponse(link.id(), rejected)).isFalse();

        assertThat(links().findByTokenHash(link.tokenHash()).orElseThrow().responded()).contains(accepted);
    }

    @Test
    void respondedSinceListsAnswersNewestFirst() {
        CustomerLink old = link(1, NOW);
        CustomerLink recent = link(2, NOW);
        CustomerLink unanswered = link(3, NOW);
        links().insert(old, PDF);
        links().insert(recent, PDF);
        links().insert(unanswered, PDF);
        links().recordResponse(old.id(), response(NOW.minus(Duration.ofDays(20)), old));
        links().recordResponse(recent.id(), response(NOW.plusSeconds(1), recent));

        assertThat(links().findRespondedSince(NOW.minus(Duration.ofDays(14)), 10)).extracting(CustomerLink::id)
                .containsExactly(recent.id());
        assertThat(links().findRespondedSince(NOW.minus(Duration.ofDays(30)), 10)).extracting(CustomerLink::id)
                .containsExactly(recent.id(), old.id());
        assertThat(links().findRespondedSince(NOW.minus(Duration.ofDays(30)), 1)).hasSize(1);
    }

    private static CustomerResponse response(java.time.Instant at, CustomerLink link) {
        return new CustomerResponse(Decision.ACCEPTED, link.revision(), "Buyer", "", at, "198.51.100.1", "UA",
                link.pdfSha256());
    }

    private CustomerLink link(int revision, java.time.Instant createdAt) {
        return new CustomerLink(UUID.randomUUID(), quote.id(), revision, hash(), "csrf-" + UUID.randomUUID(), hash(),
                createdAt, null, null);
    }

    private static String hash() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
    }
}
