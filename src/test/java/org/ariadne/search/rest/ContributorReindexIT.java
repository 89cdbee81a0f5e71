package org.ariadne.search.rest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.ariadne.it.Api;
import org.ariadne.it.Deployments;
import org.ariadne.it.TestUsers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A contributor's new variant name, merged record or restored name reaches the index of every source crediting
 * it within a second, without touching the sources.
 */
@ExtendWith(ArquillianExtension.class)
class ContributorReindexIT {

    private static final long SECOND = 1_000_000_000L;

    private final Api librarian = Api.as("librarian");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ariadne();
    }

    @BeforeEach
    void users() {
        TestUsers.ensure();
    }

    /** A source crediting one author; returns the source's id and the author's authority record id. */
    private String[] sourceBy(String family, String given, String title) {
        Api.Reply reply = librarian.postJson("/api/sources", Json.createObjectBuilder()
                .add("type", "book").add("title", title)
                .add("author", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("family", family).add("given", given)))
                .build());
        assertEquals(201, reply.status(), reply::toString);
        JsonObject source = reply.json();
        return new String[]{source.getString("id"),
                source.getJsonObject("custom").getJsonArray("contributors").getJsonObject(0).getString("id")};
    }

    private static List<String> sourcesFound(String words) {
        Api.Reply reply = Api.anonymous().get("/api/search?kind=source&q="
                + URLEncoder.encode(words, StandardCharsets.UTF_8));
        assertEquals(200, reply.status(), reply::toString);
        JsonArray hits = reply.json().getJsonArray("hits");
        return hits.getValuesAs(JsonObject.class).stream().map(h -> h.getString("id")).toList();
    }

    /** The contributor facet of a search over sources: display name to number of hits. */
    private static JsonObject contributorFacet(String words) {
        Api.Reply reply = Api.anonymous().get("/api/search?kind=source&q="
                + URLEncoder.encode(words, StandardCharsets.UTF_8));
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonObject("facets").getJsonObject("contributor");
    }

    private Api.Reply addVariant(String contributor, String name) {
        Api.Reply reply = librarian.postJson("/api/contributors/" + contributor + "/variants",
                Json.createObjectBuilder().add("name", name).build());
        assertEquals(201, reply.status(), reply::toString);
        return reply;
    }

    @Test
    void everySourceCreditingAContributorIsFoundByANewVariantWithinASecond() {
        String family = SavedSearchApiIT.token();
        String variant = SavedSearchApiIT.token();
        String first = sourceBy(family, "Stephan", "Reports from the frontier " + family)[0];
        String[] second = sourceBy(family, "Stephan", "Letters from the frontier " + family);
        assertEquals(List.of(), sourcesFound(variant));

        addVariant(second[1], variant + ", S.");
        long added = System.nanoTime();
        List<String> found = waitFor(() -> sourcesFound(variant), ids -> ids.size() == 2);
        assertTrue(System.nanoTime() - added < SECOND, "within a second");
        assertEquals(List.of(first, second[0]).stream().sorted().toList(), found.stream().sorted().toList());
    }

    @Test
    void sourcesOfAMergedRecordAreFoundByTheSurvivorsNameAndARestoredNameTakesTheVariantAway() {
        String survivorName = SavedSearchApiIT.token();
        String loserName = SavedSearchApiIT.token();
        String[] survivor = sourceBy(survivorName, "Anna", "Survivor's work " + survivorName);
        String[] loser = sourceBy(loserName, "Bea", "Loser's work " + loserName);
        assertEquals(List.of(), sourcesFound(survivorName + " " + loserName));

        // the loser's form of the name becomes a variant of the survivor: its record, with its credits, merges in
        addVariant(survivor[1], loserName + ", Bea");
        long merged = System.nanoTime();
        List<String> both = waitFor(() -> sourcesFound(survivorName), ids -> ids.size() == 2);
        assertTrue(System.nanoTime() - merged < SECOND, "within a second");
        assertEquals(List.of(loser[0], survivor[0]).stream().sorted().toList(), both.stream().sorted().toList(),
                "the loser's source is found by the survivor's name");
        assertEquals(List.of(loser[0], survivor[0]).stream().sorted().toList(),
                sourcesFound(loserName).stream().sorted().toList(), "and both by the merged name");
        JsonObject contributors = contributorFacet(survivorName);
        assertEquals(2, contributors.getInt("Anna " + survivorName), contributors::toString);
        assertFalse(contributors.containsKey("Bea " + loserName), "the merged record is no longer counted: "
                + contributors);

        // restoring the survivor's first revision takes the variant away again, from the index too
        Api.Reply history = librarian.get("/api/contributors/" + survivor[1] + "/history");
        assertEquals(200, history.status(), history::toString);
        long firstRevision = history.jsonArray().getJsonObject(0).getJsonNumber("revision").longValue();
        Api.Reply restored = librarian.send("POST", "/api/contributors/" + survivor[1] + "/history/"
                + firstRevision + "/restore", "", history.header("ETag").orElseThrow());
        assertEquals(200, restored.status(), restored::toString);
        long restoredAt = System.nanoTime();
        List<String> byLoserName = waitFor(() -> sourcesFound(loserName), ids -> !ids.contains(survivor[0]));
        assertTrue(System.nanoTime() - restoredAt < SECOND, "within a second");
        assertTrue(!byLoserName.contains(survivor[0]), byLoserName::toString);
    }

    private static <T> T waitFor(Supplier<T> probe, java.util.function.Predicate<T> done) {
        long deadline = System.nanoTime() + 30 * SECOND;
        T value = probe.get();
        while (!done.test(value) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            value = probe.get();
        }
        return value;
    }
}
