package com.wqs.adapter.web.api.csv;

import com.wqs.adapter.web.input.TextRules;
import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.ValidationException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV upload read as a header and rows. Row numbers are those of the file, the header being row 1, so
 * the first data row is row 2 (as a spreadsheet shows it). The header must name every required column
 * and no unknown one.
 */
final class CsvTable {
    private static final Pattern LINE = Pattern.compile("(?:startline|line:?)\\s*(\\d+)", Pattern.CASE_INSENSITIVE);
    static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get();

    private final Map<String, Integer> columns;
    private final List<CSVRecord> rows;

    private CsvTable(Map<String, Integer> columns, List<CSVRecord> rows) {
        this.columns = columns;
        this.rows = rows;
    }

    static CsvTable parse(byte[] body, List<String> required, List<String> optional) {
        String text = decode(body);
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
            records = parser.getRecords();
        } catch (IOException | UncheckedIOException e) {
            throw new ValidationException("body", "is not valid CSV" + syntaxReason(e));
        }
        if (records.isEmpty()) {
            throw new ValidationException("body", "is empty: expected a header row and data rows");
        }
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> columns = columns(records.get(0), required, optional, errors);
        List<CSVRecord> data = records.subList(1, records.size()).stream().filter(r -> !isBlank(r)).toList();
        for (CSVRecord row : data) {
            textProblems(columns, row, errors);
        }
        if (errors.isEmpty() && data.isEmpty()) {
            errors.add(new FieldError("body", "has no data rows"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new CsvTable(columns, data);
    }

    /**
     * Reads a file as {@link #parse} reads an upload, a row at a time without holding them: the header is
     * checked first (a {@link ValidationException} listing what is wrong with it), then each data row that
     * is not blank goes to {@code rows} with the table that reads its cells; the cells that break the text
     * rules are added to {@code problems}.
     *
     * @return how many data rows were read
     * @throws ValidationException when the file is not UTF-8 or not CSV, is empty, or its header is wrong
     */
    static long forEachRow(Path file, List<String> required, List<String> optional, List<FieldError> problems,
            BiConsumer<CsvTable, CSVRecord> rows) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), utf8), 1 << 16);
                CSVParser parser = CSVParser.builder().setReader(withoutByteOrderMark(reader)).setFormat(FORMAT).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new ValidationException("body", "is empty: expected a header row and data rows");
            }
            List<FieldError> headerErrors = new ArrayList<>();
            CsvTable table = new CsvTable(columns(records.next(), required, optional, headerErrors), List.of());
            if (!headerErrors.isEmpty()) {
                throw new ValidationException(headerErrors);
            }
            long count = 0;
            while (records.hasNext()) {
                CSVRecord row = records.next();
                if (!isBlank(row)) {
                    textProblems(table.columns, row, problems);
                    rows.accept(table, row);
                    count++;
                }
            }
            return count;
        } catch (CharacterCodingException e) {
            throw new ValidationException("body", "must be UTF-8 text");
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new ValidationException("body", "must be UTF-8 text");
            }
            throw new ValidationException("body", "is not valid CSV" + syntaxReason(e));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static Reader withoutByteOrderMark(Reader reader) throws IOException {
        PushbackReader pushback = new PushbackReader(reader, 1);
        int first = pushback.read();
        if (first != -1 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }

    /** The header's columns by name; what is wrong with it goes to {@code errors}. */
    private static Map<String, Integer> columns(CSVRecord header, List<String> required, List<String> optional,
            List<FieldError> errors) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).trim();
            if (!required.contains(name) && !optional.contains(name)) {
                errors.add(new FieldError("header", "unknown column '" + name + "' (expected "
                        + String.join(",", concat(required, optional)) + ")"));
            } else if (columns.putIfAbsent(name, i) != null) {
                errors.add(new FieldError("header", "column '" + name + "' appears twice"));
            }
        }
        for (String name : required) {
            if (!columns.containsKey(name)) {
                errors.add(new FieldError("header", "missing column '" + name + "'"));
            }
        }
        return columns;
    }

    /** The row's cells that break the text rules ({@link TextRules}). */
    private static void textProblems(Map<String, Integer> columns, CSVRecord row, List<FieldError> errors) {
        columns.forEach((name, index) -> {
            if (index < row.size()) {
                TextRules.problem(row.get(index)).ifPresent(p -> errors.add(new FieldError(rowField(row, name), p)));
            }
        });
    }

    List<CSVRecord> rows() {
        return rows;
    }

    /**
     * The trimmed cell as the text it stands for ({@link CsvText#imported}: the quote an export put before a
     * formula-like text is taken off), or null when the column is absent or the cell empty.
     */
    String cell(CSVRecord row, String column) {
        Integer index = columns.get(column);
        if (index == null || index >= row.size()) {
            return null;
        }
        String value = row.get(index).trim();
        return value.isEmpty() ? null : CsvText.imported(value);
    }

    static String rowField(CSVRecord row, String column) {
        return "rows[" + row.getRecordNumber() + "]." + column;
    }

    /**
     * The CSV rule the file breaks and the row it is in, in plain words: the reader's message (its class
     * names, "encapsulated token") never reaches the client.
     */
    private static String syntaxReason(Exception e) {
        String message = String.valueOf(e.getMessage());
        Matcher line = LINE.matcher(message);
        String where = line.find() ? " (row " + line.group(1) + ")" : "";
        if (message.contains("EOF reached before encapsulated token finished")) {
            return where + ": a quoted cell is not closed (a \" is missing)";
        }
        if (message.contains("between encapsulated token and delimiter")) {
            return where + ": text follows a quoted cell before the next comma (write a \" inside a quoted cell as \"\")";
        }
        return where + ": the file is not well-formed (RFC 4180: cells separated by commas, quotes doubled inside quoted cells)";
    }

    private static String decode(byte[] body) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(body)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ValidationException("body", "must be UTF-8 text");
        }
    }

    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
