package com.wqs.adapter.persistence.contract;

import com.wqs.adapter.persistence.TestDatabases;
import com.wqs.application.port.out.Store;
import com.wqs.application.port.out.contract.CustomerLinkRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresCustomerLinkRepositoryContractTest extends CustomerLinkRepositoryContract {
    @RegisterExtension
    final TestDatabases databases = TestDatabases.postgres();

    @Override
    protected Store newStore() {
        return databases.newStore();
    }
}
