package com.wqs.adapter.web.api.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wqs.adapter.web.api.csv.QuoteCsv.QuoteFile;
import com.wqs.adapter.web.api.csv.QuoteCsv.QuoteRows;
import com.wqs.domain.shared.ValidationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link QuoteFile}: a quotes file read as a stream. Errors are handed on as their row is read, so the
 * order of quotes and errors shows how far the file had been read when each quote was handed on.
 */
class QuoteFileTest {
    private static final String HEADER = "ref,customer,product,glass,widthMm,heightMm,material,quantity,discount";
    @TempDir
    Path dir;

    @Test
    void eachQuoteIsHandedOnOnceItsLastRowIsReadBeforeTheRowsAfterIt() throws IOException {
        List<String> events = events(file(
                "A,Acme,SLD-2L,GL-CLR6,1500,1200,,,",          // row 2
                "A,Acme,,,,,CN-SIL,3,",                        // row 3: A's last row
                ",Acme,SLD-2L,GL-CLR6,1500,1200,,,",           // row 4: no ref
                "B,Acme,SLD-2L,GL-CLR6,1500,1200,,,",          // row 5: B's last row
                "C,Acme,SLD-2L,GL-CLR6,900,900,,,",            // row 6
                ",Beta,SLD-2L,GL-CLR6,1500,1200,,,"));         // row 7: no ref

        assertThat(events).containsExactly("quote A: rows 2, 3", "error rows[4].ref", "quote B: rows 5",
                "quote C: rows 6", "error rows[7].ref");
    }

    @Test
    void aQuoteWhoseRowsAreApartIsHandedOnAtItsLastRowAndTheQuotesBegunAfterItWaitForIt() throws IOException {
        QuoteFile file = QuoteFile.index(file(
                "A,Acme,SLD-2L,GL-CLR6,1500,1200,,,5",         // row 2
                "B,Acme,SLD-2L,GL-CLR6,1500,1200,,,",          // row 3: B's only row
                ",Acme,SLD-2L,GL-CLR6,1500,1200,,,",           // row 4: no ref
                "A,Acme,,,,,CN-SIL,3,7",                       // row 5: A's last row, another discount
                "C,Acme,SLD-2L,GL-CLR6,900,900,,,"));          // row 6

        assertThat(file.quoteCount()).isEqualTo(3);
        assertThat(events(file)).containsExactly("error rows[4].ref", "error rows[5].discount",
                "quote A: rows 2, 5", "quote B: rows 3", "quote C: rows 6");
        assertThat(events(file)).as("read again, the same").hasSize(5);
    }

    @Test
    void theQuotesAreThoseParseReads() throws IOException {
        String text = HEADER + "\nA,Acme,SLD-2L,GL-CLR6,1500,1200,,,5\nB,Beta,,,,,CN-SIL,2.5,\nA,Acme,,,,,CN-SIL,3,\n";
        Path path = dir.resolve("same.csv");
        Files.writeString(path, text, StandardCharsets.UTF_8);
        List<QuoteRows> streamed = new ArrayList<>();
        QuoteFile.index(path).forEach(streamed::add, error -> {
            throw new AssertionError(error);
        });

        assertThat(streamed).isEqualTo(QuoteCsv.parse(text.getBytes(StandardCharsets.UTF_8)).quotes());
    }

    @Test
    void aFileThatIsNotUtf8OrHasABadHeaderOrNoRowsIsRefusedWhenIndexed() throws IOException {
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, (HEADER + "\nA,Caf\u00e9,SLD-2L,GL-CLR6,1500,1200,,,\n").getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> QuoteFile.index(latin1)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("body: must be UTF-8 text");
        Path header = dir.resolve("header.csv");
        Files.writeString(header, "ref,client\nA,Acme\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> QuoteFile.index(header)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("unknown column 'client'").hasMessageContaining("missing column 'customer'");
        assertThatThrownBy(() -> QuoteFile.index(file())).isInstanceOf(ValidationException.class)
                .hasMessageContaining("body: has no data rows");
        Path unclosed = dir.resolve("unclosed.csv");
        Files.writeString(unclosed, HEADER + "\nA,\"Acme,SLD-2L\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> QuoteFile.index(unclosed)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("is not valid CSV");
        Path bom = dir.resolve("bom.csv");
        Files.writeString(bom, "\uFEFF" + HEADER + "\nA,Acme,SLD-2L,GL-CLR6,1500,1200,,,\n", StandardCharsets.UTF_8);
        assertThat(QuoteFile.index(bom).quoteCount()).isEqualTo(1);
    }

    private Path file(String... rows) throws IOException {
        Path file = Files.createTempFile(dir, "quotes", ".csv");
        Files.writeString(file, HEADER + "\n" + String.join("\n", rows) + (rows.length > 0 ? "\n" : ""),
                StandardCharsets.UTF_8);
        return file;
    }

    private static List<String> events(Path path) {
        return events(QuoteFile.index(path));
    }

    private static List<String> events(QuoteFile file) {
        List<String> events = new ArrayList<>();
        file.forEach(quote -> events.add("quote " + quote.ref() + ": rows "
                        + String.join(", ", quote.lineRows().stream().map(String::valueOf).toList())),
                error -> events.add("error " + error.field()));
        return events;
    }
}
