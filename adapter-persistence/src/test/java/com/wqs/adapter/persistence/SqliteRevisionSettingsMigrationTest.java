package com.wqs.adapter.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;

class SqliteRevisionSettingsMigrationTest extends RevisionSettingsMigrationTest {
    @RegisterExtension
    final TestDatabases databases = TestDatabases.sqlite();

    @Override
    TestDatabases databases() {
        return databases;
    }
}
