package org.ariadne.claims.rest;

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

import java.util.List;
import java.util.UUID;

import static org.ariadne.it.CitedWorks.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The claims part of the HTTP contract (issue #4), against a real WildFly and database, on seed 002 archived. */
@ExtendWith(ArquillianExtension.class)
class ClaimApiIT {




    /** Stands in the paragraph of seed 002 that ends with the marker of note 2. */
    private static final String SENTENCE_BEFORE_NOTE_2 =
            "Those who assist others in escaping face a sentence of two to seven years of hard labor.";

    private final Api librarian = Api.as("librarian");
    private final Api writer = Api.as("writer");
    private final Api reviewer = Api.as("reviewer");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ariadne();
    }

    @BeforeEach
    void users() {
        TestUsers.ensure();
    }

    @Test
    void tracesAQuoteThroughNote3ToTheAmnestyReport() {
        String amnesty = catalogued(AMNESTY_TITLE, AMNESTY);
        String article = archivedSeed002();

        Api.Reply created = writer.postJson("/api/claims", claim("North Korea treats those who flee as traitors.",
                citation(article, "anti-socialist traitors and criminals", "supports")));
        assertEquals(201, created.status(), created::toString);
        JsonObject claim = created.json();
        String id = claim.getString("id");
        assertEquals("/api/claims/" + id, created.header("Location").orElseThrow());
        JsonObject citation = claim.getJsonArray("citations").getJsonObject(0);
        assertEquals(article, citation.getString("source"));
        assertTrue(citation.getBoolean("quoteFound"), citation::toString);
        assertEquals("supports", citation.getString("stance"));
        assertEquals("supported", claim.getString("status"));

        JsonObject trace = trace(id);
        assertEquals(id, trace.getJsonObject("claim").getString("id"));
        assertEquals("North Korea treats those who flee as traitors.", trace.getJsonObject("claim").getString("text"));
        JsonObject traced = trace.getJsonArray("citations").getJsonObject(0);
        assertEquals(article, traced.getJsonObject("source").getString("id"));
        assertTrue(traced.getBoolean("quoteFound"));
        assertEquals("supports", traced.getString("stance"));
        JsonArray notes = traced.getJsonArray("footnotes");
        assertEquals(1, notes.size(), trace::toString);
        JsonObject note = notes.getJsonObject(0);
        assertEquals(3, note.getInt("number"));
        JsonObject cite = note.getJsonArray("cites").getJsonObject(0);
        assertEquals(amnesty, cite.getJsonObject("source").getString("id"));
        assertEquals(AMNESTY_TITLE, cite.getJsonObject("source").getString("title"));
        assertEquals("5", cite.getString("locator"));
        assertEquals(0, cite.getJsonArray("footnotes").size());
        assertEquals(List.of(amnesty), strings(trace.getJsonArray("primarySources")));
        assertEquals(0, trace.getJsonArray("problems").size(), trace::toString);
    }

    @Test
    void tracesASentenceOfTheParagraphEndingWithMarker2ToHaggardAndNoland() {
        String haggard = catalogued(HAGGARD_TITLE, HAGGARD);
        String article = archivedSeed002();

        String id = created(claim("Helping someone escape North Korea is punished with years of hard labour.",
                citation(article, SENTENCE_BEFORE_NOTE_2, "supports")));

        JsonObject trace = trace(id);
        JsonObject traced = trace.getJsonArray("citations").getJsonObject(0);
        assertTrue(traced.getBoolean("quoteFound"));
        JsonObject note = traced.getJsonArray("footnotes").getJsonObject(0);
        assertEquals(2, note.getInt("number"), trace::toString);
        assertEquals("Ibid, pp. 17-18.", note.getString("text"));
        JsonObject cite = note.getJsonArray("cites").getJsonObject(0);
        assertEquals(haggard, cite.getJsonObject("source").getString("id"));
        assertEquals("17-18", cite.getString("locator"));
        assertEquals(List.of(haggard), strings(trace.getJsonArray("primarySources")));
    }

    @Test
    void saysWhenAQuoteIsNotInTheArchivedText() {
        String article = archivedSeed002();
        Api.Reply created = writer.postJson("/api/claims", claim("China welcomes every refugee.",
                citation(article, "China welcomes all refugees with open arms", "supports")));
        assertEquals(201, created.status(), created::toString);
        assertFalse(created.json().getJsonArray("citations").getJsonObject(0).getBoolean("quoteFound"));

        JsonObject trace = trace(created.json().getString("id"));
        JsonObject traced = trace.getJsonArray("citations").getJsonObject(0);
        assertFalse(traced.getBoolean("quoteFound"));
        assertEquals(0, traced.getJsonArray("footnotes").size());
        JsonArray problems = trace.getJsonArray("problems");
        assertEquals(1, problems.size(), trace::toString);
        assertTrue(problems.getString(0).contains("not found"), problems::toString);
    }

    @Test
    void showsAClaimWithItsCitationsAndVerdicts() {
        String article = archivedSeed002();
        String id = created(claim("Repatriated refugees face labour camps.",
                citation(article, "political prisoners' labor camp", "supports")));

        Api.Reply judged = reviewer.postJson("/api/claims/" + id + "/verdicts",
                Json.createObjectBuilder().add("verdict", "verified").add("comment", "Checked against the text.").build());
        assertEquals(201, judged.status(), judged::toString);

        Api.Reply read = Api.anonymous().get("/api/claims/" + id);
        assertEquals(200, read.status(), read::toString);
        JsonObject claim = read.json();
        assertEquals(id, claim.getString("id"));
        assertEquals("verified", claim.getString("status"));
        assertEquals("Repatriated refugees face labour camps.", claim.getString("text"));
        JsonObject citation = claim.getJsonArray("citations").getJsonObject(0);
        assertEquals(article, citation.getString("source"));
        assertTrue(citation.getBoolean("quoteFound"));
        JsonObject verdict = claim.getJsonArray("verdicts").getJsonObject(0);
        assertEquals("verified", verdict.getString("verdict"));
        assertEquals("Checked against the text.", verdict.getString("comment"));
        assertEquals("reviewer", verdict.getString("by"));
    }

    @Test
    void queuesUnsupportedAndDisputedClaimsAndAVerdictMovesThem() {
        String article = archivedSeed002();
        String bare = created(claim("Nobody has counted the refugees " + UUID.randomUUID() + ".", null));
        String mentioned = created(claim("The border is long.",
                citation(article, "largely unguarded", "mentions")));
        String contested = created(claim("Most refugees leave for economic reasons.",
                citation(article, "rarely over political disagreements", "supports"),
                citation(article, "political motivations in escaping", "disputes")));

        assertTrue(queue("unsupported").contains(bare));
        assertTrue(queue("unsupported").contains(mentioned));
        assertFalse(queue("unsupported").contains(contested));
        assertTrue(queue("contested").contains(contested));
        assertTrue(queue("disputed").contains(contested));
        assertFalse(queue("disputed").contains(bare));

        Api.Reply judged = reviewer.postJson("/api/claims/" + bare + "/verdicts",
                Json.createObjectBuilder().add("verdict", "disputed").add("comment", "No source says so.").build());
        assertEquals(201, judged.status(), judged::toString);
        assertEquals("disputed", judged.json().getString("status"));
        assertTrue(queue("disputed").contains(bare));
        assertFalse(queue("unsupported").contains(bare));

        assertEquals(201, reviewer.postJson("/api/claims/" + bare + "/verdicts",
                Json.createObjectBuilder().add("verdict", "needs-source").build()).status());
        assertEquals("needs-source", Api.anonymous().get("/api/claims/" + bare).json().getString("status"));
        assertTrue(queue("needs-source").contains(bare));

        Api.Reply page = Api.anonymous().get("/api/claims?status=unsupported&page=0&size=1");
        assertEquals(200, page.status(), page::toString);
        assertEquals(1, page.json().getJsonArray("items").size());
        assertTrue(page.json().getInt("total") >= 1);
    }

    @Test
    void refusesWritesWithoutTheRightRole() {
        JsonObject body = claim("Anonymous claims are not taken.", null);
        assertEquals(401, Api.anonymous().postJson("/api/claims", body).status());
        Api.Reply librarianClaim = librarian.postJson("/api/claims", body);
        assertEquals(403, librarianClaim.status(), librarianClaim::toString);

        String id = created(claim("Only reviewers rule on claims.", null));
        JsonObject verdict = Json.createObjectBuilder().add("verdict", "verified").build();
        assertEquals(401, Api.anonymous().postJson("/api/claims/" + id + "/verdicts", verdict).status());
        assertEquals(403, writer.postJson("/api/claims/" + id + "/verdicts", verdict).status());
        assertEquals("unsupported", Api.anonymous().get("/api/claims/" + id).json().getString("status"));
    }

    @Test
    void refusesBadInputNamingTheField() {
        String article = newSource();
        assertEquals("text", errorField(writer.postJson("/api/claims", claim("  ", null))));
        assertEquals("citations[0].source", errorField(writer.postJson("/api/claims",
                claim("A claim.", citation("987654321", null, "supports")))));
        assertEquals("citations[0].stance", errorField(writer.postJson("/api/claims",
                claim("A claim.", citation(article, null, "agrees")))));
        assertEquals(400, writer.post("/api/claims", "application/json", "{not json").status());
        Api.Reply badStatus = Api.anonymous().get("/api/claims?status=doubtful");
        assertEquals("status", errorField(badStatus));

        String id = created(claim("A claim to judge.", null));
        assertEquals("verdict", errorField(reviewer.postJson("/api/claims/" + id + "/verdicts",
                Json.createObjectBuilder().add("verdict", "maybe").build())));
    }

    @Test
    void answers404ForAnUnknownClaim() {
        for (String path : List.of("/api/claims/987654321", "/api/claims/987654321/trace", "/api/claims/nope")) {
            Api.Reply reply = Api.anonymous().get(path);
            assertEquals(404, reply.status(), path);
            assertTrue(reply.header("Content-Type").orElseThrow().startsWith("application/problem+json"), path);
        }
        assertEquals(404, reviewer.postJson("/api/claims/987654321/verdicts",
                Json.createObjectBuilder().add("verdict", "verified").build()).status());
    }

    @Test
    void refusesToDeleteASourceThatAClaimCites() {
        String cited = newSource();
        created(claim("A claim citing a source without text.", citation(cited, null, "supports")));
        Api.Reply refused = librarian.delete("/api/sources/" + cited);
        assertEquals(409, refused.status(), refused::toString);
        assertTrue(refused.json().getString("detail").contains("claim"), refused::toString);
        assertEquals(200, Api.anonymous().get("/api/sources/" + cited).status());
    }

    @Test
    void givesTheTraceAsProvJsonLd() {
        String amnesty = catalogued(AMNESTY_TITLE, AMNESTY);
        String article = archivedSeed002();
        String id = created(claim("Those who flee are branded criminals.",
                citation(article, "anti-socialist traitors and criminals", "supports")));

        for (Api.Reply reply : List.of(Api.anonymous().get("/api/claims/" + id + "/trace", "application/ld+json"),
                Api.anonymous().get("/api/claims/" + id + "/provenance"))) {
            assertEquals(200, reply.status(), reply::toString);
            assertTrue(reply.header("Content-Type").orElseThrow().startsWith("application/ld+json"));
            String text = reply.text();
            assertTrue(text.contains("http://www.w3.org/ns/prov#"), text);
            assertTrue(text.contains("prov:wasQuotedFrom"), text);
            assertTrue(text.contains("prov:hadPrimarySource"), text);
            assertTrue(text.contains("prov:wasDerivedFrom"), text);
            assertTrue(text.contains("/sources/" + amnesty + "\""), text);
            assertTrue(text.contains("/claims/" + id + "\""), text);
        }
        assertTrue(Api.anonymous().get("/api/claims/" + id + "/trace").header("Content-Type").orElseThrow()
                .startsWith("application/json"));
    }

    @Test
    void showsTheClaimPageWithItsTraceAndTheQueues() {
        String amnesty = catalogued(AMNESTY_TITLE, AMNESTY);
        String article = archivedSeed002();
        String text = "A claim for the page " + UUID.randomUUID();
        String id = created(claim(text, citation(article, "anti-socialist traitors and criminals", "supports")));
        String bare = "An unsupported claim for the queue " + UUID.randomUUID();
        created(claim(bare, null));

        Api.Reply page = Api.anonymous().get("/claims/" + id);
        assertEquals(200, page.status(), page::toString);
        assertTrue(page.text().contains(text), page::toString);
        assertTrue(page.text().contains("/sources/" + amnesty + "\""), "the trace links to the cited work");
        assertTrue(page.text().contains("/sources/" + article + "\""));

        Api.Reply queue = Api.anonymous().get("/claims/queue.xhtml?status=unsupported");
        assertEquals(200, queue.status(), queue::toString);
        assertTrue(queue.text().contains(bare), queue::toString);

        assertEquals(404, Api.anonymous().get("/claims/987654321").status());
    }

    private JsonObject trace(String id) {
        Api.Reply reply = Api.anonymous().get("/api/claims/" + id + "/trace");
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    private List<String> queue(String status) {
        Api.Reply reply = Api.anonymous().get("/api/claims?size=5000&status=" + status);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonArray("items").stream()
                .map(item -> item.asJsonObject().getString("id")).toList();
    }

    private String created(JsonObject claim) {
        Api.Reply reply = writer.postJson("/api/claims", claim);
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getString("id");
    }

    private static String errorField(Api.Reply reply) {
        assertEquals(400, reply.status(), reply::toString);
        assertTrue(reply.header("Content-Type").orElseThrow().startsWith("application/problem+json"));
        return reply.json().getJsonArray("errors").getJsonObject(0).getString("field");
    }

    private static JsonObject claim(String text, JsonObject... citations) {
        var array = Json.createArrayBuilder();
        if (citations != null) {
            for (JsonObject c : citations) {
                array.add(c);
            }
        }
        return Json.createObjectBuilder().add("text", text).add("citations", array).build();
    }

    private static JsonObject citation(String source, String quote, String stance) {
        var c = Json.createObjectBuilder().add("source", source).add("locator", "1").add("label", "paragraph")
                .add("stance", stance);
        if (quote != null) {
            c.add("quote", quote);
        }
        return c.build();
    }

    private static List<String> strings(JsonArray array) {
        return array.stream().map(v -> ((jakarta.json.JsonString) v).getString()).toList();
    }

    /** A new source with seed 002 archived, its footnotes linked to the three works (catalogued if missing). */
    private String archivedSeed002() {
        catalogued(HAGGARD_TITLE, HAGGARD);
        catalogued(AMNESTY_TITLE, AMNESTY);
        catalogued(HWANG_TITLE, HWANG);
        String article = newSource();
        Api.Reply reply = librarian.put("/api/sources/" + article + "/text", "text/plain; charset=utf-8",
                seedBytes(SEED_002), null);
        assertEquals(200, reply.status(), reply::toString);
        assertEquals(4, reply.json().getInt("footnotes"));
        return article;
    }

    /** The id of the first catalogued work with this title, catalogued now if the catalogue has none. */


    private String newSource() {
        Api.Reply created = librarian.post("/api/sources", "application/json",
                "{\"type\":\"article-newspaper\",\"title\":\"Claims test " + UUID.randomUUID() + "\"}");
        assertEquals(201, created.status(), created::toString);
        return created.json().getString("id");
    }

}
