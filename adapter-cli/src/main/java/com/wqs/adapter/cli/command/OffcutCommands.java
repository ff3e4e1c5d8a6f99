package com.wqs.adapter.cli.command;

import com.wqs.adapter.cli.CliContext;
import com.wqs.adapter.cli.ExitCodes;
import com.wqs.adapter.cli.output.Output;
import com.wqs.adapter.cli.output.Table;
import com.wqs.adapter.web.api.Params;
import com.wqs.adapter.web.api.dto.OffcutResponse;
import com.wqs.application.port.in.ManageOffcutsUseCase;
import com.wqs.application.port.in.OffcutCommand;
import com.wqs.application.port.out.OffcutSearch;
import com.wqs.domain.cutting.Offcut;
import com.wqs.domain.shared.TextLimits;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "offcut", description = {"The offcut rack: reusable pieces of profile, used by cut lists before new"
        + " bars.", "Released cut lists take offcuts and add the remainders they keep; correct the rack by hand here."})
public final class OffcutCommands {
    private final CliContext context;

    public OffcutCommands(CliContext context) {
        this.context = context;
    }

    @Command(footer = {"", "Examples:", "  wqs offcut list --material PRF-SL-RAIL", "", ExitCodes.HELP_1, ExitCodes.HELP_2},
        name = "list", description = "List offcuts by profile and colour, longest first (default: the available"
            + " ones).")
    public int list(
            @Option(names = "--material", paramLabel = "CODE", description = "Only this profile.") String material,
            @Option(names = "--colour", description = "Only this colour (with --material); 'none' for uncoloured.")
                    String colour,
            @Option(names = "--state", description = "AVAILABLE (default), CONSUMED, DISCARDED or ALL.") String state) {
        List<Offcut> offcuts = offcuts().list(context.actor(), OffcutSearch.of(material, colour, state));
        Output out = context.output();
        out.result(offcuts.stream().map(OffcutResponse::from).toList(), () -> {
            Table table = new Table().left("OFFCUT").left("PROFILE").left("COLOUR").right("LENGTH (MM)").left("STATE")
                    .left("SOURCE").left("NOTE").right("VERSION");
            offcuts.forEach(o -> table.row(o.label(), o.materialCode(), o.colour() == null ? "" : o.colour(),
                    o.lengthMm(), o.state(), o.source(), o.note(), o.version()));
            out.table(table);
            out.line(offcuts.size() + " offcut(s), " + offcuts.stream().mapToLong(Offcut::lengthMm).sum() + " mm");
        });
        return 0;
    }

    @Command(footer = {"", "Examples:", "  wqs offcut add --material PRF-SL-RAIL --colour WHITE --length 1850 --note \"rack 3\"", "", ExitCodes.HELP_1, ExitCodes.HELP_2},
        name = "add", description = "Put an offcut on the rack (a profile bought in bars, no longer than its"
            + " bar).")
    public int add(
            @Option(names = "--material", required = true, paramLabel = "CODE") String material,
            @Option(names = "--length", required = true, paramLabel = "MM") int length,
            @Option(names = "--colour") String colour,
            @Option(names = "--note",
                    description = "E.g. where it lies (at most " + TextLimits.DESCRIPTION + " characters).")
                            String note) {
        Offcut offcut = offcuts().add(context.actor(), new OffcutCommand(material, colour, length, note, null));
        return print(offcut, "cli.offcut.added");
    }

    @Command(name = "correct", description = "Correct an available offcut's length, colour or note.")
    public int correct(
            @Parameters(paramLabel = "OFFCUT", description = "OC-17 or 17.") String ref,
            @Option(names = "--length", paramLabel = "MM", description = "New length (default: unchanged).")
                    Integer length,
            @Option(names = "--colour", description = "New colour; '' for none (default: unchanged).") String colour,
            @Option(names = "--note", description = "New note; '' for none (default: unchanged).") String note,
            @Option(names = "--if-version", paramLabel = "N", description = "Only if the offcut is still at version N"
                    + " (as you read it); refused, exit 5, if it changed since.") Long version) {
        long id = Params.offcutId("OFFCUT", ref);
        Offcut current = offcuts().get(context.actor(), id);
        Offcut offcut = offcuts().correct(context.actor(), id, new OffcutCommand(null,
                colour == null ? current.colour() : colour, length == null ? current.lengthMm() : length,
                note == null ? current.note() : note, version == null ? current.version() : version));
        return print(offcut, "cli.offcut.corrected");
    }

    @Command(name = "discard", description = "Take an available offcut off the rack (used up, damaged or lost).")
    public int discard(
            @Parameters(paramLabel = "OFFCUT", description = "OC-17 or 17.") String ref,
            @Option(names = "--if-version", paramLabel = "N", description = "Only if the offcut is still at version N"
                    + " (as you read it); refused, exit 5, if it changed since.") Long version) {
        long id = Params.offcutId("OFFCUT", ref);
        long read = version == null ? offcuts().get(context.actor(), id).version() : version;
        Offcut offcut = offcuts().discard(context.actor(), id, read);
        return print(offcut, "cli.offcut.discarded");
    }

    /** One line after a change: what was done ({@code doneKey}, with the offcut's label) and the offcut now. */
    private int print(Offcut offcut, String doneKey) {
        Output out = context.output();
        out.result(OffcutResponse.from(offcut), () -> out.line(out.text("cli.offcut.line", out.text(doneKey,
                offcut.label()), offcut.materialCode() + (offcut.colour() == null ? "" : " " + offcut.colour()),
                offcut.lengthMm(), offcut.state(), offcut.version())));
        return 0;
    }

    private ManageOffcutsUseCase offcuts() {
        return context.useCases().offcuts();
    }
}
