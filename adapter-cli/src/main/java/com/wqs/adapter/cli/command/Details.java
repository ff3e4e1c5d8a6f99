package com.wqs.adapter.cli.command;

import com.wqs.adapter.cli.output.Output;
import java.util.ArrayList;
import java.util.List;

/** "Label: value" lines with the values aligned, for the show commands. */
final class Details {
    private final Output out;
    private final List<String[]> fields = new ArrayList<>();

    Details(Output out) {
        this.out = out;
    }

    Details field(String label, Object value) {
        String text = value == null ? "" : value.toString();
        if (!text.isBlank()) {
            fields.add(new String[] {label, text});
        }
        return this;
    }

    void print() {
        int width = fields.stream().mapToInt(f -> f[0].length()).max().orElse(0);
        for (String[] field : fields) {
            out.line(out.style().bold(String.format("%-" + width + "s", field[0])) + "  " + field[1]);
        }
    }
}
