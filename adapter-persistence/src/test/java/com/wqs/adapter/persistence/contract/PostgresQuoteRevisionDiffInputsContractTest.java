package com.wqs.adapter.persistence.contract;

import com.wqs.adapter.persistence.TestDatabases;
import com.wqs.application.port.out.Store;
import com.wqs.application.port.out.contract.QuoteRevisionDiffInputsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresQuoteRevisionDiffInputsContractTest extends QuoteRevisionDiffInputsContract {
    @RegisterExtension
    final TestDatabases databases = TestDatabases.postgres();

    @Override
    protected Store newStore() {
        return databases.newStore();
    }
}
