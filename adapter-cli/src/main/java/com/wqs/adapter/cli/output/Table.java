package com.wqs.adapter.cli.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A plain-text table with aligned columns. Widths are measured on the plain text; a column's style
 * (colour) is applied after padding so escape codes never break the alignment.
 */
public final class Table {
    private final List<Column> columns = new ArrayList<>();
    private final List<List<String>> rows = new ArrayList<>();

    public Table left(String header) {
        return add(header, false, UnaryOperator.identity());
    }

    public Table right(String header) {
        return add(header, true, UnaryOperator.identity());
    }

    public Table styled(String header, UnaryOperator<String> style) {
        return add(header, false, style);
    }

    public Table row(Object... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException(cells.length + " cells for " + columns.size() + " columns");
        }
        List<String> row = new ArrayList<>();
        for (Object cell : cells) {
            row.add(cell == null ? "" : cell.toString().replace('\n', ' '));
        }
        rows.add(row);
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public void print(PrintWriter out, Style style) {
        print(out, style, UnaryOperator.identity());
    }

    /** With each column's header as {@code headerText} gives it (translated). */
    public void print(PrintWriter out, Style style, UnaryOperator<String> headerText) {
        List<String> header = columns.stream().map(c -> headerText.apply(c.header())).toList();
        int[] widths = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            widths[c] = header.get(c).length();
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        out.println(style.bold(format(header, widths, UnaryOperator.identity())));
        for (List<String> row : rows) {
            out.println(format(row, widths, null));
        }
        out.flush();
    }

    private String format(List<String> cells, int[] widths, UnaryOperator<String> override) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            Column column = columns.get(c);
            String cell = cells.get(c);
            String padding = " ".repeat(widths[c] - cell.length());
            UnaryOperator<String> look = override != null ? override : column.style();
            String text = column.rightAligned() ? padding + look.apply(cell) : look.apply(cell) + padding;
            if (c > 0) {
                line.append("  ");
            }
            line.append(text);
        }
        return line.toString().stripTrailing();
    }

    private Table add(String header, boolean rightAligned, UnaryOperator<String> style) {
        columns.add(new Column(header, rightAligned, style));
        return this;
    }

    private record Column(String header, boolean rightAligned, UnaryOperator<String> style) {
    }
}
