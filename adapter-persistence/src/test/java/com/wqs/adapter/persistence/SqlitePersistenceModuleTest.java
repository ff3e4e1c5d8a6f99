package com.wqs.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.wqs.adapter.persistence.security.Argon2PasswordHasher;
import com.wqs.application.port.out.CustomerRepository;
import com.wqs.application.port.out.CutListReleaseRepository;
import com.wqs.application.port.out.OffcutRepository;
import com.wqs.application.port.out.PasswordHasher;
import com.wqs.application.port.out.QuoteStatistics;
import com.wqs.application.port.out.Store;
import com.wqs.application.port.out.TransactionRunner;
import com.wqs.domain.customer.Customer;
import com.wqs.testing.CustomerBuilder;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SqlitePersistenceModuleTest {
    @RegisterExtension
    final TestDatabases.Sqlite sqlite = TestDatabases.sqlite();

    @Test
    void theSqliteModuleBindsTheStoreItsPortsAndTheHasherToOneFile() {
        Path file = sqlite.newFile();
        Injector injector = Guice.createInjector(new SqlitePersistenceModule(file));
        assertThat(file).as("creating the injector touches nothing").doesNotExist();
        SqliteStore.migrate(file);

        assertBindsOneStore(injector);
    }

    /** The store is a singleton, its ports are its own, the hasher is Argon2id. */
    static void assertBindsOneStore(Injector injector) {
        try (Store store = injector.getInstance(Store.class)) {
            assertThat(injector.getInstance(Store.class)).isSameAs(store);
            Customer customer = CustomerBuilder.aCustomer().build();
            injector.getInstance(TransactionRunner.class)
                    .run(() -> injector.getInstance(CustomerRepository.class).insert(customer));
            assertThat(store.customers().findById(customer.id())).contains(customer);
            assertThat(injector.getInstance(QuoteStatistics.class)).isSameAs(store.statistics());
            assertThat(injector.getInstance(OffcutRepository.class)).isSameAs(store.offcuts());
            assertThat(injector.getInstance(CutListReleaseRepository.class)).isSameAs(store.cutListReleases());
            assertThat(injector.getInstance(PasswordHasher.class)).isInstanceOf(Argon2PasswordHasher.class);
        }
    }
}
