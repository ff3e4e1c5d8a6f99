package com.wqs.application.inmemory;

import com.wqs.application.port.out.ApiToken;
import com.wqs.application.port.out.Session;
import com.wqs.domain.catalog.LaborRate;
import com.wqs.domain.catalog.Material;
import com.wqs.domain.catalog.MaterialId;
import com.wqs.domain.catalog.Product;
import com.wqs.domain.catalog.ProductId;
import com.wqs.domain.catalog.Settings;
import com.wqs.domain.catalog.WindowType;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.customer.CustomerId;
import com.wqs.domain.cutting.Offcut;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.QuoteId;
import com.wqs.domain.user.ApiTokenId;
import com.wqs.domain.user.User;
import com.wqs.domain.user.UserId;
import com.wqs.domain.workorder.CutListRelease;
import com.wqs.domain.workorder.WorkOrder;
import com.wqs.domain.workorder.WorkOrderId;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every row of the in-memory store. Values are immutable, or private copies that are never mutated
 * once stored (quotes and work orders), so a shallow copy of the maps is a complete snapshot.
 * Only touched while holding the {@link InMemoryDatabase} lock.
 */
final class Tables {
    final Map<QuoteId, Quote> quotes = new HashMap<>();
    final Map<WorkOrderId, WorkOrder> workOrders = new HashMap<>();
    final Map<CustomerId, Customer> customers = new HashMap<>();
    final Map<MaterialId, Material> materials = new HashMap<>();
    final Map<ProductId, Product> products = new HashMap<>();
    final Map<WindowType, LaborRate> laborRates = new EnumMap<>(WindowType.class);
    final Map<UserId, User> users = new HashMap<>();
    final Map<String, Session> sessions = new HashMap<>();
    final Map<ApiTokenId, ApiToken> apiTokens = new HashMap<>();
    /** Failure times per key; each list is replaced, never mutated. */
    final Map<String, List<Instant>> loginFailures = new HashMap<>();
    /** Last allocated number per series and year, keyed as {@code SERIES/year}. */
    final Map<String, Long> counters = new HashMap<>();
    final Map<Long, Offcut> offcuts = new HashMap<>();
    final Map<Long, CutListRelease> cutListReleases = new HashMap<>();
    /** The last id given per sequence ({@code offcut}, {@code cut_list_release}); rolled back with the rest. */
    final Map<String, Long> sequences = new HashMap<>();
    final Map<java.util.UUID, com.wqs.domain.delivery.CustomerLink> customerLinks = new HashMap<>();
    /** PDF bytes per link id; each array is stored once and never mutated. */
    final Map<java.util.UUID, byte[]> linkPdfs = new HashMap<>();
    final Map<java.util.UUID, com.wqs.domain.delivery.OutboxMail> outbox = new HashMap<>();
    /** Null until settings are saved. */
    Settings settings;

    /** The next id of the sequence, from 1. */
    long nextId(String sequence) {
        return sequences.merge(sequence, 1L, Long::sum);
    }

    Tables copy() {
        Tables copy = new Tables();
        copy.restoreFrom(this);
        return copy;
    }

    void restoreFrom(Tables source) {
        replace(quotes, source.quotes);
        replace(workOrders, source.workOrders);
        replace(customers, source.customers);
        replace(materials, source.materials);
        replace(products, source.products);
        replace(laborRates, source.laborRates);
        replace(users, source.users);
        replace(sessions, source.sessions);
        replace(apiTokens, source.apiTokens);
        replace(loginFailures, source.loginFailures);
        replace(counters, source.counters);
        replace(offcuts, source.offcuts);
        replace(cutListReleases, source.cutListReleases);
        replace(sequences, source.sequences);
        replace(customerLinks, source.customerLinks);
        replace(linkPdfs, source.linkPdfs);
        replace(outbox, source.outbox);
        settings = source.settings;
    }

    private static <K, V> void replace(Map<K, V> target, Map<K, V> source) {
        target.clear();
        target.putAll(source);
    }
}
