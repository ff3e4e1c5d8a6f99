package com.wqs.adapter.web.api.csv;

import com.wqs.application.port.in.MaterialCommand;
import com.wqs.domain.catalog.Material;
import com.wqs.domain.catalog.MaterialCategory;
import com.wqs.domain.catalog.MaterialId;
import com.wqs.domain.catalog.MaterialUnit;
import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.ValidationException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The materials catalogue as CSV: one row per material with the columns
 * {@code code,name,category,unit,unitCost,stockLengthM,active,colourCosts}; {@code colourCosts} lists
 * per-colour unit costs as {@code WHITE=110.00;BLACK=120.00}, {@code stockLengthM} and
 * {@code colourCosts} may be empty, {@code active} empty means true. An export imports back unchanged.
 */
public final class MaterialCsv {
    static final List<String> REQUIRED = List.of("code", "name", "category", "unit", "unitCost");
    static final List<String> OPTIONAL = List.of("stockLengthM", "active", "colourCosts");
    static final Pattern LIST_ENTRY = Pattern.compile("rows\\[(\\d+)](.*)");

    private MaterialCsv() {
    }

    public static String export(List<Material> materials) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CsvTable.FORMAT)) {
            List<String> header = new ArrayList<>(REQUIRED);
            header.addAll(OPTIONAL);
            printer.printRecord(header);
            for (Material m : materials) {
                printer.printRecord(CsvText.exported(m.code()), CsvText.exported(m.name()), m.category().name(),
                        m.unit().name(),
                        m.unitCost().toPlainString(),
                        m.stockLengthM() == null ? "" : m.stockLengthM().toPlainString(),
                        Boolean.toString(m.active()), CsvText.exported(colourCosts(m.colourCosts())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * The rows of an upload as commands, in file order.
     *
     * @throws ValidationException naming every bad cell as {@code rows[N].column} (N = row of the file)
     */
    public static ImportRows<MaterialCommand> parse(byte[] body) {
        CsvTable table = CsvTable.parse(body, REQUIRED, OPTIONAL);
        List<FieldError> errors = new ArrayList<>();
        List<MaterialCommand> commands = new ArrayList<>();
        List<Long> fileRows = new ArrayList<>();
        List<Integer> cleanRows = new ArrayList<>();
        Map<String, Long> rowOfCode = new HashMap<>();
        for (CSVRecord row : table.rows()) {
            int errorsBefore = errors.size();
            CsvCells cells = new CsvCells(errors);
            String code = table.cell(row, "code");
            Long earlier = code == null ? null : rowOfCode.putIfAbsent(code.toUpperCase(Locale.ROOT), row.getRecordNumber());
            if (earlier != null) {
                cells.error(CsvTable.rowField(row, "code"), "repeats the code of row " + earlier);
            }
            commands.add(new MaterialCommand(
                    code,
                    table.cell(row, "name"),
                    cells.enumValue(CsvTable.rowField(row, "category"), table.cell(row, "category"), MaterialCategory.class),
                    cells.enumValue(CsvTable.rowField(row, "unit"), table.cell(row, "unit"), MaterialUnit.class),
                    cells.decimal(CsvTable.rowField(row, "unitCost"), table.cell(row, "unitCost")),
                    cells.decimal(CsvTable.rowField(row, "stockLengthM"), table.cell(row, "stockLengthM")),
                    cells.bool(CsvTable.rowField(row, "active"), table.cell(row, "active")),
                    parseColourCosts(cells, CsvTable.rowField(row, "colourCosts"), table.cell(row, "colourCosts"))));
            fileRows.add(row.getRecordNumber());
            if (errors.size() == errorsBefore) {
                cleanRows.add(commands.size() - 1);
            }
        }
        if (!errors.isEmpty()) {
            // The upload is refused anyway: say at once what else is wrong with the rows that did read.
            for (int i : cleanRows) {
                errors.addAll(domainErrors(commands.get(i), "rows[" + fileRows.get(i) + "]."));
            }
        }
        return new ImportRows<>(commands, errors, field -> renameRow(field, fileRows));
    }

    /** What the domain says about a row, so that one upload reports every bad row at once. */
    private static List<FieldError> domainErrors(MaterialCommand c, String prefix) {
        try {
            new Material(MaterialId.newId(), c.code(), c.name(), c.category(), c.unit(), c.unitCost(), c.stockLengthM(),
                    c.active() == null || c.active(), c.colourCosts(), 0);
            return List.of();
        } catch (ValidationException e) {
            return e.prefixed(prefix).errors().stream().filter(err -> !err.field().equals(prefix + "id")).toList();
        }
    }

    /** {@code rows[i].x} (list index i) → {@code rows[N].x} (file row N). */
    static String renameRow(String field, List<Long> fileRows) {
        Matcher m = LIST_ENTRY.matcher(field);
        if (!m.matches()) {
            return field;
        }
        int index = Integer.parseInt(m.group(1));
        return index < fileRows.size() ? "rows[" + fileRows.get(index) + "]" + m.group(2) : field;
    }

    private static Map<String, BigDecimal> parseColourCosts(CsvCells cells, String field, String value) {
        Map<String, BigDecimal> costs = new LinkedHashMap<>();
        if (value == null) {
            return costs;
        }
        for (String entry : value.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.split("=", 2);
            if (parts.length != 2 || parts[0].isBlank()) {
                cells.error(field, "must be COLOUR=cost pairs separated by ';' such as WHITE=110.00;BLACK=120.00");
                return costs;
            }
            BigDecimal cost = cells.decimal(field, parts[1].trim());
            if (cost != null) {
                costs.put(parts[0].trim(), cost);
            }
        }
        return costs;
    }

    private static String colourCosts(Map<String, BigDecimal> costs) {
        return new TreeMap<>(costs).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().toPlainString())
                .collect(Collectors.joining(";"));
    }
}
