package org.ariadne.footnotes.rest;

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

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.ariadne.it.CitedWorks.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The footnotes part of the HTTP contract, against a real WildFly and database. */
@ExtendWith(ArquillianExtension.class)
class FootnoteApiIT {




    private final Api librarian = Api.as("librarian");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ariadne();
    }

    @BeforeEach
    void users() {
        TestUsers.ensure();
    }

    @Test
    void linksTheFootnotesOfSeed002ToTheCataloguedWorksTheyCite() {
        String haggard = catalogued(HAGGARD_TITLE, HAGGARD);
        String amnesty = catalogued(AMNESTY_TITLE, AMNESTY);
        String hwang = catalogued(HWANG_TITLE, HWANG);
        List<Integer> before = List.of(count(HAGGARD_TITLE), count(AMNESTY_TITLE), count(HWANG_TITLE));
        String text = seed(SEED_002);
        String article = newSource();

        assertEquals(4, archive(article, SEED_002).getInt("footnotes"));

        JsonArray notes = footnotes(article);
        assertEquals(4, notes.size(), notes::toString);
        assertNote(notes.get(0).asJsonObject(), 1, haggard, "10", false, text);
        assertNote(notes.get(1).asJsonObject(), 2, haggard, "17-18", true, text);
        assertNote(notes.get(2).asJsonObject(), 3, amnesty, "5", false, text);
        assertNote(notes.get(3).asJsonObject(), 4, hwang, "57-58", false, text);
        assertEquals("Ibid, pp. 17-18.", notes.get(1).asJsonObject().getString("text"));
        for (int i : List.of(0, 1, 3)) {
            assertEquals(0, notes.get(i).asJsonObject().getJsonArray("problems").size(), notes.get(i)::toString);
        }
        JsonArray problems = notes.get(2).asJsonObject().getJsonArray("problems");
        assertTrue(problems.stream().anyMatch(p -> p.toString().contains("24/03/200")), problems::toString);
        assertEquals(before, List.of(count(HAGGARD_TITLE), count(AMNESTY_TITLE), count(HWANG_TITLE)),
                "archiving created a duplicate of a catalogued work");
    }

    @Test
    void cataloguesACitedWorkTheCatalogueDoesNotHaveOnceOnly() {
        String title = "A Study of Rivers " + UUID.randomUUID();
        byte[] text = ("Refugees keep arriving in growing numbers.1\n\n  1. Jane Roe, \u201c" + title
                + ",\u201d The Journal of Rivers, Vol. 3, No. 2, 2001, pp. 7-9. \n").getBytes(StandardCharsets.UTF_8);
        String article = newSource();
        assertEquals(200, librarian.put("/api/sources/" + article + "/text", "text/plain; charset=utf-8", text, null)
                .status());

        JsonObject citation = footnotes(article).get(0).asJsonObject().getJsonArray("citations").getJsonObject(0);
        assertEquals("7-9", citation.getString("locator"));
        JsonObject cited = Api.anonymous().get("/api/sources/" + citation.getString("source")).json();
        assertEquals(title, cited.getString("title"));
        assertEquals("Roe", cited.getJsonArray("author").getJsonObject(0).getString("family"));
        assertEquals(1, count(title));

        assertEquals(200, librarian.put("/api/sources/" + article + "/text", "text/plain; charset=utf-8", text, null)
                .status());
        assertEquals(1, count(title), "archiving the same text again catalogued the work twice");
    }

    @Test
    void findsNoFootnotesInTheOtherSeeds() {
        for (String seed : List.of("000_09814c909875d1e1.txt", "001_9fed64b574053a66.txt",
                "003_f4a1817f0992edb7.txt", "004_962f5d558e86d827.txt")) {
            String source = newSource();
            assertEquals(0, archive(source, seed).getInt("footnotes"), seed);
            assertEquals(0, footnotes(source).size(), seed);
        }
    }

    @Test
    void keepsALibrariansCorrectionWhenTheSameTextIsArchivedAgain() {
        String amnesty = catalogued(AMNESTY_TITLE, AMNESTY);
        String haggard = catalogued(HAGGARD_TITLE, HAGGARD);
        String article = newSource();
        archive(article, SEED_002);

        Api.Reply corrected = librarian.send("PATCH", "/api/sources/" + article + "/footnotes/3",
                "{\"citations\":[{\"source\":\"" + amnesty + "\",\"locator\":\"6\",\"label\":\"page\","
                        + "\"quote\":\"the plight of North Koreans\"}]}");
        assertEquals(200, corrected.status(), corrected::toString);
        JsonObject note = corrected.json();
        assertEquals(3, note.getInt("number"));
        JsonObject citation = note.getJsonArray("citations").getJsonObject(0);
        assertEquals(amnesty, citation.getString("source"));
        assertEquals("6", citation.getString("locator"));
        assertEquals("the plight of North Koreans", citation.getString("quote"));

        archive(article, SEED_002);

        JsonArray notes = footnotes(article);
        JsonObject kept = notes.get(2).asJsonObject().getJsonArray("citations").getJsonObject(0);
        assertEquals(amnesty, kept.getString("source"));
        assertEquals("6", kept.getString("locator"));
        assertEquals("the plight of North Koreans", kept.getString("quote"));
        JsonObject untouched = notes.get(0).asJsonObject().getJsonArray("citations").getJsonObject(0);
        assertEquals(haggard, untouched.getString("source"));
        assertEquals("10", untouched.getString("locator"));
    }

    @Test
    void refusesBadCorrectionsNamingTheField() {
        String article = newSource();
        archive(article, SEED_002);
        String path = "/api/sources/" + article + "/footnotes/";

        Api.Reply unknownSource = librarian.send("PATCH", path + "1",
                "{\"citations\":[{\"source\":\"987654321\",\"locator\":\"1\",\"label\":\"page\"}]}");
        assertEquals(400, unknownSource.status(), unknownSource::toString);
        assertEquals("citations[0].source",
                unknownSource.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Api.Reply noCitations = librarian.send("PATCH", path + "1", "{\"cites\":[]}");
        assertEquals(400, noCitations.status(), noCitations::toString);
        assertEquals("citations", noCitations.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        assertEquals(400, librarian.send("PATCH", path + "1", "{not json").status());
        assertEquals(404, librarian.send("PATCH", path + "99", "{\"citations\":[]}").status());
        assertEquals(404, Api.anonymous().get("/api/sources/987654321/footnotes").status());
        assertTrue(Api.anonymous().get("/api/sources/987654321/footnotes").header("Content-Type").orElseThrow()
                .startsWith("application/problem+json"));
    }

    @Test
    void refusesAnonymousCorrections() {
        String article = newSource();
        archive(article, SEED_002);
        Api.Reply reply = Api.anonymous().send("PATCH", "/api/sources/" + article + "/footnotes/1",
                "{\"citations\":[]}");
        assertEquals(401, reply.status(), reply::toString);
        assertFalse(footnotes(article).get(0).asJsonObject().getJsonArray("citations").isEmpty());
    }

    @Test
    void refusesToDeleteASourceThatFootnotesCite() {
        String haggard = catalogued(HAGGARD_TITLE, HAGGARD);
        String article = newSource();
        archive(article, SEED_002);

        Api.Reply refused = librarian.delete("/api/sources/" + haggard);
        assertEquals(409, refused.status(), refused::toString);
        assertEquals(200, Api.anonymous().get("/api/sources/" + haggard).status());

        // the citing text itself can go, and its footnotes with it
        assertEquals(204, librarian.delete("/api/sources/" + article).status());
        assertEquals(404, Api.anonymous().get("/api/sources/" + article + "/footnotes").status());
    }

    private static void assertNote(JsonObject note, int number, String source, String locator, boolean ibid,
                                   String text) {
        assertEquals(number, note.getInt("number"), note::toString);
        JsonObject marker = note.getJsonObject("marker");
        int start = marker.getInt("start");
        assertEquals(start + 1, marker.getInt("end"));
        assertEquals(Character.forDigit(number, 10), text.charAt(start), "marker of note " + number);
        JsonArray citations = note.getJsonArray("citations");
        assertEquals(1, citations.size(), note::toString);
        JsonObject citation = citations.getJsonObject(0);
        assertEquals(source, citation.getString("source"), note::toString);
        assertEquals(locator, citation.getString("locator"));
        assertEquals("page", citation.getString("label"));
        assertEquals(ibid, citation.getBoolean("ibid"));
    }

    /** The id of the first catalogued work with this title, catalogued now if the catalogue has none. */

    private int count(String title) {
        return withTitle(title).size();
    }


    private String newSource() {
        Api.Reply created = librarian.post("/api/sources", "application/json",
                "{\"type\":\"article-newspaper\",\"title\":\"Footnotes test " + UUID.randomUUID() + "\"}");
        assertEquals(201, created.status(), created::toString);
        return created.json().getString("id");
    }

    private JsonObject archive(String id, String seed) {
        Api.Reply reply = librarian.put("/api/sources/" + id + "/text", "text/plain; charset=utf-8",
                seedBytes(seed), null);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    private static JsonArray footnotes(String id) {
        Api.Reply reply = Api.anonymous().get("/api/sources/" + id + "/footnotes");
        assertEquals(200, reply.status(), reply::toString);
        return reply.jsonArray();
    }


    private static String seed(String seed) {
        return new String(seedBytes(seed), StandardCharsets.UTF_8);
    }
}
