package com.wqs.adapter.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wqs.adapter.cli.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Window layouts through the CLI: products with layouts, scoped BOM lines and glass deductions; quote lines in
 * the layout notation; the panes a work order orders, with profile colours; the drawing command; bad layouts.
 */
class LayoutCommandsTest {
    private static final String SLIDER = "product=SLD-2L,glass=GL-CLR6,color=WHITE,w=1500,h=1200,qty=2";
    private static final String CASEMENT = "product=CAS-SL,glass=GL-CLR6,color=BLACK,w=1200,h=1400,layout=V(600)[FIX,CR]";
    private static final String TILT_TURN = "product=TT-T,glass=GL-CLR6,color=WHITE,w=1000,h=2100,"
            + "layout=H(1700)[TTL,FIX:GL-LAM6]";
    @TempDir
    Path dir;
    Cli cli;

    @BeforeEach
    void catalogue() {
        cli = new Cli(dir.resolve("wqs.db"));
        cli.ok("user", "add", "--role", "ADMIN", "--email", "owner@shop.example", "--name", "Owner",
                "--password=long-password-1");
        cli.ok("material", "add", "--code", "PRF-FRAME", "--name", "Outer frame", "--category", "PROFILE", "--unit",
                "M", "--cost", "60.00", "--stock-length", "6.0", "--colour-cost", "WHITE=66.00",
                "--colour-cost", "BLACK=73.20");
        cli.ok("material", "add", "--code", "PRF-SASH", "--name", "Sash profile", "--category", "PROFILE", "--unit",
                "M", "--cost", "70.00", "--stock-length", "6.0", "--colour-cost", "WHITE=77.00",
                "--colour-cost", "BLACK=85.40");
        cli.ok("material", "add", "--code", "PRF-MULL", "--name", "Mullion / transom", "--category", "PROFILE",
                "--unit", "M", "--cost", "55.00", "--stock-length", "6.0", "--colour-cost", "WHITE=60.50",
                "--colour-cost", "BLACK=67.10");
        cli.ok("material", "add", "--code", "HW-ROLL", "--name", "Roller", "--category", "HARDWARE", "--unit",
                "PIECE", "--cost", "15.00");
        cli.ok("material", "add", "--code", "GL-CLR6", "--name", "Clear glass 6 mm", "--category", "GLASS", "--unit",
                "M2", "--cost", "120.00");
        cli.ok("material", "add", "--code", "GL-LAM6", "--name", "Laminated glass 3+3", "--category", "GLASS",
                "--unit", "M2", "--cost", "220.00");
        cli.ok("product", "add", "--code", "SLD-2L", "--name", "Sliding 2 leaves", "--type", "SLIDING",
                "--width", "800-3000", "--height", "600-2500", "--layout", "V[SL,SR]", "--layout-locked",
                "--min-cell", "300", "--sash-deduction", "30x30",
                "--bom", "material=PRF-FRAME,formula=perimeter_m,waste=1.05",
                "--bom", "material=PRF-SASH,formula=cell_perimeter_m,scope=EACH_SASH",
                "--bom", "material=HW-ROLL,formula=2,scope=EACH_SASH");
        cli.ok("product", "add", "--code", "CAS-SL", "--name", "Casement with sidelight", "--type", "CASEMENT",
                "--width", "800-2400", "--height", "600-2400", "--layout", "V[FIX,CL]", "--division-width", "60",
                "--min-cell", "200", "--fixed-deduction", "20x20", "--sash-deduction", "40x40",
                "--bom", "material=PRF-FRAME,formula=perimeter_m",
                "--bom", "material=PRF-SASH,formula=cell_perimeter_m,scope=EACH_SASH",
                "--bom", "material=PRF-MULL,formula=mullion_m + transom_m");
        cli.ok("product", "add", "--code", "TT-T", "--name", "Tilt-turn with transom light", "--type", "TILT_TURN",
                "--width", "600-1600", "--height", "2000-2600", "--layout", "H(1700)[TTL,FIX]", "--division-width",
                "60", "--min-cell", "200", "--fixed-deduction", "20x20", "--sash-deduction", "40x40",
                "--bom", "material=PRF-FRAME,formula=perimeter_m",
                "--bom", "material=PRF-SASH,formula=cell_perimeter_m,scope=EACH_SASH",
                "--bom", "material=PRF-MULL,formula=transom_m");
        cli.ok("customer", "add", "--name", "ACME Ltd");
    }

    @Test
    void aProductShowsItsLayoutDeductionsAndScopedBom() {
        JsonNode product = cli.json("product", "show", "SLD-2L");
        assertThat(product.get("layout").get("lineMayChange").asBoolean()).isFalse();
        assertThat(product.get("layout").get("sashDeduction").get("widthMm").asInt()).isEqualTo(30);
        assertThat(product.get("bom").findValuesAsText("scope")).containsExactly("WINDOW", "EACH_SASH", "EACH_SASH");
        assertThat(cli.ok("product", "show", "CAS-SL").out()).contains("V[FIX,CL]", "60 mm", "fixed 20 x 20 mm",
                "sash 40 x 40 mm", "EACH_SASH");
        assertThat(cli.ok("product", "show", "SLD-2L").out()).contains("V[SL,SR] (locked)");
    }

    @Test
    void aTwoLeafSliderPricesTwoPanesOfTheDeductedSize() {
        JsonNode pricing = cli.json("quote", "price", "--labour-rate", "78", "--line", SLIDER);
        JsonNode line = pricing.get("lines").get(0);
        assertThat(line.get("panes")).hasSize(2);
        for (JsonNode pane : line.get("panes")) {
            assertThat(pane.get("widthMm").asInt()).isEqualTo(750 - 30);
            assertThat(pane.get("heightMm").asInt()).isEqualTo(1200 - 30);
        }
        // glass: 2 panes of 0.72 x 1.17 m at 120.00/m², 2 windows, 5 % glass waste (the default rate)
        assertThat(line.get("glass").asText()).isEqualTo("424.57");
        assertThat(cli.ok("quote", "price", "--labour-rate", "78", "--line", SLIDER).out()).contains("L1-A", "L1-B", "V[SL,SR]",
                "720 x 1170", "0.8424");
    }

    @Test
    void aWorkOrderFromThreeLayoutsListsEveryPaneAndTheProfileColours() throws Exception {
        String number = cli.json("quote", "create", "--labour-rate", "78", "--customer", "ACME Ltd", "--line", SLIDER, "--line", CASEMENT,
                "--line", TILT_TURN).get("number").asText();
        cli.ok("quote", "send", number);
        cli.ok("quote", "accept", number);
        String wo = cli.json("workorder", "create", number).get("number").asText();

        JsonNode materials = cli.json("workorder", "materials", wo);
        List<String> panes = new ArrayList<>();
        materials.get("glassPanes").forEach(p -> panes.add(p.get("position").asText() + " "
                + p.get("glassCode").asText() + " " + p.get("widthMm").asInt() + "x" + p.get("heightMm").asInt()
                + " x" + p.get("quantity").asInt()));
        // slider: 2 leaves of 750 less 30; casement 1200 wide, mullion 60 at 600: 570 + 60 + 570, fixed less 20,
        // sash less 40; tilt-turn 2100 high, transom 60 at 1700: 1670 below, 370 above
        assertThat(panes).containsExactlyInAnyOrder(
                "L1-A GL-CLR6 720x1170 x2", "L1-B GL-CLR6 720x1170 x2",
                "L2-A GL-CLR6 550x1380 x1", "L2-B GL-CLR6 530x1360 x1",
                "L3-A GL-LAM6 980x350 x1", "L3-B GL-CLR6 960x1630 x1"); // labelled in reading order: the light above is A
        List<String> profiles = new ArrayList<>();
        materials.get("materials").forEach(m -> {
            if ("PROFILE".equals(m.get("category").asText())) {
                profiles.add(m.get("materialCode").asText() + " " + m.get("colour").asText());
            }
        });
        assertThat(profiles).contains("PRF-FRAME WHITE", "PRF-FRAME BLACK", "PRF-SASH WHITE", "PRF-SASH BLACK",
                "PRF-MULL WHITE", "PRF-MULL BLACK");
        String table = cli.ok("workorder", "materials", wo).out();
        assertThat(table).contains("COLOUR", "BLACK", "Glass GL-CLR6", "Glass GL-LAM6", "L2-B", "530", "1360",
                "L3-A", "980", "350");

        Path svg = dir.resolve("line2.svg");
        JsonNode written = cli.json("quote", "drawing", number, "--line", "2", "--out", svg.toString(),
                "--revision", "1");
        assertThat(written.get("bytes").asInt()).isPositive();
        assertThat(Files.readString(svg)).startsWith("<svg").contains("1200", "1400", "570");
        assertThat(cli.run("quote", "drawing", number, "--line", "4", "--out", svg.toString()).exitCode())
                .isEqualTo(3);
    }

    @Test
    void badLayoutsAreRefusedNamingTheFieldAndNothingIsSaved() {
        Cli.Result syntax = cli.run("quote", "create", "--labour-rate", "78", "--customer", "ACME Ltd", "--line",
                "product=CAS-SL,glass=GL-CLR6,w=1200,h=1400,layout=V[FIX,XX]", "--json");
        assertThat(syntax.exitCode()).isEqualTo(3);
        assertThat(syntax.errorJson().get("fields").get(0).get("field").asText()).isEqualTo("lines[0].layout");

        Cli.Result outside = cli.run("quote", "create", "--labour-rate", "78", "--customer", "ACME Ltd", "--line",
                "product=CAS-SL,glass=GL-CLR6,w=1200,h=1400,layout=V(1300)[FIX,CR]", "--json");
        assertThat(outside.exitCode()).isEqualTo(3);
        assertThat(outside.errorJson().get("fields").get(0).get("field").asText()).startsWith("lines[0].layout");

        Cli.Result tooSmall = cli.run("quote", "create", "--labour-rate", "78", "--customer", "ACME Ltd", "--line", CASEMENT, "--line",
                "product=CAS-SL,glass=GL-CLR6,w=1200,h=1400,layout=V(150)[FIX,CR]", "--json");
        assertThat(tooSmall.exitCode()).isEqualTo(3);
        assertThat(tooSmall.errorJson().get("fields").get(0).get("field").asText())
                .isEqualTo("lines[1].layout.cells[0].width");

        Cli.Result locked = cli.run("quote", "create", "--labour-rate", "78", "--customer", "ACME Ltd", "--line",
                SLIDER + ",layout=V[SL,FIX,SR]", "--json");
        assertThat(locked.exitCode()).isEqualTo(3);
        assertThat(locked.errorJson().get("fields").get(0).get("field").asText()).isEqualTo("lines[0].layout");

        Cli.Result unknownGlass = cli.run("quote", "price", "--labour-rate", "78", "--line",
                "product=CAS-SL,glass=GL-CLR6,w=1200,h=1400,layout=V[FIX:GL-NOPE,CR]");
        assertThat(unknownGlass.exitCode()).isEqualTo(3);
        assertThat(unknownGlass.err()).contains("lines[0].layout");
        assertThat(cli.json("quote", "list").get("total").asLong()).isZero();

        Cli.Result deduction = cli.run("product", "add", "--code", "BAD", "--name", "Bad", "--type", "FIXED",
                "--width", "400-2000", "--height", "400-2000", "--min-cell", "100", "--fixed-deduction", "150x20",
                "--bom", "material=PRF-FRAME,formula=perimeter_m", "--json");
        assertThat(deduction.exitCode()).isEqualTo(3);
        assertThat(deduction.errorJson().toString()).contains("fixedDeduction.widthMm");
        Cli.Result scope = cli.run("product", "add", "--code", "BAD", "--name", "Bad", "--type", "FIXED",
                "--width", "400-2000", "--height", "400-2000", "--fixed-deduction", "20 by 20",
                "--bom", "material=PRF-FRAME,formula=cell_width_m,scope=EACH_PANE", "--json");
        assertThat(scope.exitCode()).isEqualTo(3);
        assertThat(scope.errorJson().toString()).contains("bom[0].scope", "--fixed-deduction");
        Cli.Result wrongScope = cli.run("product", "add", "--code", "BAD", "--name", "Bad", "--type", "FIXED",
                "--width", "400-2000", "--height", "400-2000", "--bom", "material=PRF-FRAME,formula=cell_width_m",
                "--json");
        assertThat(wrongScope.exitCode()).isEqualTo(3);
        assertThat(wrongScope.errorJson().toString()).contains("cell_width_m");
        assertThat(cli.run("product", "show", "BAD").exitCode()).isEqualTo(4);
    }
}
