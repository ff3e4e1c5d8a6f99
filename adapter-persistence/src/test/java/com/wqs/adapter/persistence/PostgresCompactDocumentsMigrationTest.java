package com.wqs.adapter.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresCompactDocumentsMigrationTest extends CompactDocumentsMigrationTest {
    @RegisterExtension
    final TestDatabases databases = TestDatabases.postgres();

    @Override
    TestDatabases databases() {
        return databases;
    }
}
