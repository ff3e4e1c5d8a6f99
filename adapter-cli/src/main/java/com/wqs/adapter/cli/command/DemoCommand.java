package com.wqs.adapter.cli.command;

import com.wqs.adapter.cli.CliContext;
import com.wqs.adapter.cli.ExitCodes;
import com.wqs.adapter.cli.Wqs;
import com.wqs.adapter.cli.demo.DemoData;
import com.wqs.adapter.cli.output.Output;
import com.wqs.application.port.out.PasswordHasher;
import com.wqs.application.port.out.QuotePdfRenderer;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(footer = {"", "Examples:", "  wqs demo", "", ExitCodes.HELP_1, ExitCodes.HELP_2},
        name = "demo", description = {"Load demo data: users, a catalogue of aluminium windows, customers and a few",
        "hundred quotes and work orders over the last 15 months. Running it again adds nothing."})
public final class DemoCommand implements Callable<Integer> {
    private final CliContext context;

    public DemoCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Wqs wqs = context.wqs();
        Output out = context.output();
        DemoData demo = new DemoData(wqs.store(), wqs.injector().getInstance(PasswordHasher.class),
                wqs.injector().getInstance(QuotePdfRenderer.class), wqs.injector().getInstance(Clock.class));
        DemoData.Summary summary = demo.load(context::actor, out);
        List<String> logins = List.of(DemoData.ADMIN_EMAIL, DemoData.SALES_EMAIL, DemoData.PRODUCTION_EMAIL);
        out.result(new DemoResult(summary, logins, DemoData.PASSWORD), () -> {
            out.line("Demo data is in " + context.storeLocation().describe() + ": " + summary.quotesCreated()
                    + " new quotes, " + summary.workOrdersCreated() + " new work orders, " + summary.customersCreated()
                    + " new customers.");
            out.line("Sign in as " + String.join(", ", logins) + " with the password: " + DemoData.PASSWORD);
        });
        return 0;
    }

    /** What {@code demo --json} prints. */
    record DemoResult(DemoData.Summary added, List<String> users, String password) {
    }
}
