package com.wqs.adapter.persistence;

import com.google.inject.Guice;
import com.google.inject.Injector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresPersistenceModuleTest {
    @RegisterExtension
    final TestDatabases.Postgres postgres = TestDatabases.postgres();

    @Test
    void thePostgresModuleBindsTheStoreItsPortsAndTheHasher() {
        String url = postgres.newSchemaUrl();
        Injector injector = Guice.createInjector(new PostgresPersistenceModule(url));
        PostgresStore.migrate(url);

        SqlitePersistenceModuleTest.assertBindsOneStore(injector);
    }
}
