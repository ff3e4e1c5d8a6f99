package com.wqs.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scripted scenario: demo data, then one quote from creation to a delivered work order. */
class DemoScenarioTest {
    @TempDir
    Path dir;

    @Test
    void demoThenAQuoteToDeliveryShowsInTheStatistics() {
        Cli cli = new Cli(dir.resolve("demo.db"));
        JsonNode demo = cli.json("demo");
        assertThat(demo.get("added").get("quotesCreated").asInt()).isEqualTo(320);
        assertThat(demo.get("password").asText()).isEqualTo("demo-password");

        JsonNode allQuotes = cli.json("quote", "list", "--size", "1");
        assertThat(allQuotes.get("total").asLong()).isEqualTo(320);
        JsonNode before = cli.json("stats", "--all");
        assertThat(before.get("totalCount").asLong()).isEqualTo(320);
        assertThat(before.get("monthly")).hasSize(12);
        long statusesInUse = before.get("byStatus").findValues("count").stream().filter(c -> c.asLong() > 0).count();
        assertThat(statusesInUse).as("quotes across statuses").isGreaterThanOrEqualTo(5);
        long deliveredBefore = before.get("workOrdersByStatus").get("DELIVERED").asLong();
        assertThat(deliveredBefore).isPositive();

        JsonNode again = cli.json("demo");
        assertThat(again.get("added").get("quotesCreated").asInt()).as("idempotent").isZero();
        assertThat(again.get("added").get("customersCreated").asInt()).isZero();
        assertThat(cli.json("quote", "list", "--size", "1").get("total").asLong()).isEqualTo(320);

        String sales = "sales@demo.local";
        String number = cli.json("--as", sales, "quote", "create", "--customer", "Harbour View Hotel",
                "--line", "product=SLD-2L,glass=GL-CLR-6,color=WHITE,w=1500,h=1200,qty=2",
                "--material-line", "code=CN-SIL,qty=3").get("number").asText();
        cli.ok("--as", sales, "quote", "send", number);
        cli.ok("--as", sales, "quote", "accept", number);
        String wo = cli.json("--as", sales, "workorder", "create", number).get("number").asText();
        for (String status : new String[] {"MATERIALS_ORDERED", "MATERIALS_RECEIVED", "IN_PRODUCTION", "QUALITY_CHECK",
                "READY_FOR_DELIVERY", "DELIVERED"}) {
            cli.ok("--as", "production@demo.local", "workorder", "status", wo, "--to", status);
        }

        JsonNode after = cli.json("stats", "--all");
        assertThat(after.get("totalCount").asLong()).isEqualTo(321);
        assertThat(after.get("workOrdersByStatus").get("DELIVERED").asLong()).isEqualTo(deliveredBefore + 1);
        JsonNode mine = cli.json("--as", sales, "stats");
        assertThat(mine.get("recent").get(0).get("number").asText()).isEqualTo(number);
        assertThat(mine.get("byStatus").get("CONVERTED").get("count").asLong()).isPositive();
        assertThat(cli.ok("stats", "--all").out()).contains("Win rate", "DELIVERED", "Most recent");
        assertThat(cli.run("--as", sales, "stats", "--all").exitCode()).as("sales sees only their own").isEqualTo(6);
    }
}
