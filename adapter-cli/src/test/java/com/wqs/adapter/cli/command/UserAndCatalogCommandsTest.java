package com.wqs.adapter.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wqs.adapter.cli.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Users, customers, materials, products and the CSV catalogue, in-process against a SQLite file. */
class UserAndCatalogCommandsTest {
    @TempDir
    Path dir;
    Cli cli;

    @BeforeEach
    void emptyDatabase() {
        cli = new Cli(dir.resolve("wqs.db"));
    }

    @Test
    void theFirstUserMustBeAnAdminAndThenActsByDefault() {
        assertThat(cli.run("customer", "list").exitCode()).isEqualTo(7);
        Cli.Result sales = cli.run("user", "add", "--email", "s@shop.example", "--name", "S", "--password=long-password-1");
        assertThat(sales.exitCode()).isEqualTo(3);
        assertThat(sales.err()).contains("--role");

        cli.ok("user", "add", "--role", "ADMIN", "--email", "owner@shop.example", "--name", "Owner",
                "--password=long-password-1");
        cli.ok("user", "add", "--role", "SALES", "--email", "sam@shop.example", "--name", "Sam",
                "--password=long-password-2");

        Cli.Result table = cli.ok("user", "list");
        assertThat(table.out().lines().findFirst().orElseThrow()).startsWith("EMAIL").contains("ROLE");
        assertThat(table.out()).contains("owner@shop.example", "sam@shop.example", "SALES");
        JsonNode users = cli.json("user", "list");
        assertThat(users).hasSize(2);
        assertThat(users.get(0).get("email").asText()).isEqualTo("owner@shop.example");
        assertThat(users.get(0).has("passwordHash")).isFalse();
    }

    @Test
    void userErrorsHaveTheirExitCodesAndChangeNothing() {
        admin();
        assertThat(cli.run("user", "add", "--email", "not-an-email", "--name", "X", "--password=long-password-3")
                .exitCode()).isEqualTo(3);
        assertThat(cli.run("user", "add", "--email", "x@shop.example", "--name", "X", "--password=short")
                .exitCode()).isEqualTo(3);
        assertThat(cli.run("user", "add", "--role", "ADMIN", "--email", "owner@shop.example", "--name", "Again",
                "--password=long-password-1").exitCode()).isEqualTo(5);
        assertThat(cli.run("user", "passwd", "ghost@shop.example", "--password=long-password-9").exitCode())
                .isEqualTo(4);
        assertThat(cli.run("--as", "ghost@shop.example", "customer", "list").exitCode()).isEqualTo(4);
        assertThat(cli.run("user", "disable", "owner@shop.example").exitCode()).as("the last admin").isEqualTo(5);
        assertThat(cli.json("user", "list")).hasSize(1);
    }

    @Test
    void salesCannotManageUsersAndDisabledUsersCannotAct() {
        admin();
        cli.ok("user", "add", "--email", "sam@shop.example", "--name", "Sam", "--password=long-password-2");
        Cli.Result forbidden = cli.run("--as", "sam@shop.example", "user", "list", "--json");
        assertThat(forbidden.exitCode()).isIn(4, 6);
        assertThat(forbidden.out()).isEmpty();
        assertThat(forbidden.errorJson().get("kind").asText()).isIn("FORBIDDEN", "NOT_FOUND");

        cli.ok("user", "passwd", "sam@shop.example", "--password=another-password");
        cli.ok("user", "disable", "sam@shop.example");
        assertThat(cli.run("--as", "sam@shop.example", "customer", "list").exitCode()).isEqualTo(7);
    }

    @Test
    void customersAreAddedListedAndShownByIdOrName() {
        admin();
        JsonNode created = cli.json("customer", "add", "--name", "ACME Ltd", "--email", "buyer@acme.example",
                "--phone", "+1 555 0100", "--tax-id", "TX-1");
        String id = created.get("id").asText();

        assertThat(cli.ok("customer", "list").out()).contains("ACME Ltd", "buyer@acme.example", id);
        JsonNode page = cli.json("customer", "list", "--search", "acme");
        assertThat(page.get("total").asLong()).isEqualTo(1);
        assertThat(page.get("items").get(0).get("name").asText()).isEqualTo("ACME Ltd");
        assertThat(cli.ok("customer", "show", "ACME Ltd").out()).contains("buyer@acme.example", "TX-1");
        assertThat(cli.json("customer", "show", id).get("email").asText()).isEqualTo("buyer@acme.example");

        assertThat(cli.run("customer", "add", "--name", "Bad", "--email", "nope").exitCode()).isEqualTo(3);
        assertThat(cli.run("customer", "show", "00000000-0000-0000-0000-000000000000").exitCode()).isEqualTo(4);
        assertThat(cli.run("customer", "show", "Nobody Inc").exitCode()).isEqualTo(4);
        assertThat(cli.json("customer", "list").get("total").asLong()).isEqualTo(1);
    }

    /**
     * {@code --language} gives a customer the language of their quotes and e-mails; the list and show say it;
     * {@code none} goes back to the installation's; a language the workplace does not speak is a usage error
     * that names the option and writes nothing.
     */
    @Test
    void aCustomersLanguageIsAddedListedShownAndChanged() {
        admin();
        JsonNode created = cli.json("customer", "add", "--name", "Cocinas Ruiz", "--language", "es");
        assertThat(created.get("language").asText()).as("a tag, as the API writes it").isEqualTo("es");
        cli.ok("customer", "add", "--name", "ACME Ltd");

        Cli.Result list = cli.ok("customer", "list");
        assertThat(list.out().lines().findFirst().orElseThrow()).contains("LANGUAGE");
        assertThat(list.out().lines().filter(line -> line.startsWith("Cocinas Ruiz")).findFirst().orElseThrow())
                .contains(" es ");
        assertThat(list.out().lines().filter(line -> line.startsWith("ACME Ltd")).findFirst().orElseThrow())
                .contains(" - ");
        assertThat(cli.ok("--lang", "es", "customer", "list").out().lines().findFirst().orElseThrow())
                .contains("IDIOMA");
        assertThat(cli.ok("customer", "show", "Cocinas Ruiz").out()).containsPattern("Language\\s+es");
        assertThat(cli.json("customer", "show", "Cocinas Ruiz").get("language").asText()).isEqualTo("es");

        JsonNode edited = cli.json("customer", "edit", "Cocinas Ruiz", "--language", "en");
        assertThat(edited.get("language").asText()).isEqualTo("en");
        assertThat(cli.json("customer", "list", "--search", "cocinas").get("items").get(0).get("language").asText())
                .isEqualTo("en");
        assertThat(cli.json("customer", "show", "Cocinas Ruiz").get("language").asText()).isEqualTo("en");
        assertThat(edited.get("version").asLong()).isEqualTo(created.get("version").asLong() + 1);
        cli.ok("customer", "edit", "Cocinas Ruiz", "--notes", "keeps its language");
        assertThat(cli.json("customer", "show", "Cocinas Ruiz").get("language").asText()).isEqualTo("en");
        cli.ok("customer", "edit", "Cocinas Ruiz", "--language", "none");
        assertThat(cli.json("customer", "show", "Cocinas Ruiz").get("language").isNull()).isTrue();

        Cli.Result french = cli.run("customer", "add", "--name", "Fenêtres Dupont", "--language", "fr");
        assertThat(french.exitCode()).isEqualTo(2);
        assertThat(french.err()).contains("--language", "fr");
        Cli.Result frenchEdit = cli.run("customer", "edit", "Cocinas Ruiz", "--language", "fr");
        assertThat(frenchEdit.exitCode()).isEqualTo(2);
        assertThat(frenchEdit.err()).contains("--language");
        assertThat(cli.json("customer", "list").get("total").asLong()).isEqualTo(2);
        assertThat(cli.json("customer", "show", "Cocinas Ruiz").get("language").isNull()).isTrue();
    }

    /**
     * {@code customer edit --if-version N}: refused (exit 5, nothing changed) when someone saved the customer
     * after version N was read; without the option it edits what it has just read.
     */
    @Test
    void aCustomerEditFromAStaleVersionIsRefusedWithExitFive() {
        admin();
        JsonNode created = cli.json("customer", "add", "--name", "ACME Ltd", "--notes", "first");
        long read = created.get("version").asLong();

        JsonNode edited = cli.json("customer", "edit", "ACME Ltd", "--notes", "edited", "--if-version",
                Long.toString(read));
        assertThat(edited.get("notes").asText()).isEqualTo("edited");
        assertThat(edited.get("email").asText()).as("options not given are kept").isEqualTo(created.get("email").asText());
        assertThat(edited.get("version").asLong()).isEqualTo(read + 1);

        Cli.Result stale = cli.run("customer", "edit", "ACME Ltd", "--notes", "stale", "--if-version",
                Long.toString(read));
        assertThat(stale.exitCode()).isEqualTo(5);
        assertThat(stale.err()).contains("changed by someone else", "version " + (read + 1));
        assertThat(cli.json("customer", "show", "ACME Ltd").get("notes").asText()).isEqualTo("edited");

        assertThat(cli.json("customer", "edit", "ACME Ltd", "--phone", "+1 555 0100").get("phone").asText())
                .isEqualTo("+1 555 0100");
    }

    @Test
    void materialsAndProductsAreAddedListedAndShown() {
        admin();
        catalogue(cli);

        Cli.Result materials = cli.ok("material", "list");
        assertThat(materials.out()).contains("PRF-TOP", "95.50", "WHITE 110.00");
        JsonNode materialJson = cli.json("material", "list");
        assertThat(materialJson).hasSize(5);
        assertThat(materialJson.get(0).get("code").asText()).isEqualTo("CN-SIL");

        assertThat(cli.ok("product", "list").out()).contains("SLD-2L", "SLIDING", "800-3000");
        JsonNode product = cli.json("product", "show", "SLD-2L");
        assertThat(product.get("bom")).hasSize(4);
        assertThat(product.get("bom").get(0).get("formula").asText()).isEqualTo("width_m");
        assertThat(cli.ok("product", "show", "sld-2l").out()).contains("2 * height_m", "1.05");
    }

    @Test
    void badCatalogueInputIsRefusedWholeAndNamesTheField() {
        admin();
        catalogue(cli);
        Cli.Result badFormula = cli.run("product", "add", "--code", "X-1", "--name", "X", "--type", "FIXED",
                "--width", "400-2000", "--height", "abc", "--bom", "material=PRF-TOP,formula=wdth_m");
        assertThat(badFormula.exitCode()).isEqualTo(3);
        assertThat(badFormula.err()).contains("--height");
        Cli.Result unknownVariable = cli.run("product", "add", "--code", "X-1", "--name", "X", "--type", "FIXED",
                "--width", "400-2000", "--height", "400-2000", "--bom", "material=PRF-TOP,formula=wdth_m");
        assertThat(unknownVariable.exitCode()).isEqualTo(3);
        assertThat(unknownVariable.err()).contains("wdth_m");
        assertThat(cli.run("material", "add", "--code", "PRF-TOP", "--name", "Dup", "--category", "PROFILE",
                "--unit", "M", "--cost", "1").exitCode()).isEqualTo(5);
        assertThat(cli.run("material", "add", "--code", "NEG", "--name", "Negative", "--category", "HARDWARE",
                "--unit", "PIECE", "--cost", "-1").exitCode()).isEqualTo(3);
        assertThat(cli.run("product", "show", "NOPE").exitCode()).isEqualTo(4);
        assertThat(cli.json("material", "list")).hasSize(5);
        assertThat(cli.json("product", "list")).hasSize(1);
    }

    @Test
    void theCatalogueRoundTripsThroughCsvAndABadFileImportsNothing() throws Exception {
        admin();
        catalogue(cli);
        Path materials = dir.resolve("materials.csv");
        Path products = dir.resolve("products.csv");
        JsonNode exported = cli.json("catalog", "export", "--materials", materials.toString(), "--products",
                products.toString());
        assertThat(exported.get("materials").get("rows").asInt()).isEqualTo(5);
        assertThat(Files.readString(materials)).contains("PRF-TOP");

        Cli other = new Cli(dir.resolve("other.db"));
        other.ok("user", "add", "--role", "ADMIN", "--email", "o@shop.example", "--name", "O",
                "--password=long-password-1");
        JsonNode imported = other.json("catalog", "import", "--materials", materials.toString(), "--products",
                products.toString());
        assertThat(imported.get("materials").get("created").asInt()).isEqualTo(5);
        assertThat(imported.get("products").get("created").asInt()).isEqualTo(1);
        assertThat(other.json("product", "show", "SLD-2L").get("bom")).hasSize(4);

        Path broken = dir.resolve("broken.csv");
        Files.writeString(broken, Files.readString(materials).replace("PRF-TOP", "NEW-ONE").replace("95.5", "lots"));
        Cli.Result bad = other.run("catalog", "import", "--materials", broken.toString());
        assertThat(bad.exitCode()).isEqualTo(3);
        assertThat(other.json("material", "list")).hasSize(5);
        assertThat(other.run("catalog", "import").exitCode()).isEqualTo(3);
        assertThat(other.run("catalog", "import", "--materials", dir.resolve("missing.csv").toString()).exitCode())
                .isEqualTo(3);
    }

    @Test
    void catalogueExportWithoutAFileWritesTheCsvToStandardOutput() throws Exception {
        admin();
        catalogue(cli);
        Path materials = dir.resolve("materials.csv");
        Cli.Result toFile = cli.run("catalog", "export", "--materials", materials.toString());
        assertThat(toFile.out().strip()).isEqualTo("Wrote 5 materials to " + materials.toAbsolutePath());

        Cli.Result toStdout = cli.run("catalog", "export", "--materials");
        assertThat(toStdout.exitCode()).isZero();
        assertThat(toStdout.out()).isEqualTo(Files.readString(materials)).startsWith("code,").contains("PRF-TOP");
        Cli.Result dash = cli.run("catalog", "export", "--products", "-");
        assertThat(dash.exitCode()).isZero();
        assertThat(dash.out()).contains("SLD-2L").doesNotContain("Wrote");
        assertThat(dir.resolve("-")).doesNotExist();
        Cli.Result productsToStdout = cli.run("catalog", "export", "--materials", materials.toString(), "--products");
        assertThat(productsToStdout.out()).contains("SLD-2L").doesNotContain("Wrote");
        assertThat(productsToStdout.err()).contains("Wrote 5 materials to");

        Cli.Result both = cli.run("catalog", "export", "--materials", "--products");
        assertThat(both.exitCode()).isEqualTo(3);
        assertThat(both.err()).contains("--products", "only one CSV");
        Cli.Result json = cli.run("catalog", "export", "--materials", "--json");
        assertThat(json.exitCode()).isEqualTo(3);
        assertThat(json.out()).isEmpty();
        assertThat(cli.run("catalog", "export").exitCode()).isEqualTo(3);
    }

    private void admin() {
        cli.ok("user", "add", "--role", "ADMIN", "--email", "owner@shop.example", "--name", "Owner",
                "--password=long-password-1");
    }

    /** The worked example's catalogue (PRODUCT.md), through the CLI. */
    static void catalogue(Cli cli) {
        cli.ok("material", "add", "--code", "PRF-TOP", "--name", "Top profile", "--category", "PROFILE", "--unit", "M",
                "--cost", "95.50", "--stock-length", "6.0", "--colour-cost", "WHITE=110.00");
        cli.ok("material", "add", "--code", "PRF-JAMB", "--name", "Jamb profile", "--category", "PROFILE", "--unit",
                "M", "--cost", "88.00", "--stock-length", "6.0");
        cli.ok("material", "add", "--code", "HW-ROLL", "--name", "Roller", "--category", "HARDWARE", "--unit",
                "PIECE", "--cost", "15.00");
        cli.ok("material", "add", "--code", "CN-SIL", "--name", "Silicone", "--category", "CONSUMABLE", "--unit",
                "CARTRIDGE", "--cost", "80.00");
        cli.ok("material", "add", "--code", "GL-CLR6", "--name", "Clear glass 6 mm", "--category", "GLASS", "--unit",
                "M2", "--cost", "120.00");
        cli.ok("product", "add", "--code", "SLD-2L", "--name", "Sliding 2 leaves", "--type", "SLIDING", "--width",
                "800-3000", "--height", "600-2500",
                "--bom", "material=PRF-TOP,formula=width_m,waste=1.05",
                "--bom", "material=PRF-JAMB,formula=2 * height_m,waste=1.05",
                "--bom", "material=HW-ROLL,formula=4",
                "--bom", "material=CN-SIL,formula=0.5");
    }
}
