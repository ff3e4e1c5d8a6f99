package com.wqs.adapter.web.api;

import static com.wqs.adapter.web.api.CutListFixture.byCode;
import static com.wqs.adapter.web.api.CutListFixture.fields;
import static com.wqs.adapter.web.api.CutListFixture.pieces;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wqs.adapter.web.support.Credentials;
import com.wqs.adapter.web.support.HttpResult;
import com.wqs.adapter.web.support.WebTestServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cut list over real HTTP on the SQLite server: a work order of two 3000 × 1200 two-leaf sliders whose
 * sash rails and stiles are BOM pieces, cut from 6 m bars; one work order and a batch of two; the saw CSV;
 * the shop's cutting settings as defaults; bad settings and a piece no bar can give refused naming them.
 */
class CutListApiTest {
    private static final String V1 = CutListFixture.V1;
    private static WebTestServer env;
    private static CutListFixture fixture;
    private static Credentials admin;

    @BeforeAll
    static void start() {
        env = WebTestServer.start();
        admin = env.bearer(env.admin);
        fixture = new CutListFixture(env);
        fixture.product("CUT-SLIDER", "cell_width_mm - 12");
        fixture.product("CUT-LONG", "cell_width_mm * 5");
    }

    @AfterAll
    static void stop() {
        env.close();
    }

    @Test
    void oneWorkOrderIsCutFromFewerBarsThanThePricedLinesRoundedUpAlone() {
        String id = fixture.workOrder("CUT-SLIDER");
        String number = fixture.number(id);

        HttpResult result = env.http.get(V1 + "/work-orders/" + id + "/cut-list", admin);

        assertThat(result.status()).as("%s", result).isEqualTo(200);
        JsonNode cutList = result.json();
        assertThat(cutList.get("workOrders").get(0).asText()).isEqualTo(number);
        assertThat(cutList.get("settings").toString())
                .isEqualTo("{\"kerfMm\":4,\"trimMm\":10,\"mitreAllowanceMm\":0,\"minOffcutMm\":500}");
        Map<String, JsonNode> profiles = byCode(cutList.get("profiles"));
        // Rails: 2 windows × 2 sashes × 2 = 8 pieces of 1488 mm (+4 kerf); 4 fit the 5980 mm a 6 m bar gives.
        JsonNode rails = profiles.get("PRF-TOP");
        assertThat(rails.get("colour").asText()).isEqualTo("WHITE");
        assertThat(rails.get("barLengthMm").asInt()).isEqualTo(6000);
        assertThat(rails.get("newBars").asInt()).isEqualTo(2);
        assertThat(rails.get("lowerBound").asInt()).isEqualTo(2);
        assertThat(rails.get("pricedBars").asInt()).as("2 a window, each line rounded alone").isEqualTo(4);
        assertThat(rails.get("savedBars").asInt()).isEqualTo(2);
        JsonNode firstBar = rails.get("bars").get(0);
        assertThat(firstBar.get("source").asText()).isEqualTo("NEW_BAR");
        assertThat(firstBar.get("cuts")).hasSize(4);
        JsonNode cut = firstBar.get("cuts").get(1);
        assertThat(cut.get("startMm").asInt()).isEqualTo(1492);
        assertThat(cut.get("lengthMm").asInt()).isEqualTo(1488);
        assertThat(cut.get("startAngle").asText()).isEqualTo("45");
        assertThat(cut.get("label").asText()).startsWith(number + " L1-").endsWith("sash rail");
        assertThat(firstBar.get("remainderMm").asInt()).isEqualTo(5980 - 4 * 1492);
        assertThat(firstBar.get("remainderKept").asBoolean()).isFalse();
        // Stiles: 8 × 1188 mm (+4), five to a bar: two bars, as priced.
        assertThat(profiles.get("PRF-JAMB").get("newBars").asInt()).isEqualTo(2);
        assertThat(profiles.get("PRF-JAMB").get("pricedBars").asInt()).isEqualTo(2);
        assertThat(cutList.get("newBars").asInt()).isEqualTo(4);
        assertThat(cutList.get("pricedBars").asInt()).isEqualTo(6);
        assertThat(pieces(cutList)).isEqualTo(16);

        // the materials list orders the cut list's bars and shows the priced ones beside them
        Map<String, JsonNode> materials = byCode(env.http.get(V1 + "/work-orders/" + id + "/materials", admin).json()
                .get("materials"));
        assertThat(materials.get("PRF-TOP").get("bars").asInt()).isEqualTo(4);
        assertThat(materials.get("PRF-TOP").get("cutBars").asInt()).isEqualTo(2);
        assertThat(materials.get("PRF-TOP").get("barsToOrder").asInt()).isEqualTo(2);
        assertThat(materials.get("HW-ROLL").get("cutBars").isNull()).isTrue();

        HttpResult csv = env.http.get(V1 + "/work-orders/" + id + "/cut-list.csv", admin);
        assertThat(csv.status()).isEqualTo(200);
        String[] rows = csv.text().split("\r\n");
        assertThat(rows[0]).isEqualTo("materialCode,colour,bar,barSource,offcutId,barLengthMm,cut,startMm,lengthMm,"
                + "startAngle,endAngle,label,remainderMm,remainderKept");
        assertThat(rows).hasSize(1 + 16);
        assertThat(rows[2]).startsWith("PRF-JAMB,WHITE,1,NEW_BAR,,6000,2,1192,1188,90,90," + number + " L1-");
    }

    @Test
    void aBatchPlansTheWorkOrdersTogether() {
        String first = fixture.workOrder("CUT-SLIDER");
        String second = fixture.workOrder("CUT-SLIDER");

        HttpResult batch = env.http.get(V1 + "/cut-lists?workOrders=" + first + "," + second, admin);

        assertThat(batch.status()).as("%s", batch).isEqualTo(200);
        JsonNode cutList = batch.json();
        assertThat(cutList.get("workOrders")).hasSize(2);
        assertThat(pieces(cutList)).isEqualTo(32);
        Map<String, JsonNode> profiles = byCode(cutList.get("profiles"));
        assertThat(profiles.get("PRF-TOP").get("newBars").asInt()).isEqualTo(4);
        assertThat(profiles.get("PRF-TOP").get("pricedBars").asInt()).isEqualTo(8);
        // 16 stiles, five to a bar: 4 bars — one fewer than the two orders planned apart would use (2 + 2 = 4
        // rounds the same here; the rails show the saving).
        assertThat(profiles.get("PRF-JAMB").get("newBars").asInt()).isEqualTo(4);
        HttpResult csv = env.http.get(V1 + "/cut-lists.csv?workOrders=" + first + "," + second, admin);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.text().split("\r\n")).hasSize(1 + 32);

        HttpResult none = env.http.get(V1 + "/cut-lists?workOrders=", admin);
        assertThat(none.status()).isEqualTo(400);
        assertThat(fields(none)).containsExactly("workOrders");
    }

    @Test
    void theShopsCuttingSettingsAreTheDefaultsAndAQueryOverridesThem() {
        String id = fixture.workOrder("CUT-SLIDER");
        JsonNode settings = env.http.get(V1 + "/settings", admin).json();
        assertThat(settings.get("cutting").toString())
                .isEqualTo("{\"kerfMm\":4,\"trimMm\":10,\"mitreAllowanceMm\":0,\"minOffcutMm\":500}");
        try {
            HttpResult saved = env.http.put(V1 + "/settings", withCutting(settings,
                    "{\"kerfMm\":3,\"trimMm\":15,\"mitreAllowanceMm\":5,\"minOffcutMm\":800}"), admin);
            assertThat(saved.status()).as("%s", saved).isEqualTo(200);
            assertThat(saved.json().get("cutting").get("mitreAllowanceMm").asInt()).isEqualTo(5);

            JsonNode cutList = env.http.get(V1 + "/work-orders/" + id + "/cut-list", admin).json();
            assertThat(cutList.get("settings").toString())
                    .isEqualTo("{\"kerfMm\":3,\"trimMm\":15,\"mitreAllowanceMm\":5,\"minOffcutMm\":800}");
            // A rail now takes 1488 + 2 × 5 + 3 = 1501 mm of the 5970 mm usable: three to a bar.
            JsonNode rails = byCode(cutList.get("profiles")).get("PRF-TOP");
            assertThat(rails.get("newBars").asInt()).isEqualTo(3);
            assertThat(rails.get("bars").get(0).get("cuts").get(1).get("startMm").asInt()).isEqualTo(1501);

            JsonNode overridden = env.http.get(V1 + "/work-orders/" + id + "/cut-list?mitreAllowanceMm=0", admin)
                    .json();
            assertThat(overridden.get("settings").toString())
                    .isEqualTo("{\"kerfMm\":3,\"trimMm\":15,\"mitreAllowanceMm\":0,\"minOffcutMm\":800}");

            JsonNode current = env.http.get(V1 + "/settings", admin).json();
            String withoutCutting = ((com.fasterxml.jackson.databind.node.ObjectNode) current.deepCopy())
                    .without("cutting").toString();
            HttpResult kept = env.http.put(V1 + "/settings", withoutCutting, admin);
            assertThat(kept.status()).as("%s", kept).isEqualTo(200);
            assertThat(kept.json().get("cutting")).as("left out: kept").isEqualTo(current.get("cutting"));
        } finally {
            JsonNode current = env.http.get(V1 + "/settings", admin).json();
            assertThat(env.http.put(V1 + "/settings", withCutting(current,
                    "{\"kerfMm\":4,\"trimMm\":10,\"mitreAllowanceMm\":0,\"minOffcutMm\":500}"), admin).status())
                    .isEqualTo(200);
        }
    }

    @Test
    void badCuttingSettingsAreRefusedAtSaveNamingTheFieldAndChangeNothing() {
        JsonNode before = env.http.get(V1 + "/settings", admin).json();
        HttpResult refused = env.http.put(V1 + "/settings", withCutting(before,
                "{\"kerfMm\":-1,\"trimMm\":5000,\"mitreAllowanceMm\":101,\"minOffcutMm\":null}"), admin);

        assertThat(refused.status()).as("%s", refused).isEqualTo(400);
        assertThat(fields(refused)).containsExactlyInAnyOrder("cutting.kerfMm", "cutting.trimMm",
                "cutting.mitreAllowanceMm", "cutting.minOffcutMm");
        HttpResult notANumber = env.http.put(V1 + "/settings", withCutting(before,
                "{\"kerfMm\":\"thin\",\"trimMm\":10,\"mitreAllowanceMm\":0,\"minOffcutMm\":500}"), admin);
        assertThat(notANumber.status()).as("%s", notANumber).isEqualTo(400);
        assertThat(fields(notANumber)).containsExactly("cutting.kerfMm");
        assertThat(env.http.get(V1 + "/settings", admin).json()).isEqualTo(before);
    }

    @Test
    void badQuerySettingsAndAPieceNoBarCanGiveAre400NamingThem() {
        String id = fixture.workOrder("CUT-SLIDER");
        for (String query : List.of("kerfMm=-1", "kerfMm=abc", "trimMm=3000", "minOffcutMm=99999")) {
            HttpResult refused = env.http.get(V1 + "/work-orders/" + id + "/cut-list?" + query, admin);
            assertThat(refused.status()).as("%s: %s", query, refused).isEqualTo(400);
            assertThat(fields(refused)).as("%s", refused).containsExactly(query.substring(0, query.indexOf('=')));
        }

        String tooLong = fixture.workOrder("CUT-LONG");
        String number = fixture.number(tooLong);
        HttpResult refused = env.http.get(V1 + "/work-orders/" + tooLong + "/cut-list", admin);
        assertThat(refused.status()).as("%s", refused).isEqualTo(400);
        assertThat(refused.text()).contains(number + " L1-A sash rail").contains(number + " L1-B sash rail")
                .contains("7500 mm").contains("5980 mm usable");
        assertThat(fields(refused)).as("one error per distinct piece, not one per copy").hasSize(2);
        HttpResult inBatch = env.http.get(V1 + "/cut-lists?workOrders=" + id + "," + tooLong, admin);
        assertThat(inBatch.status()).isEqualTo(400);
        assertThat(inBatch.text()).contains(number + " L1-");
    }

    private static String withCutting(JsonNode settings, String cutting) {
        String text = settings.toString();
        int at = text.indexOf("\"cutting\":");
        int end = text.indexOf('}', at) + 1;
        return text.substring(0, at) + "\"cutting\":" + cutting + text.substring(end);
    }
}
