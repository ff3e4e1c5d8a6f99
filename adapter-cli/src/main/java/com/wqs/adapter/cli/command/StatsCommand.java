package com.wqs.adapter.cli.command;

import com.wqs.adapter.cli.CliContext;
import com.wqs.adapter.cli.ExitCodes;
import com.wqs.adapter.cli.output.Formats;
import com.wqs.adapter.cli.output.Output;
import com.wqs.adapter.cli.output.Table;
import com.wqs.application.port.in.GetQuoteStatisticsUseCase.Scope;
import com.wqs.application.port.out.QuoteStatisticsReport;
import com.wqs.application.port.out.QuoteStatisticsReport.MonthFigures;
import com.wqs.application.port.out.QuoteStatisticsReport.StatusFigures;
import com.wqs.domain.quote.QuoteStatus;
import com.wqs.domain.shared.ForbiddenException;
import com.wqs.domain.shared.ValidationException;
import com.wqs.domain.user.Actor;
import com.wqs.domain.user.User;
import com.wqs.domain.workorder.WorkOrderStatus;
import java.time.LocalDate;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(footer = {"", "Examples:", "  wqs stats", "  wqs stats --all", "", ExitCodes.HELP_1, ExitCodes.HELP_2},
        name = "stats", description = {"Quote statistics: the dashboard's figures.",
        "Default: the acting user's own quotes."})
public final class StatsCommand implements java.util.concurrent.Callable<Integer> {
    private static final int BAR_WIDTH = 30;
    private final CliContext context;

    @ArgGroup(exclusive = true)
    Whose whose;

    @Option(names = "--from", paramLabel = "DATE", description = "Count quotes created on or after DATE.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Count quotes created on or before DATE.")
    LocalDate to;

    public StatsCommand(CliContext context) {
        this.context = context;
    }

    static final class Whose {
        @Option(names = "--user", paramLabel = "EMAIL", description = "This user's quotes (ADMIN, or the user).")
        String user;

        @Option(names = "--all", description = "Everyone's quotes (ADMIN).")
        boolean all;
    }

    @Override
    public Integer call() {
        if (from != null && to != null && from.isAfter(to)) {
            throw new ValidationException("--from", "must not be after --to");
        }
        Actor actor = context.actor();
        Scope scope = whose != null && whose.all ? Scope.ALL : Scope.ME;
        Actor subject = actor;
        if (whose != null && whose.user != null) {
            User user = new Lookup(context).user(whose.user);
            if (!actor.isAdmin() && !user.id().equals(actor.userId())) {
                throw new ForbiddenException("only an ADMIN sees another user's statistics");
            }
            subject = user.asActor();
        }
        QuoteStatisticsReport report = context.useCases().statistics().statistics(subject, scope, from, to);
        Output out = context.output();
        out.result(report, () -> print(out, context.formats(), report));
        return 0;
    }

    private static void print(Output out, Formats formats, QuoteStatisticsReport report) {
        new Details(out)
                .field(out.text("cli.stats.quotes"), report.totalCount())
                .field(out.text("cli.stats.total-value"), formats.money(report.totalValue()))
                .field(out.text("cli.stats.average-value"), report.averageValue().map(formats::money).orElse("-"))
                .field(out.text("cli.stats.win-rate"), report.winRate().map(formats::percent).orElse("-"))
                .field(out.text("cli.stats.expiring-within-7-days"), report.expiringSoonCount())
                .print();
        out.line("");
        Table byStatus = new Table().styled("STATUS", out.style()::status).right("COUNT").right("VALUE");
        for (QuoteStatus status : QuoteStatus.values()) {
            StatusFigures figures = report.byStatus().get(status);
            if (figures != null) {
                byStatus.row(status, figures.count(), formats.money(figures.value()));
            }
        }
        out.table(byStatus);
        out.line("");
        long busiest = report.monthly().stream().mapToLong(MonthFigures::count).max().orElse(0);
        Table monthly = new Table().left("MONTH").right("CREATED").right("VALUE").left("");
        for (MonthFigures month : report.monthly()) {
            int bar = busiest == 0 ? 0 : (int) (month.count() * BAR_WIDTH / busiest);
            monthly.row(formats.month(month.month()), month.count(), formats.money(month.value()), "#".repeat(bar));
        }
        out.table(monthly);
        if (!report.recent().isEmpty()) {
            out.line("");
            out.line(out.style().bold(out.text("cli.stats.most-recent")));
            QuoteCommands.printSummaries(out, formats, report.recent());
        }
        if (!report.expiringSoon().isEmpty()) {
            out.line("");
            out.line(out.style().bold(out.text("cli.stats.expiring-soon")));
            QuoteCommands.printSummaries(out, formats, report.expiringSoon());
        }
        out.line("");
        Table orders = new Table().styled("WORK ORDERS", out.style()::status).right("COUNT");
        for (WorkOrderStatus status : WorkOrderStatus.values()) {
            orders.row(status, report.workOrdersByStatus().getOrDefault(status, 0L));
        }
        out.table(orders);
    }
}
