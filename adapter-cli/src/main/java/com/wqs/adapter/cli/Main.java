package com.wqs.adapter.cli;

import com.wqs.adapter.cli.command.CatalogCommands;
import com.wqs.adapter.cli.command.CustomerCommands;
import com.wqs.adapter.cli.command.OffcutCommands;
import com.wqs.adapter.cli.command.DemoCommand;
import com.wqs.adapter.cli.command.MigrateCommand;
import com.wqs.adapter.cli.command.MaterialCommands;
import com.wqs.adapter.cli.command.ProductCommands;
import com.wqs.adapter.cli.command.QuoteCommands;
import com.wqs.adapter.cli.command.ServeCommand;
import com.wqs.adapter.cli.command.StatsCommand;
import com.wqs.adapter.cli.command.UserCommands;
import com.wqs.adapter.cli.command.TokenCommands;
import com.wqs.adapter.cli.command.LoginThrottleCommands;
import com.wqs.adapter.cli.command.WorkOrderCommands;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.RunLast;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code wqs}: the Window Quotation System's command line, and the application's composition root. */
@Command(name = "wqs", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class, usageHelpAutoWidth = true,
        description = "Window Quotation System: catalogue, quotes, PDFs, work orders and statistics.",
        footer = {"", "Exit codes: 0 ok, 1 unexpected error, 2 usage, 3 validation, 4 not found,",
                "5 conflict, 6 forbidden, 7 no acting user, 8 rate limited, 9 unprocessable."})
public final class Main implements Runnable {
    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err, System.getenv(), System.console() != null));
    }

    /** Runs one command line and returns its exit code; used by {@link #main} and by tests. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env, boolean terminal) {
        GlobalOptions options = new GlobalOptions();
        try (CliContext context = new CliContext(options, out, err, env, terminal)) {
            return commandLine(context, options).setOut(out).setErr(err).execute(args);
        }
    }

    static CommandLine commandLine(CliContext context, GlobalOptions options) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.addMixin("global", options);
        commandLine.addSubcommand(new ServeCommand(context))
                .addSubcommand(new MigrateCommand(context))
                .addSubcommand(new DemoCommand(context))
                .addSubcommand(new UserCommands(context))
                .addSubcommand(new TokenCommands(context))
                .addSubcommand(new LoginThrottleCommands(context))
                .addSubcommand(new CustomerCommands(context))
                .addSubcommand(new MaterialCommands(context))
                .addSubcommand(new ProductCommands(context))
                .addSubcommand(new CatalogCommands(context))
                .addSubcommand(new QuoteCommands(context))
                .addSubcommand(new WorkOrderCommands(context))
                .addSubcommand(new OffcutCommands(context))
                .addSubcommand(new StatsCommand(context));
        commandLine.setExecutionExceptionHandler(new ErrorReporter(context));
        commandLine.setExecutionStrategy(parseResult -> {
            if (options.verbose()) {
                Logging.informative();
            } else {
                Logging.quiet();
            }
            return new RunLast().execute(parseResult);
        });
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: try 'wqs --help'");
    }

    /** The version the build wrote into {@code version.properties}. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            Properties properties = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new String[] {"wqs " + properties.getProperty("version", "development"),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"};
        }
    }
}
