package org.ariadne.search.rest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import org.ariadne.it.Api;
import org.ariadne.it.Deployments;
import org.ariadne.it.TestUsers;
import org.ariadne.it.Waiting;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The search part of the HTTP contract, with facets, highlighting and suggestions, on a real index. */
@ExtendWith(ArquillianExtension.class)
class SearchApiIT {

    private final Api librarian = Api.as("librarian");
    private final Api writer = Api.as("writer");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ariadne();
    }

    @BeforeEach
    void users() {
        TestUsers.ensure();
    }

    /** A made-up word no other test or seed uses, so that each test sees only its own data. */
    private static String token() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static JsonObject search(String query) {
        Api.Reply reply = Api.anonymous().get("/api/search?" + query);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    private static Map<String, Integer> counts(JsonObject facet) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        facet.forEach((value, count) -> counts.put(value, ((JsonNumber) count).intValue()));
        return counts;
    }

    private static JsonArray hits(String q) {
        return search("q=" + encode(q)).getJsonArray("hits");
    }

    private String createSource(String json) {
        Api.Reply reply = librarian.post("/api/sources", "application/json", json);
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getString("id");
    }

    @Test
    void findsANewSourceWithinASecondAndItsChangeAsWell() {
        String word = token();
        String id = createSource("{\"type\":\"article-newspaper\",\"title\":\"Border crossings " + word + "\","
                + "\"issued\":{\"date-parts\":[[2019,5,2]]}}");
        long created = System.nanoTime();
        assertTrue(waitFor(() -> hits(word), h -> h.size() == 1), "the new source is found");
        assertTrue(System.nanoTime() - created < 1_000_000_000L, "within a second");
        JsonObject hit = hits(word).getJsonObject(0);
        assertEquals("source", hit.getString("kind"));
        assertEquals(id, hit.getString("id"));
        assertEquals("Border crossings " + word, hit.getString("title"));
        assertTrue(hit.getString("snippet").contains(word), hit::toString);
        assertTrue(hit.getString("highlight").contains("<mark>" + word + "</mark>"), hit::toString);

        String changed = token();
        Api.Reply current = librarian.get("/api/sources/" + id);
        Api.Reply updated = librarian.put("/api/sources/" + id, "application/json",
                ("{\"type\":\"article-newspaper\",\"title\":\"Border crossings " + changed + "\"}")
                        .getBytes(StandardCharsets.UTF_8), current.header("ETag").orElseThrow());
        assertEquals(200, updated.status(), updated::toString);
        long changedAt = System.nanoTime();
        assertTrue(waitFor(() -> hits(changed), h -> h.size() == 1), "the changed title is found");
        assertTrue(System.nanoTime() - changedAt < 1_000_000_000L, "within a second");
        assertEquals(0, hits(word).size(), "the old title is gone from the index");
    }

    @Test
    void foldsAccentsAndCaseInNamesAndTitles() {
        String word = token();
        String id = createSource("{\"type\":\"book\",\"title\":\"Über die Grenze " + word + "\","
                + "\"author\":[{\"family\":\"Müller\",\"given\":\"Jörg\"}]}");
        assertEquals(id, hits("muller " + word).getJsonObject(0).getString("id"));
        assertEquals(id, hits("MÜLLER JORG " + word.toUpperCase(Locale.ROOT)).getJsonObject(0).getString("id"));
        assertEquals(id, hits("uber grenze " + word).getJsonObject(0).getString("id"));
    }

    @Test
    void stemsEnglishAndKeepsExactPhrases() {
        String word = token();
        String id = createSource("{\"type\":\"report\",\"title\":\"Forced repatriations of defectors " + word
                + "\",\"container-title\":\"Annual reviews\"}");
        assertEquals(id, hits("repatriation defector " + word).getJsonObject(0).getString("id"));
        assertEquals(1, hits("\"forced repatriations\" " + word).size());
        assertEquals(0, hits("\"defectors forced\" " + word).size(), "a phrase keeps its word order");
        assertEquals(0, hits("\"forced repatriation\" " + word).size(), "a phrase keeps its words as written");
        assertEquals(1, hits("\"FORCED REPATRIATIONS\" " + word).size(), "case aside");
        assertEquals(1, hits("\"forced repatriations\" | nosuchword " + word).size(), "with an operator");
        assertEquals(0, hits("\"forced repatriations\" -defectors " + word).size(), "a word excluded");
        assertEquals(0, hits("\"forced repatriations\" -defector " + word).size(), "stemmed, as a word searched is");
        assertEquals(0, hits("-\"repatriations of\" forced " + word).size(), "a phrase excluded");
        assertEquals(1, hits("-\"repatriation of\" forced " + word).size(), "as written");
        assertEquals(1, hits("\"annual reviews\" " + word).size(), "container titles are searched for phrases");
        assertEquals(1, hits("annual review " + word).size(), "container titles are searched");
    }

    @Test
    void findsIdentifiersAndFiltersByFacets() {
        String word = token();
        String doi = "10.5555/" + word;
        String id = createSource("{\"type\":\"article-journal\",\"title\":\"Camps " + word + "\",\"DOI\":\""
                + doi + "\",\"issued\":{\"date-parts\":[[2001]]},\"author\":[{\"family\":\"Haggard\","
                + "\"given\":\"Stephan\"}]}");
        createSource("{\"type\":\"book\",\"title\":\"Camps and prisons " + word + "\","
                + "\"issued\":{\"date-parts\":[[2015]]}}");
        assertEquals(id, hits(doi).getJsonObject(0).getString("id"));

        JsonObject all = search("q=" + word);
        assertEquals(2, all.getInt("total"));
        JsonObject facets = all.getJsonObject("facets");
        assertEquals(1, facets.getJsonObject("type").getInt("article-journal"));
        assertEquals(1, facets.getJsonObject("type").getInt("book"));
        assertEquals(1, facets.getJsonObject("year").getInt("2001"));
        assertEquals(2, facets.getJsonObject("kind").getInt("source"));
        assertEquals(1, facets.getJsonObject("contributor").getInt("Stephan Haggard"), facets::toString);

        assertEquals(id, search("q=" + word + "&type=article-journal").getJsonArray("hits")
                .getJsonObject(0).getString("id"));
        assertEquals(1, search("q=" + word + "&yearFrom=2010&yearTo=2020").getInt("total"));
        assertEquals(1, search("q=" + word + "&contributor=" + encode("Stephan Haggard")).getInt("total"));
        assertEquals(0, search("q=" + word + "&hasText=true").getInt("total"));

        JsonArray oldestFirst = search("q=" + word + "&sort=date").getJsonArray("hits");
        assertEquals(id, oldestFirst.getJsonObject(0).getString("id"));
        JsonArray newestFirst = search("q=" + word + "&sort=-date").getJsonArray("hits");
        assertEquals(id, newestFirst.getJsonObject(1).getString("id"));

        // every hit is counted once, whatever the order of the hits or the page shown
        assertEquals(facets, search("q=" + word + "&sort=date").getJsonObject("facets"));
        assertEquals(facets, search("q=" + word + "&size=1&page=1").getJsonObject("facets"));
        // and only the hits: a phrase's words in another order are no hit, so not counted
        JsonObject phrase = search("q=" + encode("\"camps and prisons\" " + word));
        assertEquals(1, phrase.getInt("total"));
        assertEquals(Map.of("book", 1), counts(phrase.getJsonObject("facets").getJsonObject("type")));
        assertEquals(Map.of("source", 1), counts(phrase.getJsonObject("facets").getJsonObject("kind")));
        assertEquals(Map.of(), counts(phrase.getJsonObject("facets").getJsonObject("contributor")));

        JsonObject second = search("q=" + word + "&size=1&page=1");
        assertEquals(2, second.getInt("total"));
        assertEquals(1, second.getJsonArray("hits").size());
        assertEquals(0, search("q=" + word + "&kind=claim").getInt("total"));
    }

    @Test
    void countsContributorsByNameMostCreditedFirstAndFiltersByThatName() {
        String word = token();
        String often = "Often" + token();
        String once = "Once" + token();
        for (int i = 0; i < 3; i++) {
            createSource("{\"type\":\"book\",\"title\":\"Ledgers " + i + " " + word + "\",\"author\":[{\"family\":\""
                    + often + "\",\"given\":\"Mira\"}" + (i == 0 ? ",{\"family\":\"" + once + "\",\"given\":\"Jun\"}"
                    : "") + "]}");
        }
        createSource("{\"type\":\"book\",\"title\":\"Ledgers without authors " + word + "\"}");

        JsonObject contributors = search("q=" + word).getJsonObject("facets").getJsonObject("contributor");
        assertEquals(List.of("Mira " + often, "Jun " + once), List.copyOf(contributors.keySet()),
                "most credited first: " + contributors);
        assertEquals(3, contributors.getInt("Mira " + often));
        assertEquals(1, contributors.getInt("Jun " + once));
        JsonObject filtered = search("q=" + word + "&contributor=" + encode("Mira " + often));
        assertEquals(3, filtered.getInt("total"));
        assertEquals(3, filtered.getJsonObject("facets").getJsonObject("contributor").getInt("Mira " + often));
    }

    @Test
    void countsTheTenMostCreditedNamesAndTwoRecordsOfOneNameAsThatName() {
        String word = token();
        String top = "Top" + token();
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            many.append(i == 0 ? "" : ",").append("{\"family\":\"Many").append((char) ('a' + i)).append(word)
                    .append("\",\"given\":\"Lu\"}");
        }
        createSource("{\"type\":\"book\",\"title\":\"Registers " + word + "\",\"author\":[" + many
                + ",{\"family\":\"" + top + "\",\"given\":\"Ida\"}]}");
        createSource("{\"type\":\"book\",\"title\":\"Ledgers " + word + "\",\"author\":[{\"family\":\"" + top
                + "\",\"given\":\"Ida\"}]}");
        // an organisation of the same display name is another authority record, counted under that one name
        createSource("{\"type\":\"report\",\"title\":\"Rolls " + word + "\",\"author\":[{\"literal\":\"Ida "
                + top + "\"}]}");

        JsonObject contributors = search("q=" + word).getJsonObject("facets").getJsonObject("contributor");
        assertEquals(10, contributors.size(), contributors::toString);
        assertEquals("Ida " + top, contributors.keySet().iterator().next(), contributors::toString);
        assertEquals(3, contributors.getInt("Ida " + top), contributors::toString);
        for (String name : contributors.keySet()) {
            if (!name.equals("Ida " + top)) {
                assertTrue(name.startsWith("Lu Many") && name.endsWith(word), name);
                assertEquals(1, contributors.getInt(name), contributors::toString);
            }
        }
        List<String> others = List.copyOf(contributors.keySet()).subList(1, 10);
        assertEquals(others.stream().sorted().toList(), others, "equal counts in the order of the names");
        assertEquals(3, search("q=" + word + "&contributor=" + encode("Ida " + top)).getInt("total"));
    }

    @Test
    void searchesArchivedTextsFootnotesAndClaims() {
        String word = token();
        String id = createSource("{\"type\":\"report\",\"title\":\"Field notes " + token() + "\"}");
        String text = "Field notes\n\nThe guards at the crossing spoke of " + word + " arrests in the spring.1\n\n"
                + "Notes\n\n1. Stephan Haggard and Marcus Noland, Witness to Transformation " + word + "note"
                + " (Washington, DC: Peterson Institute, 2011), 45.\n";
        Api.Reply archived = librarian.put("/api/sources/" + id + "/text", "text/plain; charset=UTF-8",
                text.getBytes(StandardCharsets.UTF_8), null);
        assertEquals(200, archived.status(), archived::toString);

        JsonArray inText = search("q=" + word + "&kind=source").getJsonArray("hits");
        assertEquals(1, inText.size());
        JsonObject hit = inText.getJsonObject(0);
        assertEquals(id, hit.getString("id"));
        assertTrue(hit.getString("snippet").contains("spoke of " + word + " arrests"), hit::toString);
        assertTrue(hit.getString("passage").contains(word), hit::toString);
        assertTrue(text.replaceAll("\\s+", " ").contains(hit.getString("passage")), "the passage is found again in the text");
        assertEquals(1, search("q=" + word + "&hasText=true&kind=source").getInt("total"));

        JsonArray inNotes = search("q=" + word + "note&kind=footnote").getJsonArray("hits");
        assertEquals(1, inNotes.size(), inNotes::toString);
        JsonObject note = inNotes.getJsonObject(0);
        assertEquals("footnote", note.getString("kind"));
        assertEquals(id, note.getString("id"));
        assertEquals(1, note.getInt("number"));
        assertTrue(note.getString("title").startsWith("Field notes"), note::toString);

        String claimWord = token();
        JsonObject claim = Json.createObjectBuilder()
                .add("text", "Guards arrest people in spring " + claimWord)
                .add("citations", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("source", id).add("quote", "spoke of " + word + " arrests").add("stance", "supports")))
                .build();
        Api.Reply created = writer.postJson("/api/claims", claim);
        assertEquals(201, created.status(), created::toString);
        JsonArray claims = search("q=" + claimWord + "&kind=claim").getJsonArray("hits");
        assertEquals(1, claims.size());
        assertEquals(created.json().getString("id"), claims.getJsonObject(0).getString("id"));
        assertEquals("supported", claims.getJsonObject(0).getString("status"));
        assertEquals(1, search("q=" + word + "&kind=claim").getInt("total"), "quotes are searched");
        assertEquals(1, search("q=" + claimWord + "&status=supported").getInt("total"));
        assertEquals(0, search("q=" + claimWord + "&status=disputed").getInt("total"));
    }

    @Test
    void hostileQueriesNeverFail() {
        String word = token();
        createSource("{\"type\":\"book\",\"title\":\"Hostile " + word + "\"}");
        List<String> hostile = List.of("\"", "\"\"", "\"unclosed phrase " + word, "title:" + word, ":", "*", "**",
                "?", word + "*", "*" + word, "(", ")", "((", "[", "]", "{", "}", "[1 TO 5]", "AND(", "AND", "OR",
                "NOT", "-", "+", "~", "~2", "^", "\\", "/", "//", "/regex/", "a:b:c", "&&", "||", "!", "<>",
                "<script>alert(1)</script>", "'; DROP TABLE source; --", "%", "%00", "\u0000", "\uD83D\uDE00",
                "\u0002" + word + "\u0003", " ", word + " AND( OR \"");
        for (String q : hostile) {
            Api.Reply reply = Api.anonymous().get("/api/search?q=" + encode(q));
            assertEquals(200, reply.status(), () -> q + " -> " + reply);
            assertNotNull(reply.json().getJsonArray("hits"));
            Api.Reply suggest = Api.anonymous().get("/api/search/suggestions?q=" + encode(q));
            assertEquals(200, suggest.status(), () -> q + " -> " + suggest);
        }
        assertEquals(1, hits(word + "*").size(), "a trailing star is a prefix");
        assertEquals(1, hits("\"unclosed phrase " + word).size() + hits("\"hostile " + word).size());
    }

    @Test
    void refusesBadParametersNamingThem() {
        assertEquals("kind", errorField("kind=person"));
        assertEquals("size", errorField("size=0"));
        assertEquals("size", errorField("size=101"));
        assertEquals("page", errorField("page=-1"));
        assertEquals("sort", errorField("sort=title"));
        assertEquals("hasText", errorField("hasText=maybe"));
        assertEquals("yearTo", errorField("yearFrom=2020&yearTo=2010"));
        assertEquals("q", errorField("q=" + "a".repeat(1001)));
    }

    private static String errorField(String query) {
        Api.Reply reply = Api.anonymous().get("/api/search?" + query);
        assertEquals(400, reply.status(), reply::toString);
        assertTrue(reply.header("Content-Type").orElseThrow().startsWith("application/problem+json"));
        return reply.json().getJsonArray("errors").getJsonObject(0).getString("field");
    }

    @Test
    void suggestsSourcesPeopleAndClaimsAsTheWordsBegin() {
        String word = token();
        String id = createSource("{\"type\":\"book\",\"title\":\"Crossings " + word + "\","
                + "\"author\":[{\"family\":\"Ødegård\",\"given\":\"Åse\"}]}");
        JsonArray items = Api.anonymous().get("/api/search/suggestions?q=" + encode("cross " + word.substring(0, 6)))
                .json().getJsonArray("items");
        assertTrue(items.stream().map(JsonObject.class::cast)
                .anyMatch(s -> s.getString("kind").equals("source") && s.getString("id").equals(id)), items::toString);
        JsonArray people = Api.anonymous().get("/api/search/suggestions?q=odega&size=20").json()
                .getJsonArray("items");
        assertTrue(people.stream().map(JsonObject.class::cast)
                .anyMatch(s -> s.getString("kind").equals("person") && s.getString("label").contains("Ødegård")),
                people::toString);
        assertEquals("size", Api.anonymous().get("/api/search/suggestions?q=a&size=0").json()
                .getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void anAdministratorRebuildsTheIndexWhileSearchesGoOn() {
        String word = token();
        String id = createSource("{\"type\":\"book\",\"title\":\"Rebuilt " + word + "\"}");
        createSource("{\"type\":\"book\",\"title\":\"Rebuilt again " + word + "\"}");
        int everything = search("q=Rebuilt").getInt("total");
        assertEquals(401, Api.anonymous().post("/api/search/index", "application/json", "").status());
        assertEquals(403, librarian.post("/api/search/index", "application/json", "").status());
        Api.Reply started = Api.as("admin").post("/api/search/index", "application/json", "");
        assertEquals(202, started.status(), started::toString);
        assertTrue(started.json().getBoolean("running") || started.json().containsKey("finishedAt"));
        search("q=" + encode(word)); // searches answer during the rebuild (with what is indexed again so far)
        assertTrue(waitFor(() -> Api.anonymous().get("/api/search/index").json(),
                p -> !p.getBoolean("running")), "the rebuild ends");
        JsonObject done = Api.anonymous().get("/api/search/index").json();
        assertFalse(done.containsKey("failure"), done::toString);
        assertEquals(100, done.getInt("percent"));
        assertTrue(done.getInt("indexed") >= 2);
        JsonObject rebuilt = search("q=" + encode(word));
        assertEquals(2, rebuilt.getInt("total"), "each source once after the rebuild, not once per rebuild: " + rebuilt);
        assertTrue(rebuilt.getJsonArray("hits").stream().map(JsonObject.class::cast)
                .anyMatch(hit -> hit.getString("id").equals(id)), rebuilt::toString);
        assertEquals(everything, search("q=Rebuilt").getInt("total"),
                "a rebuild neither loses nor doubles documents");
    }

    private static <T> boolean waitFor(java.util.function.Supplier<T> probe, Predicate<T> done) {
        return Waiting.until(probe, done, java.time.Duration.ofSeconds(60), java.time.Duration.ofMillis(20));
    }
}
