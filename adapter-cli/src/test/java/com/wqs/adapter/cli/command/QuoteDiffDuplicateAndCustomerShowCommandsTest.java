package com.wqs.adapter.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wqs.adapter.cli.Cli;
import com.wqs.adapter.cli.Wqs;
import com.wqs.application.port.in.QuoteCommand;
import com.wqs.application.port.in.RatesCommand;
import com.wqs.application.service.UseCases;
import com.wqs.domain.catalog.Product;
import com.wqs.domain.quote.Quote;
import com.wqs.domain.quote.WindowLine;
import com.wqs.domain.shared.Money;
import com.wqs.domain.user.Actor;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** quote diff, quote duplicate and customer show (with the history) through the CLI. */
class QuoteDiffDuplicateAndCustomerShowCommandsTest {
    private static final String WINDOW = "product=SLD-2L,glass=GL-CLR6,color=WHITE,w=1500,h=1200,qty=2";
    @TempDir
    Path dir;
    Cli cli;

    @BeforeEach
    void catalogueAndCustomers() {
        cli = new Cli(dir.resolve("wqs.db"));
        cli.ok("user", "add", "--role", "ADMIN", "--email", "owner@shop.example", "--name", "Owner",
                "--password=long-password-1");
        UserAndCatalogCommandsTest.catalogue(cli);
        cli.ok("customer", "add", "--name", "ACME Ltd");
        cli.ok("customer", "add", "--name", "Birch Builders");
    }

    private String workedExample() {
        return cli.json("quote", "create", "--customer", "ACME Ltd", "--line", WINDOW, "--material-line",
                "code=CN-SIL,qty=3", "--discount", "5", "--labour-rate", "78").get("number").asText();
    }

    @Test
    void diffShowsTheChangesOfARevisedQuoteAndSplitsTheTotal() {
        String number = workedExample();
        cli.ok("quote", "send", number);
        cli.ok("quote", "revise", number);
        try (Wqs wqs = Wqs.openSqlite(cli.db())) {
            UseCases app = wqs.useCases();
            Actor owner = wqs.store().users().findByEmail("owner@shop.example").orElseThrow().asActor();
            Quote quote = app.findQuotes().get(owner, app.findQuotes().list(owner,
                    com.wqs.application.port.out.QuoteSearch.all(),
                    com.wqs.application.port.out.PageRequest.FIRST).items().get(0).id());
            app.updateQuote().update(owner, quote.id(), new QuoteCommand(quote.customerId(),
                    List.of(new WindowLine("SLD-2L", "GL-CLR6", "WHITE", 1500, 1200, 3, null)),
                    new RatesCommand(null, null, new BigDecimal("0.05"), null, null, new BigDecimal("78")), null,
                    ""));
        }

        Cli.Result human = cli.ok("quote", "diff", number);
        JsonNode json = cli.json("quote", "diff", number, "--from", "1");

        assertThat(human.out()).contains("revision 2 (draft) against revision 1", "changed", "quantity 2 -> 3",
                "removed", "CN-SIL", "Lines", "Rates", "Catalogue prices", "$5,477.55");
        assertThat(json.get("fromRevision").asInt()).isEqualTo(1);
        assertThat(json.get("changed").get(0).get("fields").get(0).get("field").asText()).isEqualTo("quantity");
        assertThat(json.get("removed").get(0).get("code").asText()).isEqualTo("CN-SIL");
        JsonNode totals = json.get("totals");
        assertThat(totals.get("previous").asText()).isEqualTo("5477.55");
        Money sum = Money.of(totals.get("linesEffect").asText()).plus(Money.of(totals.get("ratesEffect").asText()))
                .plus(Money.of(totals.get("catalogueEffect").asText()));
        assertThat(sum).isEqualTo(Money.of(totals.get("change").asText()));
        assertThat(totals.get("ratesEffect").asText()).isEqualTo("0.00");
        assertThat(totals.get("catalogueEffect").asText()).isEqualTo("0.00");

        assertThat(cli.run("quote", "diff", number, "--from", "2").exitCode()).as("not an earlier revision")
                .isEqualTo(3);
        assertThat(cli.run("quote", "diff", workedExample()).exitCode()).as("never sent").isEqualTo(5);
    }

    @Test
    void duplicateMakesANewDraftForAnotherCustomerOrRefusesALineThatNoLongerPrices() {
        String number = workedExample();
        cli.ok("quote", "send", number);

        JsonNode copy = cli.json("quote", "duplicate", number, "--customer", "Birch Builders");
        Cli.Result human = cli.ok("quote", "duplicate", number);

        assertThat(copy.get("status").asText()).isEqualTo("DRAFT");
        assertThat(copy.get("number").asText()).isNotEqualTo(number);
        assertThat(copy.get("pricing").get("total").asText()).isEqualTo("5477.55");
        assertThat(cli.json("customer", "show", "Birch Builders").get("id").asText())
                .isEqualTo(copy.get("customerId").asText());
        assertThat(human.out()).contains("Created quote", "ACME Ltd", "$5,477.55");
        assertThat(cli.json("quote", "list").get("total").asLong()).isEqualTo(3);

        try (Wqs wqs = Wqs.openSqlite(cli.db())) {
            UseCases app = wqs.useCases();
            Actor owner = wqs.store().users().findByEmail("owner@shop.example").orElseThrow().asActor();
            Product slider = app.catalog().getProductByCode(owner, "SLD-2L");
            app.catalog().updateProduct(owner, slider.id(), new com.wqs.application.port.in.ProductCommand(
                    slider.code(), slider.name(), slider.category(), slider.windowType(), slider.minWidthMm(),
                    slider.maxWidthMm(), slider.minHeightMm(), slider.maxHeightMm(), slider.bom().stream()
                            .map(b -> new com.wqs.application.port.in.ProductCommand.BomLineCommand(b.materialCode(),
                                    b.formula().source(), b.wasteFactor(), b.description())).toList(), false),
                    slider.version());
        }
        Cli.Result refused = cli.run("quote", "duplicate", number, "--json");
        assertThat(refused.exitCode()).isEqualTo(3);
        assertThat(refused.err()).contains("lines[0].productCode", "SLD-2L", "inactive");
        assertThat(cli.json("quote", "list").get("total").asLong()).isEqualTo(3);
        assertThat(cli.run("quote", "duplicate", "Q-2026-99999").exitCode()).isEqualTo(4);
    }

    @Test
    void customerShowGivesTheHistory() {
        String won = workedExample();
        cli.ok("quote", "send", won);
        cli.ok("quote", "accept", won);
        String lost = workedExample();
        cli.ok("quote", "send", lost);
        cli.ok("quote", "reject", lost, "--reason", "too dear");

        Cli.Result human = cli.ok("customer", "show", "ACME Ltd");
        JsonNode json = cli.json("customer", "show", "ACME Ltd");

        assertThat(human.out()).contains("ACME Ltd", "Win rate", "50", "Accepted value", "$5,477.55", "Last contact",
                won, lost);
        assertThat(json.get("name").asText()).isEqualTo("ACME Ltd");
        assertThat(json.get("version").asLong()).isZero();
        assertThat(json.get("quotes")).hasSize(2);
        assertThat(json.get("acceptedValue").asText()).isEqualTo("5477.55");
        assertThat(json.get("winRate").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(json.get("lastContact").isTextual()).isTrue();
        assertThat(json.get("workOrders")).isEmpty();
        JsonNode none = cli.json("customer", "show", "Birch Builders");
        assertThat(none.get("quotes")).isEmpty();
        assertThat(none.get("winRate").isNull()).isTrue();
    }
}
