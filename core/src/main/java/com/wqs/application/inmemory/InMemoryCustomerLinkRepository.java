package com.wqs.application.inmemory;

import com.wqs.application.port.out.CustomerLinkRepository;
import com.wqs.domain.delivery.CustomerLink;
import com.wqs.domain.delivery.CustomerResponse;
import com.wqs.domain.quote.QuoteId;
import com.wqs.domain.shared.ConflictException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

final class InMemoryCustomerLinkRepository implements CustomerLinkRepository {
    private final InMemoryDatabase database;

    InMemoryCustomerLinkRepository(InMemoryDatabase database) {
        this.database = database;
    }

    @Override
    public void insert(CustomerLink link, byte[] pdf) {
        database.write(tables -> {
            if (tables.customerLinks.containsKey(link.id()) || tables.customerLinks.values().stream()
                    .anyMatch(l -> l.tokenHash().equals(link.tokenHash()))) {
                throw new ConflictException("customer_link.duplicate", "a customer link with this id or token exists");
            }
            tables.customerLinks.put(link.id(), new CustomerLink(link.id(), link.quoteId(), link.revision(),
                    link.tokenHash(), link.csrfToken(), link.pdfSha256(), link.createdAt(), null, null));
            tables.linkPdfs.put(link.id(), pdf.clone());
        });
    }

    @Override
    public Optional<CustomerLink> findByTokenHash(String tokenHash) {
        return database.read(tables -> tables.customerLinks.values().stream()
                .filter(l -> l.tokenHash().equals(tokenHash)).findFirst());
    }

    @Override
    public Optional<CustomerLink> findLatestForQuote(QuoteId quoteId) {
        return database.read(tables -> tables.customerLinks.values().stream()
                .filter(l -> l.quoteId().equals(quoteId))
                .max(Comparator.comparingInt(CustomerLink::revision).thenComparing(CustomerLink::createdAt)));
    }

    @Override
    public Optional<byte[]> pdf(UUID linkId) {
        return database.read(tables -> Optional.ofNullable(tables.linkPdfs.get(linkId)).map(byte[]::clone));
    }

    @Override
    public void replaceToken(UUID linkId, String newTokenHash) {
        database.write(tables -> tables.customerLinks.computeIfPresent(linkId, (id, l) -> new CustomerLink(l.id(),
                l.quoteId(), l.revision(), newTokenHash, l.csrfToken(), l.pdfSha256(), l.createdAt(), l.revocation(),
                l.response())));
    }

    @Override
    public int revokeForQuote(QuoteId quoteId, CustomerLink.Revocation revocation) {
        return database.writeAndGet(tables -> {
            int revoked = 0;
            for (CustomerLink l : List.copyOf(tables.customerLinks.values())) {
                if (l.quoteId().equals(quoteId) && l.revocation() == null) {
                    tables.customerLinks.put(l.id(), new CustomerLink(l.id(), l.quoteId(), l.revision(), l.tokenHash(),
                            l.csrfToken(), l.pdfSha256(), l.createdAt(), revocation, l.response()));
                    revoked++;
                }
            }
            return revoked;
        });
    }

    @Override
    public boolean recordResponse(UUID linkId, CustomerResponse response) {
        return database.writeAndGet(tables -> {
            CustomerLink l = tables.customerLinks.get(linkId);
            if (l == null || l.response() != null) {
                return false;
            }
            tables.customerLinks.put(linkId, new CustomerLink(l.id(), l.quoteId(), l.revision(), l.tokenHash(),
                    l.csrfToken(), l.pdfSha256(), l.createdAt(), l.revocation(), response));
            return true;
        });
    }

    @Override
    public List<CustomerLink> findRespondedSince(Instant since, int limit) {
        return database.read(tables -> tables.customerLinks.values().stream()
                .filter(l -> l.response() != null && !l.response().at().isBefore(since))
                .sorted(Comparator.comparing((CustomerLink l) -> l.response().at()).reversed())
                .limit(limit)
                .toList());
    }
}
