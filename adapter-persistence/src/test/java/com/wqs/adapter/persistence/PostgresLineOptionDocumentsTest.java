package com.wqs.adapter.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresLineOptionDocumentsTest extends LineOptionDocumentsTest {
    @RegisterExtension
    final TestDatabases databases = TestDatabases.postgres();

    @Override
    TestDatabases databases() {
        return databases;
    }
}
