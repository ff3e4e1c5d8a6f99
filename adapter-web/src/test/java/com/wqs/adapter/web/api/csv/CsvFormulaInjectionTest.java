package com.wqs.adapter.web.api.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.application.port.in.MaterialCommand;
import com.wqs.application.port.in.ProductCommand;
import com.wqs.domain.catalog.BomLine;
import com.wqs.domain.catalog.Formula;
import com.wqs.domain.catalog.Material;
import com.wqs.domain.catalog.MaterialCategory;
import com.wqs.domain.catalog.MaterialId;
import com.wqs.domain.catalog.MaterialUnit;
import com.wqs.domain.catalog.Product;
import com.wqs.domain.catalog.ProductCategory;
import com.wqs.domain.catalog.ProductId;
import com.wqs.domain.catalog.WindowType;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Exports neutralise formula-like text cells (OWASP CSV injection) and imports read them back unchanged. */
class CsvFormulaInjectionTest {
    private static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://evil.example\",\"click\")", "+1", "-x",
            "@SUM(A1:A2)", "\tx", "\rx", "'=already quoted", "''+twice", "'plain quote");
    private static final char[] TRIGGERS = {'=', '+', '-', '@', '\t', '\r'};

    @Test
    void everyFormulaLikeTextIsExportedBehindOneQuoteAndReadBackUnchanged() {
        for (String text : HOSTILE) {
            String cell = CsvText.exported(text);
            assertThat(startsWithTrigger(cell)).as(text).isFalse();
            assertThat(CsvText.imported(cell)).as(text).isEqualTo(text);
        }
        assertThat(CsvText.exported("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvText.exported("'=x")).isEqualTo("''=x");
        assertThat(CsvText.exported("'plain quote")).isEqualTo("'plain quote");
        assertThat(CsvText.exported("Window 1200")).isEqualTo("Window 1200");
        assertThat(CsvText.imported("'=SUM(A1)")).as("as a spreadsheet saves a quoted cell").isEqualTo("=SUM(A1)");
    }

    @Test
    void exportThenImportIsTheIdentityForEveryShortString() {
        String alphabet = "'=+-@\t\rax";
        for (int length = 0; length <= 4; length++) {
            int combinations = (int) Math.pow(alphabet.length(), length);
            for (int n = 0; n < combinations; n++) {
                StringBuilder text = new StringBuilder();
                for (int k = 0, rest = n; k < length; k++, rest /= alphabet.length()) {
                    text.append(alphabet.charAt(rest % alphabet.length()));
                }
                String s = text.toString();
                assertThat(CsvText.imported(CsvText.exported(s))).as("%s", s.replace("\t", "\\t").replace("\r", "\\r"))
                        .isEqualTo(s);
                assertThat(startsWithTrigger(CsvText.exported(s))).isFalse();
            }
        }
    }

    @Test
    void materialsNamedLikeFormulasExportNeutralisedAndImportIdentical() throws IOException {
        List<String> names = List.of("=HYPERLINK(\"http://evil.example\",\"x\")", "+1", "-x", "@SUM(A1:A2)",
                "'=quoted on purpose", "Plain name");
        List<Material> materials = new java.util.ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            materials.add(new Material(MaterialId.newId(), "M-" + i, names.get(i), MaterialCategory.HARDWARE,
                    MaterialUnit.PIECE, new BigDecimal("1.50"), null, true, Map.of("-RED", new BigDecimal("2")), 0));
        }

        String csv = MaterialCsv.export(materials);

        for (CSVRecord row : records(csv).subList(1, names.size() + 1)) {
            for (String cell : row) {
                assertThat(startsWithTrigger(cell)).as(cell).isFalse();
            }
        }
        List<MaterialCommand> back = MaterialCsv.parse(csv.getBytes(StandardCharsets.UTF_8)).requireValid().commands();
        assertThat(back).extracting(MaterialCommand::name).containsExactlyElementsOf(names);
        assertThat(back).allSatisfy(c -> assertThat(c.colourCosts()).containsOnlyKeys("-RED"));
    }

    @Test
    void productFormulasAndDescriptionsRoundTripWhileNumbersStayNumbers() throws IOException {
        Product product = new Product(ProductId.newId(), "P-1", "@Window", ProductCategory.WINDOW, WindowType.FIXED,
                300, 3000, 300, 3000, List.of(new BomLine("M-1", Formula.parse("-1 + 2 * width_m"),
                        new BigDecimal("1.05"), "=cmd|' /C calc'!A0")), true, 0);

        String csv = ProductCsv.export(List.of(product));

        CSVRecord row = records(csv).get(1);
        for (String cell : row) {
            assertThat(startsWithTrigger(cell)).as(cell).isFalse();
        }
        ProductCommand back = ProductCsv.parse(csv.getBytes(StandardCharsets.UTF_8)).requireValid().commands().get(0);
        assertThat(back.name()).isEqualTo("@Window");
        assertThat(back.bom().get(0).formula()).isEqualTo("-1 + 2 * width_m");
        assertThat(back.bom().get(0).description()).isEqualTo("=cmd|' /C calc'!A0");
        assertThat(back.minWidthMm()).isEqualTo(300);
    }

    private static boolean startsWithTrigger(String cell) {
        if (cell.isEmpty()) {
            return false;
        }
        for (char trigger : TRIGGERS) {
            if (cell.charAt(0) == trigger) {
                return true;
            }
        }
        return false;
    }

    private static List<CSVRecord> records(String csv) throws IOException {
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(csv)).setFormat(CsvTable.FORMAT).get()) {
            return parser.getRecords();
        }
    }
}
