package com.wqs.adapter.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresApiTokenExpiryMigrationTest extends ApiTokenExpiryMigrationTest {
    @RegisterExtension
    final TestDatabases databases = TestDatabases.postgres();

    @Override
    TestDatabases databases() {
        return databases;
    }
}
