package org.ariadne.catalog.rest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Merging duplicate sources through the API (issue #5, part 5), against a real WildFly and database. */
@ExtendWith(ArquillianExtension.class)
class MergeApiIT {

    private final Api librarian = Api.as("librarian");
    private final Api writer = Api.as("writer");
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ariadne();
    }

    @BeforeEach
    void users() {
        TestUsers.ensure();
    }

    private String source(String json) {
        Api.Reply created = librarian.post("/api/sources", "application/json", json);
        assertEquals(201, created.status(), created::toString);
        return created.json().getString("id");
    }

    private void archive(String id, String text) {
        Api.Reply archived = librarian.put("/api/sources/" + id + "/text", "text/plain; charset=utf-8",
                text.getBytes(StandardCharsets.UTF_8), null);
        assertEquals(200, archived.status(), archived::toString);
    }

    private static String etag(String id) {
        return Api.anonymous().get("/api/sources/" + id).header("ETag").orElseThrow();
    }

    private static String field(Api.Reply reply) {
        return reply.json().getJsonArray("errors").getJsonObject(0).getString("field");
    }

    @Test
    void leadsFootnotesClaimsAndCollectionsToTheSurvivorAndKeepsTheBestOfBoth() {
        String title = "A Study of Rivers " + run;
        // the article's footnote catalogues the work it cites: that record is the loser
        String article = source("{\"type\":\"article-newspaper\",\"title\":\"Floods " + run + "\"}");
        archive(article, "Refugees keep arriving in growing numbers.1\n\n  1. Jane Roe, \u201c" + title
                + ",\u201d The Journal of Rivers, Vol. 3, No. 2, 2001, pp. 7-9. \n");
        JsonObject note = Api.anonymous().get("/api/sources/" + article + "/footnotes").jsonArray().getJsonObject(0);
        String loser = note.getJsonArray("citations").getJsonObject(0).getString("source");
        String text = "The river rose in the night and nobody crossed.";
        archive(loser, text);
        String survivor = source("{\"type\":\"article-journal\",\"title\":\"" + title + "\",\"DOI\":\"10.5555/rivers-"
                + run + "\",\"author\":[{\"family\":\"Roe\",\"given\":\"J.\"},{\"family\":\"Poe\",\"given\":\"Al\"}],"
                + "\"issued\":{\"date-parts\":[[2001,3,4]]},\"custom\":{\"tags\":[\"rivers\"]}}");

        Api.Reply claim = writer.postJson("/api/claims", Json.createObjectBuilder().add("text", "Rivers flood " + run)
                .add("citations", Json.createArrayBuilder().add(Json.createObjectBuilder().add("source", loser)
                        .add("locator", "7").add("label", "page").add("stance", "supports"))).build());
        assertEquals(201, claim.status(), claim::toString);
        String claimId = claim.json().getString("id");
        String onlyLoser = collection("Only the loser " + run, loser);
        String both = collection("Both " + run, loser, survivor);

        Api.Reply preview = Api.anonymous().get("/api/sources/" + survivor + "/merge?with=" + loser);
        assertEquals(200, preview.status(), preview::toString);
        JsonObject fields = fieldsByName(preview.json().getJsonArray("fields"));
        assertEquals("both", fields.getJsonObject("author").getString("choice"));
        assertEquals("loser", fields.getJsonObject("container-title").getString("choice"));
        assertEquals("survivor", fields.getJsonObject("issued").getString("choice"));
        assertEquals(JsonValue.NULL, preview.json().get("refusal"));

        Api.Reply merged = librarian.send("POST", "/api/sources/" + survivor + "/merge",
                "{\"loser\":\"" + loser + "\",\"choose\":{\"type\":\"survivor\"}}");
        assertEquals(200, merged.status(), merged::toString);
        JsonObject item = merged.json();
        assertEquals(survivor, item.getString("id"));
        assertEquals("The Journal of Rivers", item.getString("container-title"));
        JsonArray authors = item.getJsonArray("author");
        assertEquals(2, authors.size(), authors::toString);
        assertEquals("Jane", authors.getJsonObject(0).getString("given"), "the fuller form of the same person");
        assertEquals(List.of("rivers"), item.getJsonObject("custom").getJsonArray("tags").stream()
                .map(v -> ((jakarta.json.JsonString) v).getString()).toList());
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8),
                Api.anonymous().get("/api/sources/" + survivor + "/text").bytes(), "the loser's text moved over");

        JsonObject cited = Api.anonymous().get("/api/sources/" + article + "/footnotes").jsonArray().getJsonObject(0);
        assertEquals(survivor, cited.getJsonArray("citations").getJsonObject(0).getString("source"));
        assertEquals(survivor, Api.anonymous().get("/api/claims/" + claimId).json().getJsonArray("citations")
                .getJsonObject(0).getString("source"));
        assertEquals(List.of(survivor), members(onlyLoser));
        assertEquals(List.of(survivor), members(both), "the survivor is in the collection once");

        Api.Reply gone = Api.anonymous().get("/api/sources/" + loser);
        assertEquals(301, gone.status(), gone::toString);
        assertEquals("/api/sources/" + survivor, gone.header("Location").orElseThrow());
        assertEquals(survivor, gone.json().getString("mergedInto"));
        assertEquals("/api/sources/" + survivor + "/footnotes",
                Api.anonymous().get("/api/sources/" + loser + "/footnotes").header("Location").orElseThrow());
        Api.Reply write = librarian.putJson("/api/sources/" + loser,
                Json.createObjectBuilder().add("type", "book").add("title", "x").build(), "\"" + loser + "-0\"");
        assertEquals(410, write.status(), write::toString);
        assertTrue(write.json().getString("detail").contains(survivor), write::toString);

        JsonArray history = Api.anonymous().get("/api/sources/" + survivor + "/history").jsonArray();
        JsonObject last = history.getJsonObject(history.size() - 1);
        assertEquals("updated", last.getString("change"));
        assertTrue(last.getString("note").contains(loser), last::toString);
        JsonArray loserHistory = Api.anonymous().get("/api/sources/" + loser + "/history").jsonArray();
        assertEquals("deleted", loserHistory.getJsonObject(loserHistory.size() - 1).getString("change"));

        assertEquals(409, librarian.delete("/api/sources/" + survivor).status(),
                "the survivor is now what the footnote and the claim cite");
    }

    @Test
    void refusesMergesThatWouldLoseSomethingAndChangesNothing() {
        String a = source("{\"type\":\"book\",\"title\":\"Twin " + run + "\"}");
        String b = source("{\"type\":\"book\",\"title\":\"Twin " + run + "\",\"publisher\":\"Press\"}");
        archive(a, "One text " + run);
        archive(b, "Another text " + run);
        String etagA = etag(a);

        Api.Reply texts = librarian.send("POST", "/api/sources/" + a + "/merge", "{\"loser\":\"" + b + "\"}");
        assertEquals(409, texts.status(), texts::toString);
        assertTrue(Api.anonymous().get("/api/sources/" + a + "/merge?with=" + b).json().getString("refusal")
                .contains("differ"));
        assertEquals(200, Api.anonymous().get("/api/sources/" + b).status());
        assertEquals(etagA, etag(a));

        String c = source("{\"type\":\"book\",\"title\":\"Twin " + run + "\",\"volume\":\"2\"}");
        Api.Reply itself = librarian.send("POST", "/api/sources/" + a + "/merge", "{\"loser\":\"" + a + "\"}");
        assertEquals(400, itself.status());
        assertEquals("loser", field(itself));
        Api.Reply unknown = librarian.send("POST", "/api/sources/" + a + "/merge", "{\"loser\":\"987654321\"}");
        assertEquals("loser", field(unknown));
        Api.Reply choice = librarian.send("POST", "/api/sources/" + a + "/merge",
                "{\"loser\":\"" + c + "\",\"choose\":{\"title\":\"both\"}}");
        assertEquals(400, choice.status());
        assertEquals("choose.title", field(choice));
        Api.Reply stale = librarian.send("POST", "/api/sources/" + a + "/merge", "{\"loser\":\"" + c + "\"}",
                "\"" + a + "-0\"");
        assertEquals(412, stale.status(), stale::toString);
        assertEquals(200, Api.anonymous().get("/api/sources/" + c).status());
        Api.Reply current = librarian.send("POST", "/api/sources/" + a + "/merge", "{\"loser\":\"" + c + "\"}",
                etagA);
        assertEquals(200, current.status(), current::toString);
        assertEquals("2", current.json().getString("volume"));
        assertEquals(401, Api.anonymous().send("POST", "/api/sources/" + a + "/merge", "{\"loser\":\"" + b + "\"}")
                .status());
        assertEquals(403, writer.send("POST", "/api/sources/" + a + "/merge", "{\"loser\":\"" + b + "\"}").status());
        assertEquals(200, Api.anonymous().get("/api/sources/" + b).status());
    }

    private String collection(String name, String... sources) {
        var ids = Json.createArrayBuilder();
        for (String source : sources) {
            ids.add(source);
        }
        Api.Reply created = writer.postJson("/api/collections",
                Json.createObjectBuilder().add("name", name).add("sources", ids).build());
        assertEquals(201, created.status(), created::toString);
        return created.json().getString("id");
    }

    private static List<String> members(String collection) {
        return Api.anonymous().get("/api/collections/" + collection + "/sources").json().getJsonArray("items")
                .stream().map(item -> item.asJsonObject().getString("id")).toList();
    }

    private static JsonObject fieldsByName(JsonArray fields) {
        var byName = Json.createObjectBuilder();
        fields.forEach(field -> byName.add(field.asJsonObject().getString("name"), field));
        return byName.build();
    }
}
