package org.ariadne.collections.rest;

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

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Collections through the API (issue #5, part 5), against a real WildFly and database. */
@ExtendWith(ArquillianExtension.class)
class CollectionApiIT {

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

    private String source(String title, int year) {
        Api.Reply created = Api.as("librarian").post("/api/sources", "application/json",
                Json.createObjectBuilder().add("type", "article-newspaper").add("title", title)
                        .add("author", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("family", "Kim").add("given", "Suki")))
                        .add("container-title", "The Daily " + run)
                        .add("issued", Json.createObjectBuilder().add("date-parts",
                                Json.createArrayBuilder().add(Json.createArrayBuilder().add(year))))
                        .build().toString());
        assertEquals(201, created.status(), created::toString);
        return created.json().getString("id");
    }

    private Api.Reply create(Api as, String name, String parent, String... sources) {
        var body = Json.createObjectBuilder().add("name", name);
        if (parent != null) {
            body.add("parent", parent);
        }
        var ids = Json.createArrayBuilder();
        for (String source : sources) {
            ids.add(source);
        }
        return as.postJson("/api/collections", body.add("sources", ids).build());
    }

    private String created(String name, String parent, String... sources) {
        Api.Reply reply = create(writer, name, parent, sources);
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getString("id");
    }

    private static List<String> titles(JsonObject page) {
        return page.getJsonArray("items").stream().map(item -> item.asJsonObject().getString("title")).toList();
    }

    private static String field(Api.Reply reply) {
        return reply.json().getJsonArray("errors").getJsonObject(0).getString("field");
    }

    @Test
    void makesNestedCollectionsAndListsTheirSourcesWithOrWithoutSubcollections() {
        String a = source("Apples at the border " + run, 2012);
        String b = source("Bridges over the Tumen " + run, 2015);
        String c = source("Crossings in winter " + run, 2020);

        Api.Reply made = create(writer, "Returns " + run, null, a, b);
        assertEquals(201, made.status(), made::toString);
        String top = made.json().getString("id");
        assertEquals("/api/collections/" + top, made.header("Location").orElseThrow());
        assertEquals(2, made.json().getInt("sourceCount"));
        assertEquals(JsonValue.NULL, made.json().get("parent"));
        assertEquals("writer", made.json().getString("owner"));
        String child = created("Winter " + run, top, c, a);

        Api.Reply read = Api.anonymous().get("/api/collections/" + child);
        assertEquals(200, read.status(), read::toString);
        assertTrue(read.header("ETag").isPresent());
        assertEquals(top, read.json().getString("parent"));
        assertEquals("Returns " + run, read.json().getJsonArray("path").getJsonObject(0).getString("name"));
        assertEquals(1, Api.anonymous().get("/api/collections/" + top).json().getInt("collectionCount"));

        JsonObject direct = Api.anonymous().get("/api/collections/" + top + "/sources").json();
        assertEquals(List.of("Apples at the border " + run, "Bridges over the Tumen " + run), titles(direct));
        JsonObject deep = Api.anonymous().get("/api/collections/" + top + "/sources?subcollections=true&sort=-title")
                .json();
        assertEquals(3, deep.getInt("total"), "a source in both collections is listed once");
        assertEquals(List.of("Crossings in winter " + run, "Bridges over the Tumen " + run,
                "Apples at the border " + run), titles(deep));
        JsonObject second = Api.anonymous().get("/api/collections/" + top
                + "/sources?subcollections=true&sort=issued&page=1&size=1").json();
        assertEquals(3, second.getInt("total"));
        assertEquals(List.of("Bridges over the Tumen " + run), titles(second));

        JsonObject children = Api.anonymous().get("/api/collections?parent=" + top).json();
        assertEquals(1, children.getInt("total"));
        assertEquals(child, children.getJsonArray("items").getJsonObject(0).getString("id"));
        JsonObject found = Api.anonymous().get("/api/collections?parent=top&q=" + run).json();
        assertEquals(List.of(top), found.getJsonArray("items").stream()
                .map(item -> item.asJsonObject().getString("id")).toList());
    }

    @Test
    void changesMembersInBulkAndRefusesUnknownSourcesChangingNothing() {
        String a = source("Announcements " + run, 2013);
        String b = source("Broadcasts " + run, 2014);
        String id = created("Radio " + run, null, a);
        String etag = Api.anonymous().get("/api/collections/" + id).header("ETag").orElseThrow();

        Api.Reply unknown = writer.postJson("/api/collections/" + id + "/sources", Json.createObjectBuilder()
                .add("add", Json.createArrayBuilder().add(b).add("987654321")).build());
        assertEquals(400, unknown.status(), unknown::toString);
        assertEquals("add[1]", field(unknown));
        assertEquals(1, Api.anonymous().get("/api/collections/" + id).json().getInt("sourceCount"));

        Api.Reply changed = writer.send("POST", "/api/collections/" + id + "/sources",
                Json.createObjectBuilder().add("add", Json.createArrayBuilder().add(b).add(a))
                        .add("remove", Json.createArrayBuilder().add(a)).build().toString());
        assertEquals(200, changed.status(), changed::toString);
        assertEquals(2, changed.json().getInt("added"), "a is taken out, then put back");
        assertEquals(1, changed.json().getInt("removed"));
        assertEquals(2, changed.json().getJsonObject("collection").getInt("sourceCount"));
        assertNotEquals(etag, changed.header("ETag").orElseThrow());

        Api.Reply removed = writer.postJson("/api/collections/" + id + "/sources",
                Json.createObjectBuilder().add("remove", Json.createArrayBuilder().add(a)).build());
        assertEquals(200, removed.status(), removed::toString);
        assertEquals(List.of("Broadcasts " + run), titles(Api.anonymous().get("/api/collections/" + id + "/sources").json()));

        Api.Reply stale = writer.send("POST", "/api/collections/" + id + "/sources",
                "{\"add\":[\"" + a + "\"]}");
        assertEquals(200, stale.status(), "without If-Match the change is made");
    }

    @Test
    void renamesAndMovesWithIfMatchAndRefusesCyclesAndTwinNames() {
        String top = created("Top " + run, null);
        String middle = created("Middle " + run, top);
        String leaf = created("Leaf " + run, middle);
        Api.Reply current = Api.anonymous().get("/api/collections/" + top);
        String etag = current.header("ETag").orElseThrow();

        JsonObject underLeaf = Json.createObjectBuilder().add("name", "Top " + run).add("parent", leaf).build();
        Api.Reply cycle = writer.putJson("/api/collections/" + top, underLeaf, etag);
        assertEquals(400, cycle.status(), cycle::toString);
        assertEquals("parent", field(cycle));
        Api.Reply itself = writer.putJson("/api/collections/" + top,
                Json.createObjectBuilder().add("name", "Top " + run).add("parent", top).build(), etag);
        assertEquals(400, itself.status(), itself::toString);

        JsonObject renamed = Json.createObjectBuilder().add("name", "Summit " + run).build();
        assertEquals(428, writer.putJson("/api/collections/" + top, renamed, null).status());
        Api.Reply ok = writer.putJson("/api/collections/" + top, renamed, etag);
        assertEquals(200, ok.status(), ok::toString);
        assertEquals("Summit " + run, ok.json().getString("name"));
        assertEquals(412, writer.putJson("/api/collections/" + top, renamed, etag).status());

        Api.Reply moved = writer.putJson("/api/collections/" + leaf,
                Json.createObjectBuilder().add("name", "Leaf " + run).add("parent", top).build(),
                Api.anonymous().get("/api/collections/" + leaf).header("ETag").orElseThrow());
        assertEquals(200, moved.status(), moved::toString);
        assertEquals(top, moved.json().getString("parent"));

        Api.Reply twin = create(writer, "middle " + run, top);
        assertEquals(400, twin.status(), twin::toString);
        assertEquals("name", field(twin));
        Api.Reply blank = create(writer, "  ", null);
        assertEquals(400, blank.status(), blank::toString);
        assertEquals("name", field(blank));
        Api.Reply noParent = create(writer, "Orphan " + run, "987654321");
        assertEquals("parent", field(noParent));
    }

    @Test
    void deletesEmptyBranchesOnlyAndLeavesTheSources() {
        String a = source("Archive " + run, 2011);
        String top = created("Branch " + run, null, a);
        String child = created("Twig " + run, top, a);

        Api.Reply refused = writer.delete("/api/collections/" + top);
        assertEquals(409, refused.status(), refused::toString);
        assertTrue(refused.header("Content-Type").orElseThrow().startsWith("application/problem+json"));
        assertEquals(204, writer.delete("/api/collections/" + child).status());
        assertEquals(204, writer.delete("/api/collections/" + top).status());
        assertEquals(404, Api.anonymous().get("/api/collections/" + top).status());
        assertEquals(200, Api.anonymous().get("/api/sources/" + a).status());
    }

    @Test
    void writersAndLibrariansOwnCollectionsOthersOnlyRead() {
        assertEquals(401, create(Api.anonymous(), "Nobody's " + run, null).status());
        assertEquals(403, create(Api.as("reviewer"), "Reviewer's " + run, null).status());
        assertEquals(201, create(Api.as("librarian"), "Librarian's " + run, null).status());
        assertEquals(404, Api.anonymous().get("/api/collections/987654321").status());
        assertEquals(404, Api.anonymous().get("/api/collections/abc").status());
        Api.Reply sort = Api.anonymous().get("/api/collections?sort=colour");
        assertEquals(400, sort.status());
        assertEquals("sort", field(sort));
        assertEquals(400, writer.post("/api/collections", "application/json", "{not json").status());
    }

    @Test
    void aCollectionIsTheSourceSetOfAnExportAndABibliography() {
        String a = source("Asylum " + run, 2016);
        String b = source("Borders " + run, 2017);
        String top = created("Export " + run, null, a);
        created("Inside " + run, top, b);

        Api.Reply exported = Api.anonymous().get("/api/export?format=csl-json&collection=" + top);
        assertEquals(200, exported.status(), exported::toString);
        JsonArray items = exported.jsonArray();
        assertEquals(List.of("Asylum " + run, "Borders " + run),
                items.stream().map(item -> item.asJsonObject().getString("title")).toList());
        Api.Reply unknown = Api.anonymous().get("/api/export?format=bibtex&collection=987654321");
        assertEquals(400, unknown.status());
        assertEquals("collection", field(unknown));

        Api.Reply rendered = Api.anonymous().postJson("/api/bibliography", Json.createObjectBuilder()
                .add("style", "apa").add("collection", top).build());
        assertEquals(200, rendered.status(), rendered::toString);
        JsonArray entries = rendered.json().getJsonArray("entries");
        assertEquals(2, entries.size(), entries::toString);
        assertTrue(entries.getString(0).contains("Asylum " + run), entries::toString);
        Api.Reply badCollection = Api.anonymous().postJson("/api/bibliography", Json.createObjectBuilder()
                .add("style", "apa").add("collection", "x").build());
        assertEquals(400, badCollection.status());
        assertEquals("collection", field(badCollection));
    }
}
