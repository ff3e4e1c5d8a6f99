package com.wqs.adapter.cli.reliability;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness itself: a server that cannot start fails the test with the tail of its log. */
class WqsProcessTest {
    @TempDir
    Path directory;

    @Test
    void aServerThatDoesNotStartFailsWithItsLog() throws Exception {
        Path notAFile = Files.createDirectory(directory.resolve("a-directory.db"));

        assertThatThrownBy(() -> WqsProcess.serve("broken", directory, List.of("--db", notAFile.toString()), Map.of()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("broken exited with 2 before it was ready; log:")
                .hasMessageContaining("is a folder, not a database file");
    }
}
