package com.wqs.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Help, version and usage errors never open a database. */
class HelpAndUsageTest {
    @TempDir
    Path dir;

    @Test
    void versionPrintsTheBuildVersion() {
        Cli.Result result = new Cli(dir.resolve("none.db")).runRaw("--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("wqs ");
        assertThat(dir.resolve("none.db")).doesNotExist();
    }

    @Test
    void everyCommandHasHelpAndItNamesTheGlobalOptions() {
        List<List<String>> commands = new ArrayList<>();
        collect(Main.commandLine(context(), new GlobalOptions()), new ArrayList<>(), commands);
        assertThat(commands).extracting(c -> String.join(" ", c)).contains("serve", "migrate", "demo", "user add",
                "user list", "user passwd", "user disable", "customer add", "customer edit", "customer list",
                "customer show",
                "material add", "material list", "product add", "product list", "product show", "catalog import",
                "catalog export", "quote create", "quote list", "quote show", "quote price", "quote send", "quote resend",
                "quote accept", "quote choose", "quote reject", "quote revise", "quote cancel", "quote pdf", "quote diff",
                "quote duplicate", "workorder create",
                "workorder list", "workorder overview", "workorder show", "workorder status", "workorder materials", "stats");

        for (List<String> command : commands) {
            List<String> args = new ArrayList<>(command);
            args.add("--help");
            Cli.Result result = new Cli(dir.resolve("none.db")).runRaw(args.toArray(String[]::new));
            assertThat(result.exitCode()).as(String.join(" ", args)).isZero();
            assertThat(result.out()).as(String.join(" ", args))
                    .contains("Usage: wqs " + String.join(" ", command), "--db", "--jdbc-url", "--as", "--json");
        }
        assertThat(dir.resolve("none.db")).doesNotExist();
    }

    @Test
    void usageErrorsExitWithTwo() {
        Cli cli = new Cli(dir.resolve("none.db"));

        assertThat(cli.runRaw().exitCode()).isEqualTo(2);
        assertThat(cli.runRaw("frobnicate").exitCode()).isEqualTo(2);
        assertThat(cli.runRaw("quote").exitCode()).isEqualTo(2);
        Cli.Result badEnum = cli.runRaw("quote", "list", "--status", "MAYBE");
        assertThat(badEnum.exitCode()).isEqualTo(2);
        assertThat(badEnum.err()).contains("--status");
        assertThat(dir.resolve("none.db")).doesNotExist();
    }

    private CliContext context() {
        return new CliContext(new GlobalOptions(), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), Map.of(), false);
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> into) {
        if (command.getSubcommands().isEmpty() && !path.isEmpty()) {
            into.add(path);
        }
        command.getSubcommands().forEach((name, sub) -> {
            List<String> next = new ArrayList<>(path);
            next.add(name);
            collect(sub, next, into);
        });
    }
}
