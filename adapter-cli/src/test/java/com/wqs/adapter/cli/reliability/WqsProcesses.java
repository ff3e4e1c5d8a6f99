package com.wqs.adapter.cli.reliability;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The server processes a test started, killed after the test whatever its outcome (register with
 * {@code @RegisterExtension}), so a failing test never leaves a server behind.
 */
public final class WqsProcesses implements AfterEachCallback {
    private final List<WqsProcess> started = new CopyOnWriteArrayList<>();

    public WqsProcess serve(String name, Path directory, List<String> database, Map<String, String> env) {
        WqsProcess server = WqsProcess.serve(name, directory, database, env);
        started.add(server);
        return server;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        closeAll();
    }

    /** Kills every server still running (before dropping the database they use, say). */
    public void closeAll() {
        for (WqsProcess server : started) {
            server.close();
        }
        started.clear();
    }
}
