package org.ariadne.demo;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.ariadne.it.Api;
import org.ariadne.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** The embedded default's demo: sample texts with their footnotes, and claims whose traces reach article 002's works. */
@ExtendWith(ArquillianExtension.class)
class DemoIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ariadne();
    }

    @BeforeEach
    void embeddedOnly() {
        assumeFalse(Api.onPostgresql(), "a production database has no demo data");
    }

    private static Map<String, String> idsByTitle() {
        return Api.anonymous().get("/api/sources?size=5000&q=").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(s -> s.getString("title"), s -> s.getString("id"), (a, b) -> a));
    }

    private static JsonObject claimSaying(String text) {
        for (String status : new String[] {"supported", "contested", "unsupported"}) {
            for (JsonValue item : Api.anonymous().get("/api/claims?size=100&status=" + status).json().getJsonArray("items")) {
                if (item.asJsonObject().getString("text").equals(text)) {
                    return item.asJsonObject();
                }
            }
        }
        throw new AssertionError("no demo claim says: " + text);
    }

    @Test
    void theSampleTextsAreArchivedWithFootnotesLinkedToTheCatalogue() {
        Map<String, String> ids = idsByTitle();
        String readingNote = ids.get(DemoCatalogue.READING_NOTE);
        var notes = Api.anonymous().get("/api/sources/" + readingNote + "/footnotes").jsonArray();
        assertEquals(4, notes.size());
        assertEquals(ids.get("The North Korean Refugees as a Human Rights Issue"),
                notes.getJsonObject(0).getJsonArray("citations").getJsonObject(0).getString("source"));
        assertEquals(ids.get("Persecuting the Starving: the Plight of North Koreans Fleeing to China"),
                notes.getJsonObject(1).getJsonArray("citations").getJsonObject(0).getString("source"));
        var essayNotes = Api.anonymous().get("/api/sources/" + ids.get(DemoCatalogue.ESSAY) + "/footnotes").jsonArray();
        assertEquals(readingNote, essayNotes.getJsonObject(1).getJsonArray("citations").getJsonObject(0).getString("source"));
    }

    @Test
    void theTraceOfTheFirstClaimRunsTwoLevelsDeepToTheThreeWorks() {
        Map<String, String> ids = idsByTitle();
        JsonObject claim = claimSaying("People returned to North Korea from China are questioned and often punished.");
        JsonObject trace = Api.anonymous().get("/api/claims/" + claim.getString("id") + "/trace").json();
        Set<String> primary = trace.getJsonArray("primarySources").stream()
                .map(v -> ((jakarta.json.JsonString) v).getString()).collect(Collectors.toSet());
        assertTrue(primary.containsAll(Set.of(ids.get("The North Korean Refugees as a Human Rights Issue"),
                ids.get("Persecuting the Starving: the Plight of North Koreans Fleeing to China"),
                ids.get("Northeast Asia’s Pandora’s Box: North Korean Escapees"))), trace::toString);
        JsonObject firstLevel = trace.getJsonArray("citations").getJsonObject(0).getJsonArray("footnotes").getJsonObject(0);
        JsonObject secondLevel = firstLevel.getJsonArray("cites").getJsonObject(0);
        assertEquals(ids.get(DemoCatalogue.READING_NOTE), secondLevel.getJsonObject("source").getString("id"));
        assertEquals(3, secondLevel.getJsonArray("footnotes").size(), trace::toString);
    }

    @Test
    void oneClaimIsSupportedAndDisputedAndOneNeedsACitation() {
        JsonObject contested = claimSaying("China returns every defector it arrests.");
        assertEquals(Set.of("supports", "disputes"), contested.getJsonArray("citations").stream()
                .map(c -> c.asJsonObject().getString("stance")).collect(Collectors.toSet()));
        JsonObject unsupported = claimSaying("Returnees who met South Koreans while away are punished more harshly.");
        assertEquals(0, unsupported.getJsonArray("citations").size());
    }
}
