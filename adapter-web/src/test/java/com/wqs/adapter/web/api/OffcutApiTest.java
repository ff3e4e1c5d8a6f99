package com.wqs.adapter.web.api;

import static com.wqs.adapter.web.api.CutListFixture.V1;
import static com.wqs.adapter.web.api.CutListFixture.byCode;
import static com.wqs.adapter.web.api.CutListFixture.fields;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wqs.adapter.web.support.Credentials;
import com.wqs.adapter.web.support.HttpResult;
import com.wqs.adapter.web.support.WebTestServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The offcut rack over real HTTP on the SQLite server: offcuts entered, corrected and discarded by hand; the cut
 * list cutting them before new bars; releasing it taking them off the rack and putting the kept remainders on it,
 * once however often it is asked; the status change to MATERIALS_ORDERED releasing by itself and a cancellation
 * before production giving the offcuts back.
 */
class OffcutApiTest {
    private WebTestServer env;
    private CutListFixture fixture;
    private Credentials admin;
    private Credentials production;
    private Credentials sales;

    @BeforeEach
    void start() {
        env = WebTestServer.start();
        fixture = new CutListFixture(env);
        fixture.product("CUT-SLIDER", "cell_width_mm - 12");
        admin = env.bearer(env.admin);
        production = env.bearer(env.production);
        sales = env.bearer(env.sales);
    }

    @AfterEach
    void stop() {
        env.close();
    }

    @Test
    void offcutsAreEnteredCorrectedAndDiscardedByHand() {
        HttpResult added = env.http.post(V1 + "/offcuts",
                "{\"materialCode\":\"prf-top\",\"colour\":\" white \",\"lengthMm\":3100,\"note\":\"rack A\"}",
                production);

        assertThat(added.status()).as("%s", added).isEqualTo(201);
        JsonNode offcut = added.json();
        long id = offcut.get("id").asLong();
        assertThat(offcut.get("label").asText()).isEqualTo("OC-" + id);
        assertThat(offcut.get("materialCode").asText()).isEqualTo("PRF-TOP");
        assertThat(offcut.get("colour").asText()).isEqualTo("WHITE");
        assertThat(offcut.get("state").asText()).isEqualTo("AVAILABLE");
        assertThat(offcut.get("source").asText()).isEqualTo("entered by hand");
        assertThat(added.header("Location")).isEqualTo(V1 + "/offcuts/" + id);
        assertThat(env.http.get(V1 + "/offcuts/OC-" + id, sales).json()).isEqualTo(offcut);
        assertThat(labels(env.http.get(V1 + "/offcuts", sales))).containsExactly("OC-" + id);
        assertThat(labels(env.http.get(V1 + "/offcuts?materialCode=PRF-TOP&colour=white", sales)))
                .containsExactly("OC-" + id);
        assertThat(labels(env.http.get(V1 + "/offcuts?materialCode=PRF-TOP&colour=none", sales))).isEmpty();

        long version = offcut.get("version").asLong();
        HttpResult stale = env.http.put(V1 + "/offcuts/" + id,
                "{\"lengthMm\":3000,\"colour\":\"WHITE\",\"version\":" + (version + 5) + "}", production);
        assertThat(stale.status()).as("%s", stale).isEqualTo(409);
        HttpResult corrected = env.http.put(V1 + "/offcuts/" + id,
                "{\"lengthMm\":3000,\"colour\":\"WHITE\",\"note\":\"rack B\",\"version\":" + version + "}", production);
        assertThat(corrected.status()).as("%s", corrected).isEqualTo(200);
        assertThat(corrected.json().get("lengthMm").asInt()).isEqualTo(3000);
        assertThat(corrected.json().get("note").asText()).isEqualTo("rack B");

        HttpResult discarded = env.http.post(V1 + "/offcuts/" + id + "/discard",
                "{\"version\":" + corrected.json().get("version").asLong() + "}", production);
        assertThat(discarded.status()).as("%s", discarded).isEqualTo(200);
        assertThat(discarded.json().get("state").asText()).isEqualTo("DISCARDED");
        assertThat(labels(env.http.get(V1 + "/offcuts", sales))).isEmpty();
        assertThat(labels(env.http.get(V1 + "/offcuts?state=ALL", sales))).containsExactly("OC-" + id);
        HttpResult again = env.http.put(V1 + "/offcuts/" + id, "{\"lengthMm\":2000,\"version\":"
                + discarded.json().get("version").asLong() + "}", production);
        assertThat(again.status()).as("a discarded offcut stays as it was").isEqualTo(409);
    }

    @Test
    void badOffcutsAreRefusedNamingTheFieldAndNothingIsStored() {
        HttpResult blank = env.http.post(V1 + "/offcuts", "{\"lengthMm\":0}", production);
        assertThat(blank.status()).as("%s", blank).isEqualTo(400);
        assertThat(fields(blank)).containsExactlyInAnyOrder("materialCode", "lengthMm");
        HttpResult notAProfile = env.http.post(V1 + "/offcuts", "{\"materialCode\":\"HW-ROLL\",\"lengthMm\":500}",
                production);
        assertThat(notAProfile.status()).as("%s", notAProfile).isEqualTo(400);
        assertThat(fields(notAProfile)).containsExactly("materialCode");
        HttpResult longerThanABar = env.http.post(V1 + "/offcuts",
                "{\"materialCode\":\"PRF-TOP\",\"lengthMm\":6001}", production);
        assertThat(longerThanABar.status()).as("%s", longerThanABar).isEqualTo(400);
        assertThat(fields(longerThanABar)).containsExactly("lengthMm");
        HttpResult notANumber = env.http.post(V1 + "/offcuts", "{\"materialCode\":\"PRF-TOP\",\"lengthMm\":\"long\"}",
                production);
        assertThat(notANumber.status()).as("%s", notANumber).isEqualTo(400);
        assertThat(env.http.post(V1 + "/offcuts", "{\"materialCode\":\"PRF-TOP\",\"lengthMm\":900}", sales).status())
                .as("sales do not keep the rack").isEqualTo(403);
        assertThat(env.http.get(V1 + "/offcuts/OC-x", admin).status()).isEqualTo(400);
        assertThat(env.http.get(V1 + "/offcuts/999999", admin).status()).isEqualTo(404);
        assertThat(labels(env.http.get(V1 + "/offcuts?state=ALL", admin))).isEmpty();
    }

    @Test
    void releasingACutListTakesTheOffcutsItCutsAndKeepsItsRemaindersOnce() {
        String id = fixture.workOrder("CUT-SLIDER");
        String number = fixture.number(id);
        long rack = env.http.post(V1 + "/offcuts", "{\"materialCode\":\"PRF-TOP\",\"colour\":\"WHITE\",\"lengthMm\":3000}",
                production).json().get("id").asLong();

        // The preview cuts two 1488 mm rails from the 3000 mm offcut first, and takes nothing.
        JsonNode preview = env.http.get(V1 + "/work-orders/" + id + "/cut-list", production).json();
        assertThat(preview.get("release").isNull()).isTrue();
        JsonNode rails = byCode(preview.get("profiles")).get("PRF-TOP");
        assertThat(rails.get("offcutsUsed").asInt()).isEqualTo(1);
        JsonNode fromOffcut = rails.get("bars").get(0);
        assertThat(fromOffcut.get("source").asText()).isEqualTo("OFFCUT");
        assertThat(fromOffcut.get("offcutId").asText()).isEqualTo("OC-" + rack);
        assertThat(fromOffcut.get("cuts")).hasSize(2);
        assertThat(state(rack)).isEqualTo("AVAILABLE");

        HttpResult released = env.http.post(V1 + "/work-orders/" + id + "/cut-list/release", null, production);

        assertThat(released.status()).as("%s", released).isEqualTo(200);
        JsonNode plan = released.json();
        long release = plan.get("release").get("id").asLong();
        assertThat(plan.get("profiles")).isEqualTo(preview.get("profiles"));
        assertThat(state(rack)).isEqualTo("CONSUMED");
        assertThat(env.http.get(V1 + "/offcuts/" + rack, admin).json().get("consumedByRelease").asLong())
                .isEqualTo(release);
        List<Integer> kept = new ArrayList<>();
        plan.get("profiles").forEach(p -> p.get("bars").forEach(b -> {
            if (b.get("remainderKept").asBoolean()) {
                kept.add(b.get("remainderMm").asInt());
            }
        }));
        assertThat(kept).isNotEmpty();
        JsonNode onRack = env.http.get(V1 + "/offcuts", admin).json();
        assertThat(onRack).hasSize(kept.size());
        onRack.forEach(o -> {
            assertThat(o.get("createdByRelease").asLong()).isEqualTo(release);
            assertThat(o.get("source").asText()).contains(number);
        });
        assertThat(onRack.findValuesAsText("lengthMm").stream().map(Integer::valueOf).sorted().toList())
                .isEqualTo(kept.stream().sorted().toList());

        HttpResult again = env.http.post(V1 + "/work-orders/" + id + "/cut-list/release", null, production);
        assertThat(again.status()).as("%s", again).isEqualTo(200);
        assertThat(again.json()).as("idempotent").isEqualTo(plan);
        assertThat(env.http.get(V1 + "/offcuts?state=ALL", admin).json()).as("rack unchanged").hasSize(kept.size() + 1);
        assertThat(env.http.get(V1 + "/work-orders/" + id + "/cut-list", sales).json()).as("the released plan")
                .isEqualTo(plan);
        assertThat(env.http.post(V1 + "/work-orders/" + id + "/cut-list/release", null, sales).status())
                .isEqualTo(403);

        // Cancelling before production gives the offcut back and takes the kept remainders off the rack.
        HttpResult cancelled = env.http.post(V1 + "/work-orders/" + id + "/status",
                "{\"to\":\"CANCELLED\",\"note\":\"customer withdrew\"}", production);
        assertThat(cancelled.status()).as("%s", cancelled).isEqualTo(200);
        assertThat(state(rack)).isEqualTo("AVAILABLE");
        assertThat(labels(env.http.get(V1 + "/offcuts", admin))).containsExactly("OC-" + rack);
        assertThat(env.http.get(V1 + "/work-orders/" + id + "/cut-list", admin).json().get("release").isNull())
                .isTrue();
    }

    @Test
    void orderingMaterialsReleasesTheCutListAndABatchRefusesAnOrderReleasedElsewhere() {
        String first = fixture.workOrder("CUT-SLIDER");
        String second = fixture.workOrder("CUT-SLIDER");
        String third = fixture.workOrder("CUT-SLIDER");

        HttpResult ordered = env.http.post(V1 + "/work-orders/" + first + "/status", "{\"to\":\"MATERIALS_ORDERED\"}",
                production);
        assertThat(ordered.status()).as("%s", ordered).isEqualTo(200);
        JsonNode released = env.http.get(V1 + "/work-orders/" + first + "/cut-list", admin).json();
        assertThat(released.get("release").get("id").asLong()).isPositive();

        HttpResult batch = env.http.post(V1 + "/cut-lists/release",
                "{\"workOrders\":[\"" + second + "\",\"" + third + "\"]}", production);
        assertThat(batch.status()).as("%s", batch).isEqualTo(200);
        assertThat(batch.json().get("workOrders")).hasSize(2);
        JsonNode together = env.http.get(V1 + "/cut-lists?workOrders=" + second + "," + third, admin).json();
        assertThat(together.get("release")).isEqualTo(batch.json().get("release"));

        HttpResult overlapping = env.http.post(V1 + "/cut-lists/release",
                "{\"workOrders\":[\"" + first + "\",\"" + second + "\"]}", production);
        assertThat(overlapping.status()).as("%s", overlapping).isEqualTo(409);
        assertThat(overlapping.text()).contains(fixture.number(first));
        HttpResult bad = env.http.post(V1 + "/cut-lists/release", "{\"workOrders\":[\"nope\"]}", production);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(fields(bad)).containsExactly("workOrders[0]");
        assertThat(env.http.post(V1 + "/cut-lists/release", "{\"workOrders\":[]}", production).status())
                .isEqualTo(400);
    }

    private String state(long offcut) {
        return env.http.get(V1 + "/offcuts/" + offcut, admin).json().get("state").asText();
    }

    private static List<String> labels(HttpResult result) {
        assertThat(result.status()).as("%s", result).isEqualTo(200);
        List<String> labels = new ArrayList<>();
        result.json().forEach(o -> labels.add(o.get("label").asText()));
        return labels;
    }
}
