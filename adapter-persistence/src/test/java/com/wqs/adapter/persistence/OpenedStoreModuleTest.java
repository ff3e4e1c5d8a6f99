package com.wqs.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.wqs.application.port.out.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OpenedStoreModuleTest {
    @RegisterExtension
    final TestDatabases.Sqlite sqlite = TestDatabases.sqlite();

    @Test
    void bindsTheStoreItWasGivenAndItsPorts() {
        JdbiStore opened = SqliteStore.openAndMigrate(sqlite.newFile());
        Injector injector = Guice.createInjector(new OpenedStoreModule(opened));

        assertThat(injector.getInstance(Store.class)).isSameAs(opened);
        SqlitePersistenceModuleTest.assertBindsOneStore(injector);
    }
}
