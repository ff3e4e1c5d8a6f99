package com.wqs.adapter.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.application.port.out.Page;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PagerTest {
    @Test
    void aMiddlePageLinksBothWaysKeepingTheFilters() {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("status", "SENT");
        filters.put("q", "acme & sons");
        filters.put("customer", "");

        Pager pager = Pager.of(new Page<>(Collections.nCopies(25, "x"), 60, 2, 25), "/quotes", filters);

        assertThat(pager.previousHref()).isEqualTo("/quotes?status=SENT&q=acme+%26+sons");
        assertThat(pager.nextHref()).isEqualTo("/quotes?status=SENT&q=acme+%26+sons&page=3");
        assertThat(pager.totalPages()).isEqualTo(3);
        assertThat(pager.firstItem()).isEqualTo(26);
        assertThat(pager.lastItem()).isEqualTo(50);
    }

    @Test
    void anEmptyListIsOnePageWithoutLinks() {
        Pager pager = Pager.of(new Page<>(List.of(), 0, 1, 25), "/quotes", Map.of());

        assertThat(pager.previousHref()).isNull();
        assertThat(pager.nextHref()).isNull();
        assertThat(pager.totalPages()).isEqualTo(1);
        assertThat(pager.firstItem()).isZero();
        assertThat(pager.lastItem()).isZero();
    }
}
