package com.wqs.application.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.application.port.out.NumberAllocator.Series;
import com.wqs.application.port.out.Store;
import org.junit.jupiter.api.Test;

class InMemoryStoreTest {

    @Test
    void readyUntilClosed() {
        Store store = new InMemoryStore();
        assertThat(store.isReady()).isTrue();

        store.close();

        assertThat(store.isReady()).isFalse();
    }

    @Test
    void storesAreIndependent() {
        Store first = new InMemoryStore();
        Store second = new InMemoryStore();

        first.numbers().next(Series.QUOTE, 2026);

        assertThat(second.numbers().next(Series.QUOTE, 2026))
                .isEqualTo(1);
    }
}
