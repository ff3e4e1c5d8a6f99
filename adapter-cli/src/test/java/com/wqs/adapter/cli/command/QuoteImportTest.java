package com.wqs.adapter.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wqs.adapter.cli.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wqs quote import}: quotes from CSV through the create-quote use case, all checked before any is written. */
class QuoteImportTest {
    private static final String HEADER =
            "ref,customer,product,glass,colour,widthMm,heightMm,quantity,material,description,discount,labourRate,validUntil,notes";
    @TempDir
    Path dir;
    Cli cli;
    String betaId;

    @BeforeEach
    void catalogueAndCustomers() {
        cli = new Cli(dir.resolve("wqs.db"));
        cli.ok("user", "add", "--role", "ADMIN", "--email", "owner@shop.example", "--name", "Owner",
                "--password=long-password-1");
        UserAndCatalogCommandsTest.catalogue(cli);
        cli.ok("customer", "add", "--name", "ACME Ltd", "--email", "buyer@acme.example");
        betaId = cli.json("customer", "add", "--name", "Beta Build", "--email", "b@beta.example").get("id").asText();
    }

    @Test
    void importsQuotesPricedAsTheyWouldBeOneByOne() throws IOException {
        Path file = csv(
                "A-1,ACME Ltd,SLD-2L,GL-CLR6,WHITE,1500,1200,2,,,5,78,,imported",
                "B-7," + betaId + ",SLD-2L,GL-CLR6,,1000,800,,,Kitchen,,78,,",
                "A-1,ACME Ltd,,,,,,3,CN-SIL,,5,,,");

        JsonNode summary = cli.json("quote", "import", "--file", file.toString(), "--batch-size", "1");

        assertThat(summary.get("quotes").asInt()).isEqualTo(2);
        assertThat(summary.get("lines").asInt()).isEqualTo(3);
        assertThat(summary.get("batches").asInt()).isEqualTo(2);
        String first = summary.get("firstNumber").asText();
        assertThat(first).matches("Q-\\d{4}-00001");
        assertThat(summary.get("lastNumber").asText()).isEqualTo(first.replace("00001", "00002"));

        // the worked example of PRODUCT.md (customer by name, 5 % discount, a window and a material line)
        JsonNode a = cli.json("quote", "show", first);
        assertThat(a.get("customerId").asText()).isNotEqualTo(betaId);
        assertThat(a.get("lines")).hasSize(2);
        assertThat(a.get("notes").asText()).isEqualTo("imported");
        JsonNode expected = cli.json("quote", "price", "--line", "product=SLD-2L,glass=GL-CLR6,color=WHITE,w=1500,h=1200,qty=2",
                "--material-line", "code=CN-SIL,qty=3", "--discount", "5", "--labour-rate", "78");
        assertThat(a.get("pricing").get("total").asText()).isEqualTo(expected.get("total").asText()).isEqualTo("5477.55");

        // customer by id, quantity 1 by default, no colour, the line's description
        JsonNode b = cli.json("quote", "show", summary.get("lastNumber").asText());
        assertThat(b.get("customerId").asText()).isEqualTo(betaId);
        assertThat(b.get("lines")).hasSize(1);
        assertThat(b.get("lines").get(0).get("quantity").asInt()).isEqualTo(1);
        assertThat(b.get("lines").get(0).get("description").asText()).isEqualTo("Kitchen");
        assertThat(cli.json("quote", "list").get("total").asLong()).isEqualTo(2);
        assertThat(cli.json("stats").toString()).contains("\"DRAFT\"");
    }

    @Test
    void badRowsImportNothingAndAreAllListedWithTheirRow() throws IOException {
        cli.ok("customer", "add", "--name", "Twin", "--email", "t1@twin.example");
        cli.ok("customer", "add", "--name", "twin", "--email", "t2@twin.example");
        Path file = csv(
                "OK-1,ACME Ltd,SLD-2L,GL-CLR6,WHITE,1500,1200,2,,,,78,,",      // row 2: fine
                "X-1,ACME Ltd,SLD-2L,GL-CLR6,,500,1200,1,,,,78,,",            // row 3: narrower than the product allows
                "X-2,ACME Ltd,NOPE-1,GL-CLR6,,1500,1200,1,,,,78,,",           // row 4: unknown product
                "X-3,Nobody Inc,SLD-2L,GL-CLR6,,1500,1200,1,,,,78,,",         // row 5: unknown customer
                "X-4,ACME Ltd,SLD-2L,GL-CLR6,,1500,abc,1,,,,78,,",            // row 6: not a number
                "X-5,ACME Ltd,SLD-2L,GL-CLR6,,1500,1200,1,CN-SIL,,,78,,",     // row 7: window and material at once
                "OK-1,ACME Ltd,,,,,,3,CN-SIL,,10,78,,",                       // row 8: gives quote OK-1 its discount
                "OK-1,ACME Ltd,,,,,,1,CN-SIL,,20,78,,",                       // row 9: a different discount for the same quote
                "X-6,Twin,SLD-2L,GL-CLR6,,1500,1200,1,,,,78,,",               // row 10: two customers have the name
                "X-7,ACME Ltd,SLD-2L,GL-CLR6,,1500,1200,1,,,,78,2020-01-31,"); // row 11: valid until in the past

        Cli.Result result = cli.run("quote", "import", "--file", file.toString(), "--json");
        // stderr: the progress of the check, then the error as one JSON object on the last line
        Cli.Result error = new Cli.Result(result.exitCode(), result.out(), result.err().strip().lines()
                .reduce((a, b) -> b).orElse(""));

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.out()).isEmpty();
        List<String> fields = new ArrayList<>();
        error.errorJson().get("fields").forEach(f -> fields.add(f.get("field").asText() + ": " + f.get("message").asText()));
        assertThat(fields).anySatisfy(f -> assertThat(f).startsWith("rows[3].widthMm: "))
                .anySatisfy(f -> assertThat(f).startsWith("rows[4].product: "))
                .anySatisfy(f -> assertThat(f).isEqualTo("rows[5].customer: no customer named 'Nobody Inc'"))
                .anySatisfy(f -> assertThat(f).startsWith("rows[6].heightMm: must be a whole number"))
                .anySatisfy(f -> assertThat(f).startsWith("rows[7].product: "))
                .anySatisfy(f -> assertThat(f).startsWith("rows[9].discount: differs from row 8 of quote OK-1"))
                .anySatisfy(f -> assertThat(f).isEqualTo("rows[10].customer: 2 customers are named 'Twin': give the id"))
                .anySatisfy(f -> assertThat(f).isEqualTo("rows[11].validUntil: must not be in the past"))
                .noneSatisfy(f -> assertThat(f).startsWith("rows[2]."));
        assertThat(fields).extracting(f -> Integer.parseInt(f.replaceAll("rows\\[(\\d+)].*", "$1"))).isSorted();
        assertThat(cli.json("quote", "list").get("total").asLong()).as("nothing written").isZero();

        // the human form lists the rows too, and bad input used up no quote number
        Cli.Result human = cli.run("quote", "import", "--file", file.toString());
        assertThat(human.exitCode()).isEqualTo(3);
        assertThat(human.err()).contains("rows[3].widthMm", "rows[11].validUntil");
        JsonNode good = cli.json("quote", "import", "--file", csv("OK-1,ACME Ltd,SLD-2L,GL-CLR6,WHITE,1500,1200,2,,,,78,,")
                .toString());
        assertThat(good.get("firstNumber").asText()).endsWith("-00001");
    }

    @Test
    void aBadRowLateInTheFileImportsNothingThoughEarlierBatchesChecked() throws IOException {
        List<String> rows = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            rows.add("G-" + i + ",ACME Ltd,SLD-2L,GL-CLR6,WHITE,1500,1200,1,,,,78,,");
        }
        rows.add("G-1,ACME Ltd,,,,,,many,CN-SIL,,,78,,");   // row 32: quote G-1 again, its quantity not a number
        Path file = csv(rows.toArray(String[]::new));

        Cli.Result result = cli.run("quote", "import", "--file", file.toString(), "--batch-size", "4");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("rows[32].quantity").doesNotContain("rows[2].");
        assertThat(cli.json("quote", "list").get("total").asLong()).as("nothing written").isZero();
        rows.remove(rows.size() - 1);
        JsonNode good = cli.json("quote", "import", "--file", csv(rows.toArray(String[]::new)).toString(),
                "--batch-size", "4");
        assertThat(good.get("quotes").asInt()).isEqualTo(30);
        assertThat(good.get("batches").asInt()).isEqualTo(8);
        assertThat(good.get("firstNumber").asText()).as("bad input used up no number").endsWith("-00001");
        assertThat(good.get("lastNumber").asText()).endsWith("-00030");
    }

    @Test
    void aFailureWhileWritingLeavesNothingWrittenNotEvenTheBatchesBeforeIt() throws Exception {
        String first = cli.json("quote", "create", "--labour-rate", "78", "--customer", "ACME Ltd", "--line",
                "product=SLD-2L,glass=GL-CLR6,w=1500,h=1200").get("number").asText();
        // The quote takes the number the import's third batch of two will be given (a number set by hand):
        // checking the file finds nothing wrong, writing it meets a duplicate number.
        String taken = first.replace("-00001", "-00006");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + cli.db());
                Statement statement = db.createStatement()) {
            statement.executeUpdate("UPDATE quotes SET number = '" + taken + "'");
        }
        List<String> rows = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            rows.add("W-" + i + ",ACME Ltd,SLD-2L,GL-CLR6,WHITE,1500,1200,1,,,,78,,");
        }
        Path file = csv(rows.toArray(String[]::new));

        Cli.Result result = cli.run("quote", "import", "--file", file.toString(), "--batch-size", "2");

        assertThat(result.exitCode()).isEqualTo(5);
        assertThat(result.err()).contains("No quote was imported.", taken);
        JsonNode list = cli.json("quote", "list");
        assertThat(list.get("total").asLong()).as("the first two batches rolled back too").isEqualTo(1);
        assertThat(list.get("items").get(0).get("number").asText()).isEqualTo(taken);
        JsonNode next = cli.json("quote", "import", "--file", csv(rows.get(0)).toString());
        assertThat(next.get("firstNumber").asText()).as("the rolled-back numbers are free again").endsWith("-00002");
    }

    @Test
    void aWrongHeaderOrMissingFileIsAValidationError() throws IOException {
        Path file = dir.resolve("bad-header.csv");
        Files.writeString(file, "ref,client,product\nA,ACME Ltd,SLD-2L\n", StandardCharsets.UTF_8);
        Cli.Result header = cli.run("quote", "import", "--file", file.toString());
        assertThat(header.exitCode()).isEqualTo(3);
        assertThat(header.err()).contains("unknown column 'client'", "missing column 'customer'");
        assertThat(cli.run("quote", "import", "--file", dir.resolve("missing.csv").toString()).exitCode()).isEqualTo(3);
        assertThat(cli.run("quote", "import", "--file", file.toString(), "--batch-size", "0").exitCode()).isEqualTo(3);
    }

    private Path csv(String... rows) throws IOException {
        Path file = Files.createTempFile(dir, "quotes", ".csv");
        Files.writeString(file, HEADER + "\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
        return file;
    }
}
