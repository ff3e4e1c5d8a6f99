package com.wqs.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Only the top-level command the arguments name is built; help, typos and no command get all of them. */
class LazyCommandLineTest {
    private static final int COMMANDS = 14;

    @Test
    void theNamedCommandAloneIsBuiltWhateverGlobalOptionsComeFirst() {
        assertThat(built("quote", "list")).containsOnlyKeys("quote");
        assertThat(built("--db", "shop.db", "--as", "sales@example.com", "quote", "list")).containsOnlyKeys("quote");
        assertThat(built("--db=shop.db", "--json", "customer", "list")).containsOnlyKeys("customer");
        assertThat(built("--db", "quote", "stats")).as("an option's value is not the command").containsOnlyKeys("stats");
        assertThat(built("--", "serve")).containsOnlyKeys("serve");
    }

    @Test
    void helpATypoOrNoCommandBuildEveryCommandAndVersionNone() {
        assertThat(built()).hasSize(COMMANDS);
        assertThat(built("--help")).hasSize(COMMANDS);
        assertThat(built("qoute", "list")).as("so picocli can suggest 'quote'").hasSize(COMMANDS);
        assertThat(built("--version")).isEmpty();
        assertThat(built("quote", "--version")).containsOnlyKeys("quote");
    }

    @Test
    void aTypoStillGetsTheSuggestion() {
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"qoute", "list"}, new PrintWriter(new StringWriter()), new PrintWriter(err),
                Map.of(), false);
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("quote");
    }

    private static Map<String, CommandLine> built(String... args) {
        CliContext context = new CliContext(new GlobalOptions(), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), Map.of(), false);
        return Main.commandLine(context, new GlobalOptions(), args).getSubcommands();
    }
}
