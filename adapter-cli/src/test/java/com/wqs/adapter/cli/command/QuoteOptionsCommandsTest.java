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
 * Optional lines and alternatives through the CLI: quote create / show / import carry them, {@code quote choose}
 * records the customer's choice on the sent quote, and the work order holds only the chosen lines.
 */
class QuoteOptionsCommandsTest {
    private static final String CLEAR = "product=SLD-2L,glass=GL-CLR6,color=WHITE,w=1500,h=1200,qty=2,desc=Clear";
    private static final String LOW_E = "product=SLD-2L,glass=GL-LOWE6,color=WHITE,w=1200,h=1000,qty=1,desc=Low-E";
    @TempDir
    Path dir;
    Cli cli;

    @BeforeEach
    void catalogueAndCustomer() {
        cli = new Cli(dir.resolve("wqs.db"));
        cli.ok("user", "add", "--role", "ADMIN", "--email", "owner@shop.example", "--name", "Owner",
                "--password=long-password-1");
        UserAndCatalogCommandsTest.catalogue(cli);
        cli.ok("material", "add", "--code", "GL-LOWE6", "--name", "Low-E glass 6 mm", "--category", "GLASS",
                "--unit", "M2", "--cost", "150.00");
        cli.ok("customer", "add", "--name", "ACME Ltd");
    }

    private static List<Boolean> included(JsonNode pricedLines) {
        List<Boolean> result = new ArrayList<>();
        pricedLines.forEach(l -> result.add(l.get("option").get("chosen").asBoolean()
                || (!l.get("option").get("optional").asBoolean() && !l.get("option").has("alternativeGroup"))));
        return result;
    }

    @Test
    void aQuoteWithOptionsIsCreatedShownChosenAndMadeOfItsChosenLines() {
        JsonNode created = cli.json("quote", "create", "--customer", "ACME Ltd",
                "--line", CLEAR + ",group=Glass,chosen=true", "--line", LOW_E + ",group=Glass",
                "--material-line", "code=CN-SIL,qty=3,optional=true", "--material-line", "code=HW-ROLL,qty=2",
                "--labour-rate", "78");
        String number = created.get("number").asText();
        assertThat(created.get("lines").get(0).get("option").get("alternativeGroup").asText()).isEqualTo("Glass");
        assertThat(created.get("lines").get(2).get("option").get("optional").asBoolean()).isTrue();
        assertThat(included(created.get("pricing").get("lines"))).containsExactly(true, false, false, true);
        JsonNode requiredOnly = cli.json("quote", "price", "--line", CLEAR, "--material-line", "code=HW-ROLL,qty=2",
                "--labour-rate", "78");
        assertThat(created.get("pricing").get("total").asText()).isEqualTo(requiredOnly.get("total").asText());
        assertThat(cli.ok("quote", "show", number).out()).contains("OPTION",
                "Alternative A of Glass (A / B), chosen: A — Clear", "Optional — not included",
                "The totals are those of the chosen lines");

        cli.ok("quote", "send", number);
        Cli.Result required = cli.run("quote", "choose", number, "--line", "4");
        assertThat(required.exitCode()).isEqualTo(3);
        assertThat(required.err()).contains("--line 4");
        JsonNode chosen = cli.json("quote", "choose", number, "--line", "2,3");
        assertThat(chosen.get("status").asText()).isEqualTo("SENT");
        assertThat(included(chosen.get("pricing").get("lines"))).containsExactly(false, true, true, true);
        assertThat(chosen.get("pricing").get("total").asText()).isNotEqualTo(created.get("pricing").get("total").asText());
        assertThat(cli.json("quote", "show", number).get("pricing").get("total"))
                .isEqualTo(chosen.get("pricing").get("total"));
        assertThat(cli.run("quote", "choose", number, "--line", "2", "--revision", "2").exitCode()).isEqualTo(5);

        cli.ok("quote", "accept", number);
        assertThat(cli.run("quote", "choose", number, "--line", "1").exitCode()).isEqualTo(5);
        JsonNode order = cli.json("workorder", "create", number);
        List<String> made = new ArrayList<>();
        order.get("lines").forEach(l -> made.add(l.get("description").asText()));
        assertThat(made).containsExactly("Low-E", "Silicone", "Roller");
        JsonNode materials = cli.json("workorder", "materials", order.get("number").asText());
        assertThat(materials.get("glassPanes").findValuesAsText("glassCode")).containsOnly("GL-LOWE6");
    }

    @Test
    void badOptionsAreValidationErrorsNamingTheLine() {
        Cli.Result lonely = cli.run("quote", "create", "--customer", "ACME Ltd", "--line", CLEAR + ",group=Glass",
                "--labour-rate", "78");
        assertThat(lonely.exitCode()).isEqualTo(3);
        assertThat(lonely.err()).contains("lines[0].alternativeGroup");
        Cli.Result flag = cli.run("quote", "price", "--material-line", "code=CN-SIL,qty=3,optional=perhaps");
        assertThat(flag.exitCode()).isEqualTo(3);
        assertThat(flag.err()).contains("lines[0].optional");
        assertThat(cli.json("quote", "list").get("total").asLong()).isZero();
    }

    @Test
    void anImportedFileCarriesTheOptions() throws Exception {
        Path file = dir.resolve("quotes.csv");
        Files.writeString(file, """
                ref,customer,product,material,glass,colour,widthMm,heightMm,quantity,optional,alternativeGroup,chosen,labourRate
                A,ACME Ltd,SLD-2L,,GL-CLR6,WHITE,1500,1200,2,,Glass,true,78
                A,ACME Ltd,SLD-2L,,GL-LOWE6,WHITE,1500,1200,2,,Glass,,
                A,ACME Ltd,,CN-SIL,,,,,3,true,,,
                """);
        cli.ok("quote", "import", "--file", file.toString());
        String number = cli.json("quote", "list").get("items").get(0).get("number").asText();
        JsonNode quote = cli.json("quote", "show", number);
        assertThat(included(quote.get("pricing").get("lines"))).containsExactly(true, false, false);
        assertThat(quote.get("lines").get(1).get("option").get("alternativeGroup").asText()).isEqualTo("Glass");
    }
}
