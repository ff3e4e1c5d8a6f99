package com.wqs.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.adapter.cli.ReadmeBlocks.Block;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's shell blocks run as written, in order (see {@link ReadmeBlocks} for which run): each with
 * {@code bash -eo pipefail} (the failing command named with its README line) in one fresh folder that has {@code ./wqs} (the repository's launcher, running the
 * jar this build made) and no database yet, so the files one block writes are there for the next. A block
 * that exits non-zero fails the test with its line in the README and its output.
 *
 * <p>The environment is the test's without any {@code WQS_*} variable, except {@code WQS_JAR} (the jar under
 * test) and {@code WQS_PORT} (a free port, for the block that starts {@code serve} in the background). Each
 * block runs in its own process group, which is ended afterwards, so a server a failed block left running
 * does not outlive it.
 */
class ReadmeCommandsIT {
    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    /** Runs the block ({@code $0}) as written; the command that fails is named with its line in the README. */
    private static final String NAME_FAILED_LINE = "trap 'echo \"README.md line $((README_FENCE_LINE + LINENO)) "
            + "exited $?: $BASH_COMMAND\" >&2' ERR; . \"$0\"";

    @TempDir
    Path dir;

    @Test
    void everyShellBlockOfTheReadmeRunsAsWrittenOnAFreshDatabase() throws Exception {
        ReadmeBlocks readme = ReadmeBlocks.parse(Files.readString(REPOSITORY.resolve("README.md"),
                StandardCharsets.UTF_8));
        List<Block> blocks = readme.runnable();
        assertThat(blocks).isNotEmpty();
        Files.createSymbolicLink(dir.resolve("wqs"), REPOSITORY.resolve("wqs"));
        int port = freePort();

        for (Block block : blocks) {
            Path script = dir.resolve("readme-line-" + block.line() + ".sh");
            Files.writeString(script, block.text(), StandardCharsets.UTF_8);
            Path log = dir.resolve("readme-line-" + block.line() + ".log");
            ProcessBuilder builder = new ProcessBuilder("setsid", "bash", "-eo", "pipefail", "-c", NAME_FAILED_LINE,
                    script.toString())
                    .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
            Map<String, String> env = builder.environment();
            env.keySet().removeIf(name -> name.startsWith("WQS_"));
            String jar = System.getProperty("wqs.jar");
            if (jar != null) {
                env.put("WQS_JAR", jar);
            }
            env.put("WQS_PORT", Integer.toString(port));
            env.put("README_FENCE_LINE", Integer.toString(block.line()));
            Process process = builder.start();
            boolean ended;
            try {
                ended = process.waitFor(10, TimeUnit.MINUTES);
            } finally {
                endProcessGroup(process.pid());
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertThat(ended).as("README.md line %d: the block did not end within 10 minutes; output:%n%s",
                    block.line(), output).isTrue();
            assertThat(process.exitValue()).as("README.md line %d: the ```%s block exited %d; output:%n%s",
                    block.line(), block.language(), process.exitValue(), output).isZero();
        }
        assertThat(dir.resolve("shop.db")).exists();
        assertThat(dir.resolve("quote.pdf")).exists();
    }

    /** SIGKILL to what is left of the block's process group (setsid made the block's pid its id). */
    private static void endProcessGroup(long pid) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-KILL", "--", "-" + pid).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        kill.waitFor(1, TimeUnit.MINUTES);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
