package com.wqs.adapter.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;

class SqliteLineOptionDocumentsTest extends LineOptionDocumentsTest {
    @RegisterExtension
    final TestDatabases databases = TestDatabases.sqlite();

    @Override
    TestDatabases databases() {
        return databases;
    }
}
