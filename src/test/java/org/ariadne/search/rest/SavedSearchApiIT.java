package org.ariadne.search.rest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.ariadne.it.Api;
import org.ariadne.it.Deployments;
import org.ariadne.it.TestUsers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Saved searches through {@code /api/saved-searches}: validation with the field at fault, owner-only access (an
 * administrator sees all), ETags, and the live behaviour: a source catalogued after the search was saved is among
 * its results, in the bibliography built from it and in the export of it.
 */
@ExtendWith(ArquillianExtension.class)
class SavedSearchApiIT {

    private final Api librarian = Api.as("librarian");
    private final Api writer = Api.as("writer");
    private final Api reviewer = Api.as("reviewer");
    private final Api admin = Api.as("admin");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ariadne();
    }

    @BeforeEach
    void users() {
        TestUsers.ensure();
    }

    /** A made-up word of letters no other test or seed uses. */
    static String token() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }

    private String createSource(String title, int year) {
        Api.Reply reply = librarian.postJson("/api/sources", Json.createObjectBuilder()
                .add("type", "article-newspaper").add("title", title)
                .add("author", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("family", "Example").add("given", "Ann")))
                .add("container-title", "The Daily Test")
                .add("issued", Json.createObjectBuilder().add("date-parts", Json.createArrayBuilder()
                        .add(Json.createArrayBuilder().add(year).add(3).add(1))))
                .build());
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getString("id");
    }

    private static JsonObject body(String name, JsonObject search) {
        var body = Json.createObjectBuilder();
        if (name != null) {
            body.add("name", name);
        }
        if (search != null) {
            body.add("search", search);
        }
        return body.build();
    }

    private static JsonObject words(String q) {
        return Json.createObjectBuilder().add("q", q).build();
    }

    private Api.Reply save(Api as, String name, JsonObject search) {
        return as.postJson("/api/saved-searches", body(name, search));
    }

    private static String field(Api.Reply reply) {
        return reply.json().getJsonArray("errors").getJsonObject(0).getString("field");
    }

    private static List<String> ids(JsonArray hits) {
        return hits.getValuesAs(JsonObject.class).stream().map(h -> h.getString("id")).toList();
    }

    @Test
    void savesASearchInItsNormalFormWithAnETagAndALocation() {
        String word = token();
        Api.Reply created = save(writer, "Border " + word, Json.createObjectBuilder()
                .add("q", word + " \"North Korea\"").add("kind", Json.createArrayBuilder().add("source"))
                .add("yearFrom", 2012).add("hasText", false).add("sort", "-date").build());
        assertEquals(201, created.status(), created::toString);
        JsonObject saved = created.json();
        String id = saved.getString("id");
        assertTrue(created.header("Location").orElseThrow().endsWith("/api/saved-searches/" + id));
        assertEquals("\"saved-search-" + id + "-0\"", created.header("ETag").orElseThrow());
        assertEquals("writer", saved.getString("owner"));
        assertEquals("Border " + word, saved.getString("name"));
        JsonObject search = saved.getJsonObject("search");
        assertEquals(word + " \"North Korea\"", search.getString("q"));
        assertEquals("source", search.getString("kind"));
        assertEquals("2012", search.getString("yearFrom"));
        assertEquals("false", search.getString("hasText"));
        assertEquals("-date", search.getString("sort"));
        assertEquals("q=" + word + "+%22North+Korea%22&kind=source&yearFrom=2012&hasText=false&sort=-date",
                saved.getString("query"));

        Api.Reply read = writer.get("/api/saved-searches/" + id);
        assertEquals(200, read.status());
        assertEquals(saved, read.json());
        assertEquals(created.header("ETag"), read.header("ETag"));
    }

    @Test
    void refusesBadInputNamingTheFieldAndStoresNothing() {
        String word = token();
        assertEquals("name", field(expect400(save(writer, null, words(word)))));
        assertEquals("name", field(expect400(save(writer, "   ", words(word)))));
        assertEquals("name", field(expect400(save(writer, "n".repeat(201), words(word)))));
        assertEquals("search", field(expect400(save(writer, word, null))));
        assertEquals("search.q", field(expect400(save(writer, word, Json.createObjectBuilder().build()))));
        assertEquals("search.q", field(expect400(save(writer, word, words("w".repeat(1001))))));
        assertEquals("search.yearTo", field(expect400(save(writer, word, Json.createObjectBuilder()
                .add("q", word).add("yearFrom", 2020).add("yearTo", 2010).build()))));
        assertEquals("search.kind", field(expect400(save(writer, word, Json.createObjectBuilder()
                .add("q", word).add("kind", "person").build()))));
        assertEquals("search.sort", field(expect400(save(writer, word, Json.createObjectBuilder()
                .add("q", word).add("sort", "newest").build()))));
        assertEquals("search.colour", field(expect400(save(writer, word, Json.createObjectBuilder()
                .add("q", word).add("colour", "red").build()))));
        assertEquals("search.page", field(expect400(save(writer, word, Json.createObjectBuilder()
                .add("q", word).add("page", 2).build()))));
        assertEquals(400, writer.post("/api/saved-searches", "application/json", "{\"name\": ").status());

        Api.Reply mine = writer.get("/api/saved-searches?size=500");
        assertTrue(mine.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .noneMatch(s -> s.getString("name").contains(word)), "nothing was stored");

        assertEquals(201, save(writer, "Same " + word, words(word)).status());
        Api.Reply again = save(writer, "SAME " + word, words(word + " other"));
        assertEquals("name", field(expect400(again)), "a name is unique per user, ignoring case");
        assertEquals(201, save(reviewer, "Same " + word, words(word)).status(), "another user may use it");
    }

    @Test
    void quotesColonsAndBracketsAreKeptAndNeverBreakARun() {
        String word = token();
        String hostile = word + " title:\"unclosed (repatri* [a-z] \\";
        Api.Reply created = save(writer, "Hostile " + word, words(hostile));
        assertEquals(201, created.status(), created::toString);
        assertEquals(hostile, created.json().getJsonObject("search").getString("q"));
        Api.Reply run = writer.get("/api/saved-searches/" + created.json().getString("id") + "/results");
        assertEquals(200, run.status(), run::toString);
    }

    @Test
    void onlyTheOwnerAndAdministratorsSeeASavedSearch() {
        String word = token();
        Api.Reply created = save(writer, "Mine " + word, words(word));
        String path = "/api/saved-searches/" + created.json().getString("id");
        String etag = created.header("ETag").orElseThrow();

        assertEquals(401, Api.anonymous().get(path).status());
        assertEquals(401, Api.anonymous().get("/api/saved-searches").status());
        assertEquals(401, save(Api.anonymous(), "x", words(word)).status());
        assertEquals(404, reviewer.get(path).status(), "another user's saved search is as if it did not exist");
        assertEquals(404, reviewer.get(path + "/results").status());
        assertEquals(404, reviewer.send("PUT", path, body("Taken", null).toString(), etag).status());
        assertEquals(404, reviewer.send("DELETE", path, "").status());
        assertFalse(names(reviewer.get("/api/saved-searches?size=500")).contains("Mine " + word));
        Api.Reply others = reviewer.get("/api/saved-searches?owner=writer");
        assertEquals(400, others.status());
        assertEquals("owner", field(others));

        assertTrue(names(writer.get("/api/saved-searches?size=500")).contains("Mine " + word));
        assertEquals(200, admin.get(path).status(), "an administrator sees everyone's");
        assertTrue(names(admin.get("/api/saved-searches?owner=writer&size=500")).contains("Mine " + word));
        assertTrue(names(admin.get("/api/saved-searches?owner=*&size=500&sort=-created")).contains("Mine " + word));
        assertEquals(200, writer.get(path).status(), "reviewer's attempts changed nothing");
    }

    @Test
    void renamesWithIfMatchAndDeletes() {
        String word = token();
        Api.Reply created = save(writer, "Old " + word, words(word));
        String path = "/api/saved-searches/" + created.json().getString("id");
        String etag = created.header("ETag").orElseThrow();

        assertEquals(428, writer.send("PUT", path, body("New " + word, null).toString()).status());
        Api.Reply renamed = writer.send("PUT", path, body("New " + word, null).toString(), etag);
        assertEquals(200, renamed.status(), renamed::toString);
        assertEquals("New " + word, renamed.json().getString("name"));
        assertEquals(word, renamed.json().getJsonObject("search").getString("q"), "the search stays");
        assertNotEquals(etag, renamed.header("ETag").orElseThrow());
        Api.Reply stale = writer.send("PUT", path, body("Newer " + word, words(word + " x")).toString(), etag);
        assertEquals(412, stale.status());
        assertEquals("New " + word, writer.get(path).json().getString("name"), "nothing overwritten");

        Api.Reply redefined = writer.send("PUT", path, body("New " + word, Json.createObjectBuilder()
                .add("q", word).add("sort", "date").build()).toString(), renamed.header("ETag").orElseThrow());
        assertEquals(200, redefined.status(), redefined::toString);
        assertEquals("date", redefined.json().getJsonObject("search").getString("sort"));

        assertEquals(412, writer.send("DELETE", path, "", etag).status());
        assertEquals(204, writer.send("DELETE", path, "", redefined.header("ETag").orElseThrow()).status());
        assertEquals(404, writer.get(path).status());
    }

    @Test
    void aSourceCataloguedAfterSavingIsInItsResultsBibliographyAndExport() {
        String word = token();
        String before = createSource("Crossings before " + word, 2014);
        Api.Reply created = save(writer, "Live " + word, Json.createObjectBuilder().add("q", word)
                .add("kind", "source").add("sort", "date").build());
        assertEquals(201, created.status(), created::toString);
        String id = created.json().getString("id");
        assertEquals(List.of(before), ids(results(id)));

        String after = createSource("Crossings after " + word, 2019);
        assertEquals(List.of(before, after), ids(results(id)), "the search runs again: the new source is in");

        JsonObject sources = writer.get("/api/saved-searches/" + id + "/sources").json();
        assertEquals(2, sources.getInt("total"));
        assertEquals(List.of(before, after), sources.getJsonArray("sources").getValuesAs(JsonString.class)
                .stream().map(JsonString::getString).toList());

        Api.Reply bibliography = writer.postJson("/api/bibliography", Json.createObjectBuilder()
                .add("style", "apa").add("locale", "en-US").add("format", "text").add("savedSearch", id).build());
        assertEquals(200, bibliography.status(), bibliography::toString);
        JsonArray entries = bibliography.json().getJsonArray("entries");
        assertEquals(2, entries.size(), entries::toString);
        assertTrue(entries.toString().contains("Crossings after " + word), entries::toString);
        assertTrue(entries.toString().contains("Crossings before " + word), entries::toString);

        Api.Reply export = writer.get("/api/export?format=csl-json&savedSearch=" + id);
        assertEquals(200, export.status(), export::toString);
        assertTrue(export.text().contains("Crossings after " + word), export::text);

        assertEquals(204, librarian.delete("/api/sources/" + after).status());
        assertEquals(List.of(before), ids(results(id)), "and a deleted one is out");
    }

    @Test
    void aSavedSearchAsASourceSetIsItsOwnersAndHoldsSourcesOnly() {
        String word = token();
        createSource("Only source " + word, 2020);
        String id = save(writer, "Set " + word, words(word)).json().getString("id");
        JsonObject request = Json.createObjectBuilder().add("style", "apa").add("savedSearch", id).build();

        Api.Reply anonymous = Api.anonymous().postJson("/api/bibliography", request);
        assertEquals(401, anonymous.status(), anonymous::toString);
        Api.Reply other = reviewer.postJson("/api/bibliography", request);
        assertEquals(400, other.status(), other::toString);
        assertEquals("savedSearch", field(other));
        assertEquals("savedSearch", field(expect400(reviewer.get("/api/export?format=ris&savedSearch=" + id))));
        assertEquals("savedSearch", field(expect400(writer.get("/api/export?format=ris&savedSearch=abc"))));
        assertEquals("savedSearch", field(expect400(writer.postJson("/api/bibliography", Json.createObjectBuilder()
                .add("style", "apa").add("savedSearch", "x").build()))));

        String claimsOnly = save(writer, "Claims " + word, Json.createObjectBuilder().add("q", word)
                .add("kind", "claim").build()).json().getString("id");
        Api.Reply refused = writer.postJson("/api/bibliography", Json.createObjectBuilder().add("style", "apa")
                .add("savedSearch", claimsOnly).build());
        assertEquals("savedSearch", field(expect400(refused)));
        assertTrue(refused.json().getString("detail").contains("only sources"), refused::toString);
    }

    @Test
    void aSavedSearchFindingMoreThan5000SourcesIsRefusedAsASourceSetWithTheCount() {
        String word = token();
        var items = Json.createArrayBuilder();
        for (int i = 0; i < 5001; i++) {
            items.add(Json.createObjectBuilder().add("type", "report").add("title", "Bulk " + word + " " + i));
        }
        Api.Reply imported = librarian.post("/api/import?onDuplicate=create", "application/vnd.citationstyles.csl+json",
                items.build().toString());
        assertEquals(200, imported.status(), imported::toString);
        assertEquals(5001, imported.json().getJsonArray("created").size());
        String id = save(writer, "Bulk " + word, words(word)).json().getString("id");

        Api.Reply refused = writer.postJson("/api/bibliography", Json.createObjectBuilder().add("style", "apa")
                .add("savedSearch", id).build());
        assertEquals("savedSearch", field(expect400(refused)));
        assertTrue(refused.json().getString("detail").contains("finds 5,001 sources")
                && refused.json().getString("detail").contains("at most 5,000"), refused::toString);
        assertEquals("savedSearch", field(expect400(writer.get("/api/saved-searches/" + id + "/sources"))));
        assertEquals(5001, writer.get("/api/saved-searches/" + id + "/results?size=1").json().getInt("total"),
                "running it is not limited");
    }

    @Test
    void theOpenApiDocumentDescribesSavedSearches() {
        String openapi = Api.anonymous().get("/openapi?format=JSON").text();
        assertTrue(openapi.contains("/api/saved-searches/{id}/results"), openapi);
        assertTrue(openapi.contains("Run a saved search now"), openapi);
        JsonObject list = Json.createReader(new StringReader(openapi)).readObject().getJsonObject("paths")
                .getJsonObject("/api/saved-searches").getJsonObject("get");
        List<String> parameters = list.getJsonArray("parameters").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("name")).toList();
        assertEquals(List.of("owner", "page", "size", "sort"), parameters.stream().sorted().toList(),
                "the described operation keeps the scanned parameters, once each");
        assertTrue(openapi.contains("/api/users/{username}/password"), "other resources are still there");
    }

    private JsonArray results(String id) {
        Api.Reply reply = writer.get("/api/saved-searches/" + id + "/results");
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonArray("hits");
    }

    private static List<String> names(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("name")).toList();
    }

    private static Api.Reply expect400(Api.Reply reply) {
        assertEquals(400, reply.status(), reply::toString);
        assertTrue(reply.header("Content-Type").orElse("").startsWith("application/problem+json"), reply::toString);
        return reply;
    }
}
