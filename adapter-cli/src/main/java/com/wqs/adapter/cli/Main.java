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
import com.wqs.adapter.web.AppVersion;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
        footer = {"", ExitCodes.HELP_1, ExitCodes.HELP_2})
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
            return commandLine(context, options, args).setOut(out).setErr(err).execute(args);
        }
    }

    /** Every top-level command, in {@code --help}'s order, made only when the command line names it. */
    private static final List<TopCommand> COMMANDS = List.of(
            new TopCommand(ServeCommand.class, ServeCommand::new),
            new TopCommand(MigrateCommand.class, MigrateCommand::new),
            new TopCommand(DemoCommand.class, DemoCommand::new),
            new TopCommand(UserCommands.class, UserCommands::new),
            new TopCommand(TokenCommands.class, TokenCommands::new),
            new TopCommand(LoginThrottleCommands.class, LoginThrottleCommands::new),
            new TopCommand(CustomerCommands.class, CustomerCommands::new),
            new TopCommand(MaterialCommands.class, MaterialCommands::new),
            new TopCommand(ProductCommands.class, ProductCommands::new),
            new TopCommand(CatalogCommands.class, CatalogCommands::new),
            new TopCommand(QuoteCommands.class, QuoteCommands::new),
            new TopCommand(WorkOrderCommands.class, WorkOrderCommands::new),
            new TopCommand(OffcutCommands.class, OffcutCommands::new),
            new TopCommand(StatsCommand.class, StatsCommand::new));

    /** A top-level command: its class (whose {@code @Command} names it) and how to make it. */
    private record TopCommand(Class<?> type, Function<CliContext, Object> make) {
        String name() {
            return type.getAnnotation(Command.class).name();
        }
    }

    /** The full command line, every command in it (help, usage tests). */
    static CommandLine commandLine(CliContext context, GlobalOptions options) {
        return commandLine(context, options, new String[0]);
    }

    /**
     * The command line for {@code args}: when they name a top-level command, only that command's model is
     * built (picocli reads every command's annotations when it is added, which was a third of a short
     * command's start-up); otherwise (help, a typo, no command) all of them, so usage and suggestions are
     * complete.
     */
    static CommandLine commandLine(CliContext context, GlobalOptions options, String[] args) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.addMixin("global", options);
        String named = commandName(commandLine, args);
        boolean known = COMMANDS.stream().anyMatch(c -> c.name().equals(named));
        boolean versionOnly = named == null && Arrays.stream(args).anyMatch(a -> a.equals("-V") || a.equals("--version"));
        for (TopCommand command : COMMANDS) {
            if (!versionOnly && (!known || command.name().equals(named))) {
                commandLine.addSubcommand(command.make().apply(context));
            }
        }
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

    /** The first argument that is neither an option nor an option's value, or null. */
    private static String commandName(CommandLine commandLine, String[] args) {
        CommandSpec spec = commandLine.getCommandSpec();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--")) {
                return i + 1 < args.length ? args[i + 1] : null;
            }
            if (!arg.startsWith("-")) {
                return arg;
            }
            picocli.CommandLine.Model.OptionSpec option = arg.contains("=") ? null : spec.findOption(arg);
            if (option != null && option.arity().max() > 0) {
                i++;
            }
        }
        return null;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: try 'wqs --help'");
    }

    /** The version the build wrote into {@code version.properties} ({@link AppVersion}), and the Java runtime. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"wqs " + AppVersion.get(),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"};
        }
    }
}
