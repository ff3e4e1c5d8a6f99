package com.wqs.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wqs.adapter.cli.ReadmeBlocks.Block;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** How {@link ReadmeBlocks} reads fenced blocks, and that the README keeps its convention. */
class ReadmeBlocksTest {
    @Test
    void shellBlocksRunUnlessMarkedAndIndentedBlocksLoseTheirIndentation() {
        ReadmeBlocks blocks = ReadmeBlocks.parse("""
                # Title

                ```bash
                ./wqs demo
                ```

                <!-- not run: starts a server -->
                ```sh
                ./wqs serve
                ```

                - a list item:

                  ```shell
                  cat > a.csv <<'EOF'
                  a,b
                  EOF
                  ```

                ```java
                class A {}
                ```
                """);

        assertThat(blocks.blocks()).extracting(Block::line).containsExactly(3, 8, 14, 20);
        assertThat(blocks.blocks()).extracting(Block::language).containsExactly("bash", "sh", "shell", "java");
        assertThat(blocks.blocks().get(1).notRun()).isEqualTo("starts a server");
        assertThat(blocks.runnable()).extracting(Block::line).containsExactly(3, 14);
        assertThat(blocks.runnable().get(1).text()).isEqualTo("cat > a.csv <<'EOF'\na,b\nEOF\n");
        assertThat(blocks.shellBlocks()).hasSize(3);
    }

    @Test
    void aMarkerCountsOnlyRightBeforeItsBlock() {
        ReadmeBlocks blocks = ReadmeBlocks.parse("""
                <!-- not run: starts a server -->
                Some text in between.

                ```bash
                ./wqs serve
                ```
                """);

        assertThat(blocks.runnable()).hasSize(1);
    }

    @Test
    void aBlockWithoutALanguageOrLeftOpenIsAnErrorNamingItsLine() {
        assertThatThrownBy(() -> ReadmeBlocks.parse("text\n\n```\n./wqs demo\n```\n"))
                .hasMessageContaining("line 3").hasMessageContaining("without a language");
        assertThatThrownBy(() -> ReadmeBlocks.parse("```bash\n./wqs demo\n"))
                .hasMessageContaining("line 1").hasMessageContaining("never closed");
    }

    @Test
    void theReadmeKeepsTheConventionAndRunsMostOfItsShellBlocks() throws Exception {
        ReadmeBlocks readme = ReadmeBlocks.parse(Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8));

        assertThat(readme.shellBlocks()).filteredOn(b -> b.notRun() != null)
                .as("blocks that do not run are few and say why").hasSizeLessThanOrEqualTo(5)
                .allSatisfy(b -> assertThat(b.notRun()).isNotBlank());
        assertThat(readme.runnable()).as("the CLI walkthrough, the CSV import and the server check run")
                .hasSizeGreaterThanOrEqualTo(3);
    }
}
