package com.wqs.adapter.web.api.csv;

import com.wqs.domain.layout.Layout;
import com.wqs.domain.layout.LayoutNotation;
import com.wqs.domain.quote.LineOption;
import com.wqs.domain.quote.MaterialLine;
import com.wqs.domain.quote.QuoteLine;
import com.wqs.domain.quote.WindowLine;
import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;

/**
 * Quotes as CSV, one row per quote line: rows with the same {@code ref} (the file's own reference, not
 * stored) make one quote, in the order of their first row. Columns:
 * <ul>
 * <li>{@code ref}, {@code customer} (id or exact name): required on every row;</li>
 * <li>a window line: {@code product}, {@code glass}, {@code widthMm}, {@code heightMm}, optional
 *     {@code colour}, {@code quantity} (whole, default 1) and {@code layout} (the layout notation such as
 *     {@code V(600)[FIX,CR]}, docs/LAYOUTS.md; empty: the product's default);</li>
 * <li>a material line: {@code material} and {@code quantity} (decimal, in the material's unit);</li>
 * <li>{@code description} of the line (optional);</li>
 * <li>how the line counts, optional: {@code optional} ({@code true}: in the total only when chosen),
 *     {@code alternativeGroup} (lines with the same group name are alternatives, exactly one chosen) and
 *     {@code chosen} ({@code true}/{@code false}); all empty: a required line;</li>
 * <li>per quote, optional: {@code discount} (percent, {@code 5} or {@code 5%}), {@code labourRate} (labour
 *     cost per m² for every window instead of the catalogue's, as {@code quote create --labour-rate}),
 *     {@code validUntil} (2026-03-31), {@code notes}; given on any row of the quote, and equal on every row
 *     that repeats it.</li>
 * </ul>
 */
public final class QuoteCsv {
    static final List<String> REQUIRED = List.of("ref", "customer");
    static final List<String> OPTIONAL = List.of("product", "glass", "colour", "widthMm", "heightMm", "quantity",
            "material", "description", "discount", "labourRate", "validUntil", "notes", "layout", "optional",
            "alternativeGroup", "chosen");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private QuoteCsv() {
    }

    /** One quote of the file; {@code lineRows.get(i)} is the file row of {@code lines.get(i)}. */
    public record QuoteRows(String ref, long firstRow, String customer, BigDecimal discountRate,
            BigDecimal labourRate, LocalDate validUntil, String notes, List<QuoteLine> lines, List<Long> lineRows) {
        public QuoteRows {
            lines = List.copyOf(lines);
            lineRows = List.copyOf(lineRows);
        }

        /** A field the use cases name for this quote ({@code lines[i].widthMm}, {@code rates.discountRate},
         *  {@code customerId}, ...) in terms of the file ({@code rows[N].widthMm}, N = file row). */
        public String fileField(String field) {
            Matcher line = LINE_FIELD.matcher(field);
            if (line.matches()) {
                int index = Integer.parseInt(line.group(1));
                long row = index < lineRows.size() ? lineRows.get(index) : firstRow;
                return "rows[" + row + "]." + COLUMN_OF_LINE_FIELD.apply(line.group(2));
            }
            return "rows[" + firstRow + "]." + switch (field) {
                case "customerId" -> "customer";
                case "rates.discountRate" -> "discount";
                case "rates.laborRateOverride" -> "labourRate";
                case "validUntil" -> "validUntil";
                case "notes" -> "notes";
                default -> "ref";   // the quote as a whole, e.g. "lines": too many
            };
        }
    }

    private static final Pattern LINE_FIELD = Pattern.compile("lines\\[(\\d+)]\\.?(.*)");
    private static final Function<String, String> COLUMN_OF_LINE_FIELD = name -> switch (name) {
        case "productCode" -> "product";
        case "glassCode" -> "glass";
        case "materialCode" -> "material";
        case "widthMm", "heightMm", "quantity", "colour", "description", "optional", "alternativeGroup", "chosen" -> name;
        default -> name.equals("layout") || name.startsWith("layout.") ? name : "ref";
    };

    /** The quotes of an upload and every error found while reading it ({@code rows[N].column}, N = file row). */
    public record Parsed(List<QuoteRows> quotes, List<FieldError> errors) {
        public Parsed {
            quotes = List.copyOf(quotes);
            errors = List.copyOf(errors);
        }

        public int lineCount() {
            return quotes.stream().mapToInt(q -> q.lines().size()).sum();
        }
    }

    /**
     * Reads every row; the rows that read become quotes, the others errors (so one pass lists them all).
     *
     * @throws ValidationException when the file is not CSV, not UTF-8, empty, or its header is wrong
     */
    public static Parsed parse(byte[] body) {
        CsvTable table = CsvTable.parse(body, REQUIRED, OPTIONAL);
        List<FieldError> errors = new ArrayList<>();
        Map<String, Builder> byRef = new LinkedHashMap<>();
        for (CSVRecord row : table.rows()) {
            add(byRef, table, row, errors);
        }
        List<QuoteRows> quotes = new ArrayList<>();
        for (Builder b : byRef.values()) {
            quotes.add(b.finish(errors));
        }
        errors.sort(Comparator.comparingLong(QuoteCsv::rowOf));
        return new Parsed(quotes, errors);
    }

    /**
     * A quotes file read as a stream, for files too big to hold: {@link #index} reads it once to learn the
     * last row of every quote (a hash of its ref and a row number, 16 to 32 bytes a quote), then each
     * {@link #forEach} reads it again and hands each quote on as soon as its last row is read, in the order
     * of their first row, holding only the quotes begun and not yet handed on (a few when each quote's
     * rows are together, as an export writes them).
     */
    public static final class QuoteFile {
        private final Path file;
        private final RefIndex lastRows;

        private QuoteFile(Path file, RefIndex lastRows) {
            this.file = file;
            this.lastRows = lastRows;
        }

        /**
         * Reads the header and every row's ref.
         *
         * @throws ValidationException as {@link #parse} does: not UTF-8, not CSV, empty, a wrong header, a
         *                             cell breaking the text rules, no data rows
         */
        public static QuoteFile index(Path file) {
            RefIndex lastRows = new RefIndex();
            List<FieldError> problems = new ArrayList<>();
            long rows = CsvTable.forEachRow(file, REQUIRED, OPTIONAL, problems, (table, row) -> {
                String ref = table.cell(row, "ref");
                if (ref != null) {
                    lastRows.put(RefIndex.hash(ref), row.getRecordNumber());
                }
            });
            if (problems.isEmpty() && rows == 0) {
                problems.add(new FieldError("body", "has no data rows"));
            }
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            return new QuoteFile(file, lastRows);
        }

        /** The number of quotes (distinct refs) in the file. */
        public int quoteCount() {
            return lastRows.size();
        }

        /**
         * Reads the file again: each quote to {@code quotes} once its last row is read, in the order of
         * their first row, and every error found to {@code errors} (as {@link #parse} finds them).
         */
        public void forEach(Consumer<QuoteRows> quotes, Consumer<FieldError> errors) {
            List<FieldError> found = new ArrayList<>();
            Map<String, Builder> open = new LinkedHashMap<>();
            CsvTable.forEachRow(file, REQUIRED, OPTIONAL, found, (table, row) -> {
                Builder quote = add(open, table, row, found);
                handOn(found, errors);
                if (quote != null && row.getRecordNumber() == lastRows.get(RefIndex.hash(quote.ref))) {
                    quote.complete = true;
                }
                // The quotes at the head are handed on once complete: the file's order of first rows.
                Iterator<Builder> head = open.values().iterator();
                while (head.hasNext()) {
                    Builder next = head.next();
                    if (!next.complete) {
                        break;
                    }
                    head.remove();
                    QuoteRows rows = next.finish(found);
                    handOn(found, errors);
                    quotes.accept(rows);
                }
            });
            // Left open only when the file changed since it was indexed (or two refs share a hash).
            for (Builder quote : open.values()) {
                QuoteRows rows = quote.finish(found);
                handOn(found, errors);
                quotes.accept(rows);
            }
        }

        private static void handOn(List<FieldError> found, Consumer<FieldError> errors) {
            found.forEach(errors);
            found.clear();
        }
    }

    /** Adds the row to the quote of its ref ({@code byRef}, begun when new); null when the row has no ref. */
    private static Builder add(Map<String, Builder> byRef, CsvTable table, CSVRecord row, List<FieldError> errors) {
        CsvCells cells = new CsvCells(errors);
        String ref = table.cell(row, "ref");
        if (ref == null) {
            cells.error(CsvTable.rowField(row, "ref"), "is required");
            return null;
        }
        Builder quote = byRef.computeIfAbsent(ref, r -> new Builder(r, row.getRecordNumber()));
        quote.same(cells, row, "customer", table.cell(row, "customer"));
        quote.same(cells, row, "discount", table.cell(row, "discount"));
        quote.same(cells, row, "labourRate", table.cell(row, "labourRate"));
        quote.same(cells, row, "validUntil", table.cell(row, "validUntil"));
        quote.same(cells, row, "notes", table.cell(row, "notes"));
        QuoteLine line = line(table, cells, row);
        if (line != null) {
            quote.lines.add(line);
            quote.lineRows.add(row.getRecordNumber());
        }
        return quote;
    }

    private static QuoteLine line(CsvTable table, CsvCells cells, CSVRecord row) {
        String product = table.cell(row, "product");
        String material = table.cell(row, "material");
        String description = table.cell(row, "description");
        int errorsBefore = cells.errorCount();
        LineOption option = new LineOption(
                Boolean.TRUE.equals(cells.bool(CsvTable.rowField(row, "optional"), table.cell(row, "optional"))),
                table.cell(row, "alternativeGroup"),
                Boolean.TRUE.equals(cells.bool(CsvTable.rowField(row, "chosen"), table.cell(row, "chosen"))));
        if ((product == null) == (material == null)) {
            cells.error(CsvTable.rowField(row, "product"), product == null
                    ? "give product (a window line) or material (a material line)"
                    : "give product (a window line) or material (a material line), not both");
            return null;
        }
        if (material != null) {
            for (String column : List.of("glass", "colour", "widthMm", "heightMm", "layout")) {
                if (table.cell(row, column) != null) {
                    cells.error(CsvTable.rowField(row, column), "is for window lines: leave it empty on a material line");
                }
            }
            String quantityText = table.cell(row, "quantity");
            if (quantityText == null) {
                cells.error(CsvTable.rowField(row, "quantity"), "is required on a material line");
            }
            BigDecimal quantity = cells.decimal(CsvTable.rowField(row, "quantity"), quantityText);
            return cells.errorCount() > errorsBefore ? null : new MaterialLine(material, quantity, description,
                    option);
        }
        String glass = table.cell(row, "glass");
        if (glass == null) {
            cells.error(CsvTable.rowField(row, "glass"), "is required on a window line");
        }
        Integer width = requiredInteger(table, cells, row, "widthMm");
        Integer height = requiredInteger(table, cells, row, "heightMm");
        Integer quantity = cells.integer(CsvTable.rowField(row, "quantity"), table.cell(row, "quantity"));
        Layout layout = layout(cells, CsvTable.rowField(row, "layout"), table.cell(row, "layout"));
        if (cells.errorCount() > errorsBefore) {
            return null;
        }
        return new WindowLine(product, glass, table.cell(row, "colour"), width, height,
                quantity == null ? 1 : quantity, description, layout, option);
    }

    /** A layout in its notation; empty → null; a syntax error is an error on {@code field}. */
    static Layout layout(CsvCells cells, String field, String text) {
        if (text == null) {
            return null;
        }
        try {
            return LayoutNotation.parse(text, field);
        } catch (ValidationException e) {
            e.errors().forEach(error -> cells.error(error.field(), error.message()));
            return null;
        }
    }

    private static Integer requiredInteger(CsvTable table, CsvCells cells, CSVRecord row, String column) {
        String value = table.cell(row, column);
        if (value == null) {
            cells.error(CsvTable.rowField(row, column), "is required on a window line");
            return null;
        }
        return cells.integer(CsvTable.rowField(row, column), value);
    }

    /** {@code 5} or {@code 5%} → 0.05; empty → null (the default, no discount). */
    private static BigDecimal percent(CsvCells cells, String field, String text) {
        if (text == null) {
            return null;
        }
        BigDecimal value = cells.decimal(field, text.replaceFirst("\\s*%$", ""));
        return value == null ? null : value.divide(HUNDRED);
    }

    private static long rowOf(FieldError error) {
        Matcher m = MaterialCsv.LIST_ENTRY.matcher(error.field());
        return m.matches() ? Long.parseLong(m.group(1)) : 0;
    }

    /** A quote being collected from its rows. */
    private static final class Builder {
        final String ref;
        final long firstRow;
        final Map<String, String> values = new LinkedHashMap<>();
        final Map<String, Long> rows = new LinkedHashMap<>();
        final List<QuoteLine> lines = new ArrayList<>();
        final List<Long> lineRows = new ArrayList<>();
        /** Every row of the quote has been read. */
        boolean complete;

        Builder(String ref, long firstRow) {
            this.ref = ref;
            this.firstRow = firstRow;
        }

        /** A per-quote value: the first row that gives it sets it, a later row may only repeat it. */
        void same(CsvCells cells, CSVRecord row, String column, String value) {
            if (value == null) {
                return;
            }
            String earlier = values.putIfAbsent(column, value);
            if (earlier == null) {
                rows.put(column, row.getRecordNumber());
            } else if (!Objects.equals(earlier, value)) {
                cells.error(CsvTable.rowField(row, column), "differs from row " + rows.get(column) + " of quote " + ref
                        + " ('" + earlier + "'): a quote has one " + column);
            }
        }

        String rowOf(String column) {
            return "rows[" + rows.getOrDefault(column, firstRow) + "]." + column;
        }

        /** The quote; what is wrong with its per-quote values goes to {@code errors}. */
        QuoteRows finish(List<FieldError> errors) {
            CsvCells cells = new CsvCells(errors);
            if (values.get("customer") == null) {
                cells.error("rows[" + firstRow + "].customer", "is required");
            }
            return new QuoteRows(ref, firstRow, values.get("customer"),
                    percent(cells, rowOf("discount"), values.get("discount")),
                    cells.decimal(rowOf("labourRate"), values.get("labourRate")),
                    cells.date(rowOf("validUntil"), values.get("validUntil")),
                    values.get("notes"), lines, lineRows);
        }
    }

    /**
     * Row numbers by the 64-bit hash of a ref, the largest one kept: an open-addressing table of two
     * {@code long} arrays, so a file's refs take 16 to 32 bytes each. Two refs with one hash (about one
     * chance in 10^8 among a million refs) only keep the earlier quote open until the later one ends.
     */
    private static final class RefIndex {
        private long[] keys = new long[1024];
        private long[] values = new long[1024];
        private int size;

        /** FNV-1a over the ref's characters; never 0 (0 marks a free slot). */
        static long hash(String ref) {
            long h = 0xcbf29ce484222325L;
            for (int i = 0; i < ref.length(); i++) {
                h = (h ^ ref.charAt(i)) * 0x100000001b3L;
            }
            return h == 0 ? 1 : h;
        }

        void put(long key, long value) {
            if ((size + 1) * 2L > keys.length) {
                grow();
            }
            int slot = slot(keys, key);
            if (keys[slot] == 0) {
                keys[slot] = key;
                values[slot] = value;
                size++;
            } else {
                values[slot] = Math.max(values[slot], value);
            }
        }

        /** The value, or -1. */
        long get(long key) {
            int slot = slot(keys, key);
            return keys[slot] == 0 ? -1 : values[slot];
        }

        int size() {
            return size;
        }

        private static int slot(long[] keys, long key) {
            int mask = keys.length - 1;
            int slot = (int) (key ^ (key >>> 32)) & mask;
            while (keys[slot] != 0 && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        private void grow() {
            long[] oldKeys = keys;
            long[] oldValues = values;
            keys = new long[oldKeys.length * 2];
            values = new long[oldKeys.length * 2];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != 0) {
                    int slot = slot(keys, oldKeys[i]);
                    keys[slot] = oldKeys[i];
                    values[slot] = oldValues[i];
                }
            }
        }
    }
}
