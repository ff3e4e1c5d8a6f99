package com.wqs.adapter.cli.output;

import java.io.PrintWriter;

/**
 * Progress of a long task on stderr (stdout stays clean for {@code --json}). On a terminal a bar is
 * redrawn in place; elsewhere (logs, CI) a line is printed at every quarter so the output stays short.
 */
public final class Progress {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final boolean terminal;
    private final String label;
    private final int total;
    private int done;
    private int lastQuarter = -1;

    Progress(PrintWriter err, boolean terminal, String label, int total) {
        this.err = err;
        this.terminal = terminal;
        this.label = label;
        this.total = Math.max(total, 1);
        draw();
    }

    public void step() {
        advanceTo(done + 1);
    }

    public void advanceTo(int count) {
        done = Math.min(count, total);
        draw();
    }

    public void finish() {
        advanceTo(total);
        if (terminal) {
            err.println();
            err.flush();
        }
    }

    private void draw() {
        int percent = done * 100 / total;
        if (terminal) {
            int filled = done * WIDTH / total;
            err.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total
                    + " (" + percent + " %)");
            err.flush();
            return;
        }
        int quarter = percent / 25;
        if (quarter != lastQuarter) {
            lastQuarter = quarter;
            err.println(label + ": " + done + "/" + total + " (" + percent + " %)");
            err.flush();
        }
    }
}
