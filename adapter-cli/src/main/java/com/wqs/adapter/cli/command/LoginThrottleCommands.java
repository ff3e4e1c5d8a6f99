package com.wqs.adapter.cli.command;

import com.wqs.adapter.cli.CliContext;
import com.wqs.adapter.cli.ExitCodes;
import com.wqs.adapter.cli.output.Output;
import com.wqs.adapter.cli.output.Table;
import com.wqs.application.port.in.LoginThrottleStatus;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "login-throttle", description = {"Failed sign-ins being throttled (ADMIN only): after 5 failures one",
        "account from one address waits 1 s, 2 s, 4 s ... up to 5 min; one address stops after 20 in 15 min;",
        "one account after 100 in an hour."})
public final class LoginThrottleCommands {
    private final CliContext context;

    public LoginThrottleCommands(CliContext context) {
        this.context = context;
    }

    @Command(footer = {"", "Examples:", "  wqs login-throttle list", "", ExitCodes.HELP_1, ExitCodes.HELP_2},
        name = "list", description = "List the throttle counters with recent failures, blocking ones first.")
    public int list() {
        List<LoginThrottleStatus> statuses = context.useCases().loginThrottles().list(context.actor());
        Output out = context.output();
        out.result(statuses, () -> {
            Table table = new Table().left("KIND").left("ACCOUNT").left("ADDRESS").right("FAILURES")
                    .left("BLOCKED UNTIL").left("KEY");
            statuses.forEach(s -> table.row(s.kind(), s.account() == null ? "any" : s.account(),
                    s.address() == null ? "any" : s.address(), s.failures(),
                    s.blocking() ? context.formats().dateTime(s.blockedUntil()) : "-", s.key()));
            out.table(table);
        });
        return 0;
    }

    @Command(name = "clear", description = "Clear one throttle counter, by its KEY as listed (quote it: it may hold a space).")
    public int clear(@Parameters(paramLabel = "KEY") String key) {
        context.useCases().loginThrottles().clear(context.actor(), key);
        Output out = context.output();
        out.result(Map.of("cleared", key), () -> out.line("Cleared " + key));
        return 0;
    }
}
