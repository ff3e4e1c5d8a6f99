package com.wqs.adapter.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresDailySummaryBackfillTest extends DailySummaryBackfillTest {
    @RegisterExtension
    final TestDatabases databases = TestDatabases.postgres();

    @Override
    TestDatabases databases() {
        return databases;
    }
}
