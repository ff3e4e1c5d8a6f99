package com.wqs.adapter.cli.command;

import com.wqs.adapter.cli.CliContext;
import com.wqs.adapter.cli.ExitCodes;
import com.wqs.adapter.cli.output.Output;
import com.wqs.adapter.cli.output.Progress;
import com.wqs.adapter.web.api.csv.ImportRows;
import com.wqs.adapter.web.api.csv.MaterialCsv;
import com.wqs.adapter.web.api.csv.ProductCsv;
import com.wqs.application.port.in.ImportResult;
import com.wqs.application.port.in.ManageCatalogUseCase;
import com.wqs.application.port.in.MaterialCommand;
import com.wqs.application.port.in.ProductCommand;
import com.wqs.domain.shared.ValidationException;
import com.wqs.domain.user.Actor;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "catalog", description = "Import or export the catalogue as CSV (the same format as the web API).")
public final class CatalogCommands {
    private final CliContext context;

    public CatalogCommands(CliContext context) {
        this.context = context;
    }

    @Command(name = "import", description = {"Create or update materials and products by code, all or nothing:",
            "when any row of either file is bad, nothing is imported and every bad row is listed."})
    public int importCatalog(
            @Option(names = "--materials", paramLabel = "FILE.csv") Path materialsFile,
            @Option(names = "--products", paramLabel = "FILE.csv") Path productsFile) {
        requireOne(materialsFile, productsFile);
        Output out = context.output();
        Progress progress = out.progress(out.text("cli.catalog.import-progress"), 4);
        ImportRows<MaterialCommand> materials = materialsFile == null ? null
                : MaterialCsv.parse(read("--materials", materialsFile)).requireValid();
        progress.step();
        ImportRows<ProductCommand> products = productsFile == null ? null
                : ProductCsv.parse(read("--products", productsFile)).requireValid();
        progress.step();
        Actor actor = context.actor();
        ManageCatalogUseCase catalog = context.useCases().catalog();
        // one transaction, so products failing after their materials were imported leaves nothing behind
        Map<String, ImportResult> results = context.store().transactions().inTransaction(() -> {
            Map<String, ImportResult> done = new LinkedHashMap<>();
            if (materials != null) {
                done.put("materials", importRows(materials, "--materials", rows -> catalog.importMaterials(actor, rows)));
            }
            progress.step();
            if (products != null) {
                done.put("products", importRows(products, "--products", rows -> catalog.importProducts(actor, rows)));
            }
            return done;
        });
        progress.finish();
        out.result(results, () -> results.forEach((kind, result) -> out.line(out.text("cli.catalog.imported." + kind,
                result.created(), result.updated()))));
        return 0;
    }

    /** What {@code --materials} or {@code --products} without a file means: the CSV goes to standard output. */
    static final String STDOUT = "-";

    @Command(name = "export", description = {"Write the materials and/or products as CSV: to FILE, or to standard",
            "output when the option has no FILE (or -)."},
            footer = {"", "Examples:", "  wqs catalog export --materials", "  wqs catalog export --products products.csv",
                    "  wqs catalog export --materials materials.csv --products products.csv --json", "",
                    ExitCodes.HELP_1, ExitCodes.HELP_2})
    public int export(
            @Option(names = "--materials", paramLabel = "FILE.csv", arity = "0..1", fallbackValue = STDOUT,
                    description = "Materials CSV file; without one, standard output.") String materialsFile,
            @Option(names = "--products", paramLabel = "FILE.csv", arity = "0..1", fallbackValue = STDOUT,
                    description = "Products CSV file; without one, standard output.") String productsFile) {
        if (materialsFile == null && productsFile == null) {
            throw new ValidationException("--materials", "give --materials [FILE] and/or --products [FILE] "
                    + "(without a FILE the CSV goes to standard output)");
        }
        Output out = context.output();
        if (STDOUT.equals(materialsFile) && STDOUT.equals(productsFile)) {
            throw new ValidationException("--products", "only one CSV can go to standard output: give it a FILE");
        }
        boolean toStdout = STDOUT.equals(materialsFile) || STDOUT.equals(productsFile);
        if (toStdout && out.json()) {
            throw new ValidationException("--json", "the CSV goes to standard output: give a FILE for a JSON summary");
        }
        Actor actor = context.actor();
        ManageCatalogUseCase catalog = context.useCases().catalog();
        Map<String, Written> written = new LinkedHashMap<>();
        if (materialsFile != null) {
            var materials = catalog.listMaterials(actor);
            written.putAll(export("materials", "--materials", materialsFile, MaterialCsv.export(materials),
                    materials.size()));
        }
        if (productsFile != null) {
            var products = catalog.listProducts(actor);
            written.putAll(export("products", "--products", productsFile, ProductCsv.export(products), products.size()));
        }
        if (toStdout) {
            // standard output holds the other CSV: the summary of the file goes to stderr
            written.forEach((kind, file) -> out.note(file.summary(out, kind)));
            return 0;
        }
        out.result(written, () -> written.forEach((kind, file) -> out.line(file.summary(out, kind))));
        return 0;
    }

    /** A CSV written to a file: where, and how many rows (the JSON summary). */
    record Written(String file, int rows) {
        String summary(Output out, String kind) {
            return out.text("cli.catalog.wrote." + kind, rows, file);
        }
    }

    /** Writes {@code csv} to its file (and returns it for the summary), or to standard output (and returns none). */
    private Map<String, Written> export(String kind, String option, String target, String csv, int rows) {
        if (STDOUT.equals(target)) {
            PrintWriter out = context.output().out();
            out.print(csv);
            out.flush();
            return Map.of();
        }
        Path file = Path.of(target);
        write(option, file, csv);
        return Map.of(kind, new Written(file.toAbsolutePath().toString(), rows));
    }

    private static <C> ImportResult importRows(ImportRows<C> rows, String option,
            java.util.function.Function<java.util.List<C>, ImportResult> action) {
        try {
            return action.apply(rows.commands());
        } catch (ValidationException e) {
            throw rows.inFileTerms(e).prefixed(option + " ");
        }
    }

    private static void requireOne(Path materials, Path products) {
        if (materials == null && products == null) {
            throw new ValidationException("--materials", "give --materials FILE and/or --products FILE");
        }
    }

    static byte[] read(String option, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ValidationException(option, "file " + file + " does not exist");
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static void write(String option, Path file, String csv) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new ValidationException(option, "folder " + parent + " does not exist");
        }
        try {
            Files.writeString(file, csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
