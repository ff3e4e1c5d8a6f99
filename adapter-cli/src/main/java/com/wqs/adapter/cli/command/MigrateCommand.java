package com.wqs.adapter.cli.command;

import com.wqs.adapter.cli.CliContext;
import com.wqs.adapter.cli.ExitCodes;
import com.wqs.adapter.cli.output.Output;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(footer = {"", "Examples:", "  wqs migrate", "", ExitCodes.HELP_1, ExitCodes.HELP_2},
        name = "migrate", description = "Create or update the database schema (every command does this first).")
public final class MigrateCommand implements Callable<Integer> {
    private final CliContext context;

    public MigrateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        boolean ready = context.wqs().store().isReady();
        String where = context.storeLocation().describe();
        Output out = context.output();
        out.result(Map.of("database", where, "ready", ready),
                () -> out.line("Database " + where + (ready ? " is up to date." : " is NOT ready.")));
        return ready ? 0 : 1;
    }
}
