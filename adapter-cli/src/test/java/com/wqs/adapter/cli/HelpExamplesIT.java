package com.wqs.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Every example in every command's {@code --help} (the lines under "Examples:", each {@code wqs ...}) runs as
 * written, with bash, against the demo data ({@code wqs demo} first), in help order, and exits 0. The
 * examples name no database: {@code $WQS_DB} points at the demo's file, as it would for a person trying them.
 */
class HelpExamplesIT {
    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void everyHelpExampleRunsAgainstTheDemoData() throws Exception {
        List<String> examples = new ArrayList<>();
        collect(Main.commandLine(context(), new GlobalOptions()), examples);
        assertThat(examples).as("commands with examples").hasSizeGreaterThanOrEqualTo(20)
                .contains("wqs catalog export --materials", "wqs demo");

        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("wqs"), REPOSITORY.resolve("wqs"));
        run("wqs demo", bin);
        for (String example : examples) {
            run(example, bin);
        }
        assertThat(dir.resolve("materials.csv")).exists();
    }

    private void run(String example, Path bin) throws Exception {
        Path log = dir.resolve("example.log");
        ProcessBuilder builder = new ProcessBuilder("bash", "-eo", "pipefail", "-c", example).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("WQS_"));
        env.put("PATH", bin + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("WQS_DB", dir.resolve("demo.db").toString());
        String jar = System.getProperty("wqs.jar");
        if (jar != null) {
            env.put("WQS_JAR", jar);
        }
        Process process = builder.start();
        boolean ended = process.waitFor(5, TimeUnit.MINUTES);
        if (!ended) {
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(ended).as("%s did not end; output:%n%s", example, output).isTrue();
        assertThat(process.exitValue()).as("%s exited %d; output:%n%s", example, process.exitValue(), output).isZero();
    }

    /** The example lines of {@code command}'s help footer and of all its subcommands', in help order. */
    static void collect(CommandLine command, List<String> into) {
        boolean examples = false;
        for (String line : command.getCommandSpec().usageMessage().footer()) {
            if (line.equals("Examples:")) {
                examples = true;
            } else if (examples && line.startsWith("  wqs ")) {
                into.add(line.strip());
            } else {
                examples = false;
            }
        }
        command.getSubcommands().values().forEach(sub -> collect(sub, into));
    }

    private static CliContext context() {
        return new CliContext(new GlobalOptions(), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), Map.of(), false);
    }
}
