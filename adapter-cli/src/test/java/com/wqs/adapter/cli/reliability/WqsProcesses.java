package com.wqs.adapter.cli.reliability;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The server processes a test started, and the PostgreSQL schemas it made for them: after the test,
 * whatever its outcome, the servers are killed and then the schemas dropped (register with
 * {@code @RegisterExtension}), so a failing test leaves nothing behind.
 */
public final class WqsProcesses implements AfterEachCallback {
    private final List<WqsProcess> started = new CopyOnWriteArrayList<>();
    private final List<PostgresSchema> schemas = new CopyOnWriteArrayList<>();

    public WqsProcess serve(String name, Path directory, List<String> database, Map<String, String> env) {
        WqsProcess server = WqsProcess.serve(name, directory, database, env);
        started.add(server);
        return server;
    }

    /** A new PostgreSQL schema for this test's servers (skips the test when no PostgreSQL is configured). */
    public PostgresSchema postgresSchema() {
        PostgresSchema schema = PostgresSchema.create();
        schemas.add(schema);
        return schema;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        for (WqsProcess server : started) {
            server.close();
        }
        started.clear();
        for (PostgresSchema schema : schemas) {
            schema.drop();
        }
        schemas.clear();
    }
}
