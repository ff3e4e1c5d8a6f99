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

/** {@code workorder cutlist}: one optimised plan over one or more work orders, as tables, JSON and CSV. */
class CutListCommandTest {
    @TempDir
    Path dir;
    Cli cli;

    @BeforeEach
    void catalogue() {
        cli = new Cli(dir.resolve("wqs.db"));
        cli.ok("user", "add", "--role", "ADMIN", "--email", "owner@shop.example", "--name", "Owner",
                "--password=long-password-1");
        cli.ok("material", "add", "--code", "PRF-FRAME", "--name", "Outer frame", "--category", "PROFILE", "--unit",
                "M", "--cost", "60.00", "--stock-length", "6.0", "--colour-cost", "WHITE=66.00");
        cli.ok("material", "add", "--code", "PRF-SASH", "--name", "Sash profile", "--category", "PROFILE", "--unit",
                "M", "--cost", "70.00", "--stock-length", "6.0", "--colour-cost", "WHITE=77.00");
        cli.ok("material", "add", "--code", "GL-CLR6", "--name", "Clear glass 6 mm", "--category", "GLASS", "--unit",
                "M2", "--cost", "120.00");
        cli.ok("product", "add", "--code", "CAS-2", "--name", "Casement, 2 leaves", "--type", "CASEMENT",
                "--width", "800-2400", "--height", "600-2400", "--layout", "V[CL,CR]", "--min-cell", "300",
                "--sash-deduction", "100x100",
                "--bom", "material=PRF-FRAME,pieces=2,length=width_mm,angles=45/45,desc=frame head/sill",
                "--bom", "material=PRF-FRAME,pieces=2,length=height_mm,angles=45/45,desc=frame jamb",
                "--bom", "material=PRF-SASH,pieces=2,length=cell_width_mm - 8,angles=45/45,scope=EACH_SASH,"
                        + "desc=sash top/bottom",
                "--bom", "material=PRF-SASH,pieces=2,length=cell_height_mm - 8,angles=45/45,scope=EACH_SASH,"
                        + "desc=sash side");
        cli.ok("customer", "add", "--name", "ACME Ltd");
    }

    @Test
    void oneWorkOrdersCutListHasEveryPieceOnceWithinTheBars() throws Exception {
        String wo = workOrder("product=CAS-2,glass=GL-CLR6,color=WHITE,w=1200,h=1400,qty=3");

        JsonNode cutList = cli.json("workorder", "cutlist", wo);

        assertThat(cutList.get("workOrders").get(0).asText()).isEqualTo(wo);
        JsonNode frame = profile(cutList, "PRF-FRAME");
        // 3 windows × (2 × 1200 + 2 × 1400), every piece once, labelled by work order, line and part
        List<String> frameCuts = new ArrayList<>();
        frame.get("bars").forEach(bar -> {
            int used = 0;
            for (JsonNode cut : bar.get("cuts")) {
                frameCuts.add(cut.get("lengthMm").asInt() + " " + cut.get("label").asText());
                used += cut.get("lengthMm").asInt() + 4;
            }
            assertThat(used).isLessThanOrEqualTo(bar.get("lengthMm").asInt() - 2 * 10);
        });
        assertThat(frameCuts).hasSize(12)
                .filteredOn(c -> c.equals("1200 " + wo + " L1 frame head/sill")).hasSize(6);
        assertThat(frameCuts).filteredOn(c -> c.equals("1400 " + wo + " L1 frame jamb")).hasSize(6);
        assertThat(frame.get("newBars").asInt()).isGreaterThanOrEqualTo(frame.get("lowerBound").asInt());
        assertThat(frame.get("colour").asText()).isEqualTo("WHITE");
        // cells 600 × 1400: sash pieces 592 and 1392, four of each per window, on cells A and B
        JsonNode sash = profile(cutList, "PRF-SASH");
        List<String> sashLabels = new ArrayList<>();
        sash.get("bars").forEach(bar -> bar.get("cuts").forEach(c -> sashLabels.add(c.get("label").asText())));
        assertThat(sashLabels).hasSize(24).contains(wo + " L1-A sash side", wo + " L1-B sash top/bottom");

        String table = cli.ok("workorder", "cutlist", wo).out();
        assertThat(table).contains("PRF-FRAME", "LOWER BOUND", "PRICED", "45/45", "L1-B sash side");

        Path csv = dir.resolve("saw.csv");
        cli.ok("workorder", "cutlist", wo, "--csv", csv.toString());
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows.get(0)).startsWith("materialCode,colour,bar,barSource");
        assertThat(rows).hasSize(1 + 12 + 24);
    }

    @Test
    void severalWorkOrdersArePlannedTogether() {
        String first = workOrder("product=CAS-2,glass=GL-CLR6,w=1000,h=1000,qty=1");
        String second = workOrder("product=CAS-2,glass=GL-CLR6,w=1000,h=1000,qty=1");

        JsonNode alone = cli.json("workorder", "cutlist", first);
        JsonNode together = cli.json("workorder", "cutlist", first, second);

        assertThat(together.get("workOrders")).hasSize(2);
        int pieces = 0;
        for (JsonNode bar : profile(together, "PRF-FRAME").get("bars")) {
            pieces += bar.get("cuts").size();
        }
        assertThat(pieces).isEqualTo(8);
        // one window's frame (4 m) priced 1 bar; two windows' 8 m fit in 2 bars, never more than planned apart
        assertThat(profile(together, "PRF-FRAME").get("newBars").asInt())
                .isLessThanOrEqualTo(2 * profile(alone, "PRF-FRAME").get("newBars").asInt());
        assertThat(together.get("pricedBars").asInt()).isEqualTo(2 * alone.get("pricedBars").asInt());
    }

    @Test
    void badSettingsAndPiecesLongerThanABarAreRefused() {
        String wo = workOrder("product=CAS-2,glass=GL-CLR6,w=1000,h=1000,qty=1");
        Cli.Result kerf = cli.run("workorder", "cutlist", wo, "--kerf", "50", "--json");
        assertThat(kerf.exitCode()).isEqualTo(3);
        assertThat(kerf.errorJson().toString()).contains("kerfMm");
        assertThat(cli.run("workorder", "cutlist", "WO-1999-00001").exitCode()).isEqualTo(4);

        cli.ok("product", "add", "--code", "LONG", "--name", "Long", "--type", "FIXED", "--width", "400-8000",
                "--height", "400-2000", "--bom", "material=PRF-FRAME,pieces=1,length=width_mm,desc=head");
        String long1 = workOrder("product=LONG,glass=GL-CLR6,w=7000,h=1000,qty=1");
        Cli.Result tooLong = cli.run("workorder", "cutlist", long1, "--json");
        assertThat(tooLong.exitCode()).isEqualTo(3);
        assertThat(tooLong.errorJson().toString()).contains(long1 + " L1 head", "7000");
    }

    @Test
    void theOffcutRackIsKeptByHandAndByReleasingTheCutList() {
        String wo = workOrder("product=CAS-2,glass=GL-CLR6,color=WHITE,w=1200,h=1400,qty=1");
        JsonNode added = cli.json("offcut", "add", "--material", "prf-frame", "--colour", "white", "--length", "2500",
                "--note", "rack A");
        String rack = added.get("label").asText();
        assertThat(added.get("state").asText()).isEqualTo("AVAILABLE");
        assertThat(cli.ok("offcut", "list").out()).contains(rack, "PRF-FRAME", "WHITE", "2500", "rack A");

        // the preview cuts the two 1200 mm frame pieces from the 2500 mm offcut and takes nothing
        JsonNode preview = cli.json("workorder", "cutlist", wo);
        assertThat(preview.get("release").isNull()).isTrue();
        JsonNode fromRack = profile(preview, "PRF-FRAME").get("bars").get(0);
        assertThat(fromRack.get("offcutId").asText()).isEqualTo(rack);
        assertThat(fromRack.get("cuts").findValuesAsText("lengthMm")).containsExactly("1200", "1200");

        JsonNode released = cli.json("workorder", "release", wo);
        assertThat(released.get("release").get("id").asLong()).isPositive();
        assertThat(released.get("profiles")).isEqualTo(preview.get("profiles"));
        assertThat(cli.json("workorder", "release", wo)).as("idempotent").isEqualTo(released);
        assertThat(cli.ok("workorder", "release", wo).out()).contains("Released cut list");
        JsonNode all = cli.json("offcut", "list", "--state", "ALL");
        assertThat(all.findValuesAsText("state")).contains("CONSUMED", "AVAILABLE");
        assertThat(cli.run("offcut", "correct", rack, "--length", "2400").exitCode()).as("consumed: no edits")
                .isEqualTo(5);

        JsonNode kept = cli.json("offcut", "list", "--material", "PRF-FRAME", "--colour", "WHITE").get(0);
        String keptLabel = kept.get("label").asText();
        assertThat(kept.get("source").asText()).contains(wo);
        assertThat(cli.run("offcut", "correct", keptLabel, "--length", "3000", "--if-version", "99").exitCode())
                .as("stale version").isEqualTo(5);
        assertThat(cli.json("offcut", "correct", keptLabel, "--length", "3000").get("lengthMm").asInt())
                .isEqualTo(3000);
        assertThat(cli.json("offcut", "discard", keptLabel).get("state").asText()).isEqualTo("DISCARDED");
        assertThat(cli.json("offcut", "list", "--material", "PRF-FRAME")).isEmpty();

        assertThat(cli.run("offcut", "add", "--material", "GL-CLR6", "--length", "100").exitCode())
                .as("not a profile").isEqualTo(3);
        assertThat(cli.run("offcut", "add", "--material", "PRF-FRAME", "--length", "7000").exitCode())
                .as("longer than a bar").isEqualTo(3);
        assertThat(cli.run("offcut", "list", "--state", "LOST").exitCode()).isEqualTo(3);
        assertThat(cli.run("offcut", "show", "OC-x").exitCode()).isEqualTo(2);
        assertThat(cli.run("offcut", "discard", "OC-999").exitCode()).isEqualTo(4);
    }

    private String workOrder(String line) {
        String number = cli.json("quote", "create", "--labour-rate", "78", "--customer", "ACME Ltd", "--line", line)
                .get("number").asText();
        cli.ok("quote", "send", number);
        cli.ok("quote", "accept", number);
        return cli.json("workorder", "create", number).get("number").asText();
    }

    private static JsonNode profile(JsonNode cutList, String code) {
        for (JsonNode profile : cutList.get("profiles")) {
            if (profile.get("materialCode").asText().equals(code)) {
                return profile;
            }
        }
        throw new AssertionError("no profile " + code + " in " + cutList);
    }
}
