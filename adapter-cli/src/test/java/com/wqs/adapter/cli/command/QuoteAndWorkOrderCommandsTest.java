package com.wqs.adapter.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wqs.adapter.cli.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quotes and work orders through the CLI, priced with PRODUCT.md's worked example. */
class QuoteAndWorkOrderCommandsTest {
    private static final String WINDOW = "product=SLD-2L,glass=GL-CLR6,color=WHITE,w=1500,h=1200,qty=2";
    @TempDir
    Path dir;
    Cli cli;

    @BeforeEach
    void catalogueAndCustomer() {
        cli = new Cli(dir.resolve("wqs.db"));
        cli.ok("user", "add", "--role", "ADMIN", "--email", "owner@shop.example", "--name", "Owner",
                "--password=long-password-1");
        UserAndCatalogCommandsTest.catalogue(cli);
        cli.ok("--as", "owner@shop.example", "customer", "add", "--name", "ACME Ltd");
        cli.ok("material", "add", "--code", "X", "--name", "unused", "--category", "HARDWARE", "--unit", "PIECE",
                "--cost", "1");
    }

    @Test
    void priceIsADryRunWithTheWorkedExamplesTotal() {
        JsonNode pricing = cli.json("quote", "price", "--line", WINDOW, "--material-line", "code=CN-SIL,qty=3",
                "--discount", "5", "--labour-rate", "78");
        assertThat(pricing.get("lines")).hasSize(2);
        assertThat(cli.json("quote", "list").get("total").asLong()).isZero();

        // labour override aside, the worked example: SLIDING 65.00/m² x 1.2 is set as a labour rate
        JsonNode worked = cli.json("quote", "price", "--line", WINDOW, "--material-line", "code=CN-SIL,qty=3",
                "--discount", "5%", "--labour-rate", "78.00");
        assertThat(worked.get("labour").asText()).isEqualTo("280.80");
        assertThat(worked.get("total").asText()).isEqualTo("5477.55");
        Cli.Result table = cli.ok("quote", "price", "--line", WINDOW, "--material-line", "code=CN-SIL,qty=3",
                "--discount", "5", "--labour-rate", "78");
        assertThat(table.out()).contains("Total", "$5,477.55", "Discount (5 %)", "SLD-2L / GL-CLR6 WHITE",
                "1500 x 1200");
        // two 1.5 × 1.2 m windows: 3.6 m², 10.8 m of perimeter, $5,477.55 / 3.6 = $1,521.54 per m²
        assertThat(table.out()).containsPattern("Windows +2").containsPattern("Window area +3\\.6 m2")
                .containsPattern("Window perimeter +10\\.8 m").containsPattern("Total per m2 +\\$1,521\\.54");
        assertThat(cli.ok("--lang", "es", "quote", "price", "--line", WINDOW, "--labour-rate", "78").out())
                .contains("Superficie de ventanas", "Mano de obra", "Base imponible").doesNotContain("Taxable");
    }

    @Test
    void aQuoteIsShownAndSentInSpanishWhenAskedFor() {
        String number = cli.json("quote", "create", "--customer", "ACME Ltd", "--line", WINDOW, "--labour-rate", "78")
                .get("number").asText();

        assertThat(cli.ok("--lang", "es", "quote", "show", number).out())
                .contains("Cotización", "Estado", "Válida hasta", "ACME Ltd").doesNotContain("Valid until");
        assertThat(cli.ok("--lang", "es", "quote", "send", number).out())
                .contains("Cotización " + number + " enviada: ahora SENT (revisión 1)", "Enlace para el cliente");
    }

    @Test
    void aQuoteGoesThroughItsLifecycle() throws Exception {
        JsonNode created = cli.json("quote", "create", "--customer", "ACME Ltd", "--line", WINDOW,
                "--material-line", "code=CN-SIL,qty=3", "--discount", "5", "--labour-rate", "78");
        String number = created.get("number").asText();
        assertThat(number).matches("Q-\\d{4}-00001");
        assertThat(created.get("status").asText()).isEqualTo("DRAFT");
        assertThat(created.get("pricing").get("total").asText()).isEqualTo("5477.55");

        assertThat(cli.ok("quote", "list").out()).contains(number, "ACME Ltd", "DRAFT", "$5,477.55");
        assertThat(cli.ok("quote", "show", number).out()).contains("Total", "$5,477.55", "ACME Ltd");
        assertThat(cli.json("quote", "send", number).get("status").asText()).isEqualTo("SENT");
        assertThat(cli.run("quote", "send", number).exitCode()).as("sent twice").isEqualTo(5);

        Path pdf = dir.resolve("quote.pdf");
        cli.ok("quote", "pdf", number, "--out", pdf.toString());
        assertThat(new String(Files.readAllBytes(pdf), 0, 5)).isEqualTo("%PDF-");

        assertThat(cli.json("quote", "reject", number, "--reason", "Too expensive").get("status").asText())
                .isEqualTo("REJECTED");
        JsonNode revised = cli.json("quote", "revise", number);
        assertThat(revised.get("status").asText()).isEqualTo("DRAFT");
        assertThat(revised.get("revision").asInt()).isEqualTo(2);
        assertThat(cli.json("quote", "cancel", number, "--note", "customer went away").get("status").asText())
                .isEqualTo("CANCELLED");
        assertThat(cli.json("quote", "list", "--status", "CANCELLED").get("total").asLong()).isEqualTo(1);
        assertThat(cli.json("quote", "show", number).get("history")).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void badQuoteInputIsRefusedAndNothingIsCreated() {
        Cli.Result badLine = cli.run("quote", "create", "--customer", "ACME Ltd", "--line",
                "product=SLD-2L,glass=GL-CLR6,w=100,h=1200");
        assertThat(badLine.exitCode()).isEqualTo(3);
        assertThat(badLine.err()).contains("lines[0]");
        Cli.Result json = cli.run("quote", "create", "--customer", "ACME Ltd", "--line", "product=NOPE,glass=GL-CLR6,w=1000,h=1000", "--json");
        assertThat(json.exitCode()).isEqualTo(3);
        assertThat(json.out()).isEmpty();
        assertThat(json.errorJson().get("fields").get(0).get("field").asText()).startsWith("lines[0]");
        assertThat(cli.run("quote", "create", "--customer", "Nobody", "--line", WINDOW).exitCode()).isEqualTo(4);
        assertThat(cli.run("quote", "create", "--customer", "ACME Ltd", "--line", "w=wide").exitCode()).isEqualTo(3);
        assertThat(cli.run("quote", "create", "--customer", "ACME Ltd", "--line", WINDOW, "--discount", "lots")
                .exitCode()).isEqualTo(3);
        assertThat(cli.run("quote", "show", "Q-1999-00001").exitCode()).isEqualTo(4);
        assertThat(cli.run("quote", "pdf", "Q-1999-00001", "--out", dir.resolve("x.pdf").toString()).exitCode())
                .isEqualTo(4);
        assertThat(cli.json("quote", "list").get("total").asLong()).isZero();
    }

    @Test
    void anAcceptedQuoteBecomesOneWorkOrderThatIsFollowedToDelivery() {
        String number = cli.json("quote", "create", "--customer", "ACME Ltd", "--line", WINDOW, "--labour-rate", "78")
                .get("number").asText();
        assertThat(cli.run("workorder", "create", number).exitCode()).as("a draft is not converted").isEqualTo(5);
        cli.ok("quote", "send", number);
        cli.ok("quote", "accept", number);

        JsonNode order = cli.json("workorder", "create", number, "--priority", "HIGH", "--delivery", "2030-01-15");
        String wo = order.get("number").asText();
        assertThat(wo).matches("WO-\\d{4}-00001");
        assertThat(order.get("details").get("priority").asText()).isEqualTo("HIGH");
        Cli.Result again = cli.run("workorder", "create", number, "--json");
        assertThat(again.exitCode()).isEqualTo(5);
        assertThat(again.json().get("number").asText()).isEqualTo(wo);

        assertThat(cli.ok("workorder", "list").out()).contains(wo, number, "ACME Ltd", "PENDING", "HIGH");
        assertThat(cli.ok("workorder", "show", wo).out()).contains(wo, "ACME Ltd", "SLD-2L");
        JsonNode materials = cli.json("workorder", "materials", wo);
        assertThat(materials.get("materials").findValuesAsText("materialCode")).contains("PRF-TOP", "HW-ROLL");
        assertThat(materials.get("glassPanes").get(0).get("widthMm").asInt()).isEqualTo(1500);
        assertThat(cli.ok("workorder", "materials", wo).out()).contains("PRF-TOP", "BARS PRICED", "CUT LIST", "GL-CLR6");

        JsonNode overview = cli.json("workorder", "overview");
        assertThat(overview.get("open").asLong()).isEqualTo(1);
        assertThat(overview.get("byStatus").get("PENDING").asLong()).isEqualTo(1);
        assertThat(overview.get("nextDeliveries").get(0).get("number").asText()).isEqualTo(wo);
        assertThat(overview.get("materialsToOrder").findValuesAsText("materialCode")).contains("PRF-TOP", "HW-ROLL");
        assertThat(cli.ok("workorder", "overview").out()).contains("Open work orders", "Next deliveries", wo,
                "Materials to order", "PRF-TOP");

        assertThat(cli.run("workorder", "status", wo, "--to", "DELIVERED").exitCode()).isEqualTo(5);
        for (String status : new String[] {"MATERIALS_ORDERED", "MATERIALS_RECEIVED", "IN_PRODUCTION", "QUALITY_CHECK",
                "READY_FOR_DELIVERY", "DELIVERED"}) {
            assertThat(cli.json("workorder", "status", wo, "--to", status).get("status").asText()).isEqualTo(status);
        }
        assertThat(cli.json("workorder", "show", wo).get("completedAt").isNull()).isFalse();
        assertThat(cli.run("workorder", "show", "WO-1999-00009").exitCode()).isEqualTo(4);
    }

    @Test
    void aWorkOrderItsMaterialsAndItsCutListSpeakSpanishWhenAskedFor() {
        String number = cli.json("quote", "create", "--customer", "ACME Ltd", "--line", WINDOW, "--labour-rate", "78")
                .get("number").asText();
        cli.ok("quote", "send", number);
        cli.ok("quote", "accept", number);

        String created = cli.ok("--lang", "es", "workorder", "create", number, "--delivery", "2030-01-15").out();
        assertThat(created).contains("creada a partir de la cotización " + number);
        String wo = cli.json("workorder", "list").get("items").get(0).get("number").asText();

        assertThat(cli.ok("--lang", "es", "workorder", "show", wo).out())
                .contains("Orden de trabajo", "Prioridad", "Entrega", "(revisión 1)")
                .doesNotContain("Production notes", "Delivery instructions");
        assertThat(cli.ok("--lang", "es", "workorder", "overview").out())
                .contains("Órdenes de trabajo abiertas", "Próximas entregas", "Materiales por pedir")
                .doesNotContain("Open work orders");
        assertThat(cli.ok("--lang", "es", "workorder", "materials", wo).out()).contains("Vidrio GL-CLR6", "total");
        assertThat(cli.ok("--lang", "es", "workorder", "cutlist", wo).out())
                .contains("Lista de cortes (vista previa) para " + wo, "barras nuevas", "retazos del estante")
                .doesNotContain("new bars");
        assertThat(cli.ok("--lang", "es", "workorder", "status", wo, "--to", "MATERIALS_ORDERED").out())
                .contains("La orden de trabajo " + wo + " está ahora en MATERIALS_ORDERED");
        assertThat(cli.ok("workorder", "status", wo, "--to", "MATERIALS_RECEIVED").out())
                .contains("Work order " + wo + " is now MATERIALS_RECEIVED");
    }
}
