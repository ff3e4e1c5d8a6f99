package com.wqs.adapter.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TableTest {
    @Test
    void alignsColumnsLeftOrRight() {
        StringWriter text = new StringWriter();
        new Table().left("CODE").right("COST").row("A", "1.00").row("LONGER", "1,234.50")
                .print(new PrintWriter(text), new Style(false));

        assertThat(text.toString().lines()).containsExactly(
                "CODE        COST",
                "A           1.00",
                "LONGER  1,234.50");
    }

    @Test
    void colourNeverBreaksTheAlignment() {
        StringWriter text = new StringWriter();
        Style colour = new Style(true);
        new Table().styled("STATUS", colour::status).right("N").row("SENT", 1).row("ACCEPTED", 22)
                .print(new PrintWriter(text), colour);

        assertThat(text.toString().replaceAll("\u001b\\[[0-9;]*m", "").lines()).containsExactly(
                "STATUS     N",
                "SENT       1",
                "ACCEPTED  22");
    }
}
