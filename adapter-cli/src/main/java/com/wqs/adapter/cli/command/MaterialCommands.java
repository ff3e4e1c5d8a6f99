package com.wqs.adapter.cli.command;

import com.wqs.adapter.cli.CliContext;
import com.wqs.adapter.cli.ExitCodes;
import com.wqs.adapter.cli.output.Formats;
import com.wqs.adapter.cli.output.Output;
import com.wqs.adapter.cli.output.Table;
import com.wqs.application.port.in.MaterialCommand;
import com.wqs.domain.catalog.Material;
import com.wqs.domain.catalog.MaterialCategory;
import com.wqs.domain.catalog.MaterialUnit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "material", description = "Manage the catalogue's materials (writes: ADMIN only).")
public final class MaterialCommands {
    private final CliContext context;

    public MaterialCommands(CliContext context) {
        this.context = context;
    }

    @Command(name = "add", description = "Create a material.")
    public int add(
            @Option(names = "--code", required = true) String code,
            @Option(names = "--name", required = true) String name,
            @Option(names = "--category", required = true, description = "PROFILE, GLASS, HARDWARE or CONSUMABLE.")
                    MaterialCategory category,
            @Option(names = "--unit", required = true, description = "M, M2, PIECE, KG, L or CARTRIDGE.")
                    MaterialUnit unit,
            @Option(names = "--cost", required = true, paramLabel = "AMOUNT", description = "Unit cost, up to 4 decimals.")
                    BigDecimal cost,
            @Option(names = "--stock-length", paramLabel = "METRES",
                    description = "Length of the stock bar (profiles bought in whole bars, unit M).")
                    BigDecimal stockLength,
            @Option(names = "--colour-cost", paramLabel = "COLOUR=AMOUNT",
                    description = "Unit cost in a profile colour, e.g. WHITE=110.00 (repeatable).")
                    Map<String, BigDecimal> colourCosts,
            @Option(names = "--inactive", description = "Create it inactive.") boolean inactive) {
        Material material = context.useCases().catalog().createMaterial(context.actor(),
                new MaterialCommand(code, name, category, unit, cost, stockLength, !inactive,
                        colourCosts == null ? Map.of() : colourCosts));
        Output out = context.output();
        out.result(material, () -> out.line(out.text("cli.material.created", material.code(), material.id())));
        return 0;
    }

    @Command(footer = {"", "Examples:", "  wqs material list", "  wqs material list --json", "", ExitCodes.HELP_1, ExitCodes.HELP_2},
        name = "list", description = "List materials, sorted by code.")
    public int list() {
        List<Material> materials = context.useCases().catalog().listMaterials(context.actor());
        Output out = context.output();
        out.result(materials, () -> {
            Formats formats = context.formats();
            Table table = new Table().left("CODE").left("NAME").left("CATEGORY").left("UNIT").right("COST")
                    .right("BAR (M)").left("COLOUR COSTS").left("ACTIVE");
            materials.forEach(m -> table.row(m.code(), m.name(), m.category(), m.unit(), formats.cost(m.unitCost()),
                    formats.quantity(m.stockLengthM()), colours(formats, m), out.text(m.active() ? "cli.yes" : "cli.no")));
            out.table(table);
        });
        return 0;
    }

    private static String colours(Formats formats, Material material) {
        return material.colourCosts().entrySet().stream()
                .map(e -> e.getKey() + " " + formats.cost(e.getValue()))
                .collect(Collectors.joining(", "));
    }
}
