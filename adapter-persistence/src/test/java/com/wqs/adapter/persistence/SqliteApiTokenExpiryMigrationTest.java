package com.wqs.adapter.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;

class SqliteApiTokenExpiryMigrationTest extends ApiTokenExpiryMigrationTest {
    @RegisterExtension
    final TestDatabases databases = TestDatabases.sqlite();

    @Override
    TestDatabases databases() {
        return databases;
    }
}
