package com.wqs.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles and runs the README's embedding examples exactly as written (each fenced java block after
 * an {@code <!-- embedding-example: ClassName -->} marker), in a fresh folder, as their own process.
 */
class ReadmeEmbeddingExamplesTest {
    private static final Pattern EXAMPLE =
            Pattern.compile("<!-- embedding-example: (\\w+) -->\\s*```java\\n(.*?)\\n```", Pattern.DOTALL);

    @TempDir
    Path dir;

    @Test
    void theReadmesEmbeddingExamplesCompileAndRun() throws Exception {
        Map<String, String> examples = examples(Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8));
        assertThat(examples).containsOnlyKeys("EmbedWqs", "EmbedWqsWithGuice", "EmbedLayouts");

        assertThat(compileAndRun("EmbedWqs", examples.get("EmbedWqs"))).contains("Created customer ACME Ltd");
        assertThat(compileAndRun("EmbedWqsWithGuice", examples.get("EmbedWqsWithGuice"))).contains("Prices in USD");
        // 1500 x 1200 in two equal leaves, 30 mm off each way: 2 x 0.8424 m² at 120.00/m², 5 % glass waste
        assertThat(compileAndRun("EmbedLayouts", examples.get("EmbedLayouts")))
                .contains("Pane A: 720 x 1170 mm", "Pane B: 720 x 1170 mm", "2 cells, glass 212.28");
    }

    private String compileAndRun(String className, String source) throws IOException, InterruptedException {
        Path work = Files.createDirectories(dir.resolve(className));
        Path file = work.resolve(className + ".java");
        Files.writeString(file, source, StandardCharsets.UTF_8);
        String classpath = System.getProperty("java.class.path");
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int compiled = compiler.run(null, null, null, "-classpath", classpath, "-d", work.toString(), file.toString());
        assertThat(compiled).as("javac " + className).isZero();

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-cp", work + File.pathSeparator + classpath,
                className))
                .directory(work.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(className + " finished").isTrue();
        assertThat(process.exitValue()).as(className + " output:\n" + output).isZero();
        assertThat(work.resolve("shop.db")).exists();
        return output;
    }

    private static Map<String, String> examples(String readme) {
        Map<String, String> examples = new LinkedHashMap<>();
        Matcher matcher = EXAMPLE.matcher(readme);
        while (matcher.find()) {
            examples.put(matcher.group(1), matcher.group(2));
        }
        return examples;
    }
}
