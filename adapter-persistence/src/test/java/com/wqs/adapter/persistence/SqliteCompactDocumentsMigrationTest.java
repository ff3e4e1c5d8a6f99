package com.wqs.adapter.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;

class SqliteCompactDocumentsMigrationTest extends CompactDocumentsMigrationTest {
    @RegisterExtension
    final TestDatabases databases = TestDatabases.sqlite();

    @Override
    TestDatabases databases() {
        return databases;
    }
}
