package org.ariadne.catalog.rest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.ariadne.it.Api;
import org.ariadne.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sources part of the HTTP contract, against a real WildFly and database. */
@ExtendWith(ArquillianExtension.class)
class SourceApiIT {

    private final Api librarian = Api.as("librarian");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ariadne();
    }

    @org.junit.jupiter.api.BeforeEach
    void users() {
        org.ariadne.it.TestUsers.ensure();
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private static String unique(String title) {
        return title + " " + UUID.randomUUID();
    }

    private Api.Reply create(String item) {
        Api.Reply reply = librarian.post("/api/sources", "application/json", item);
        assertEquals(201, reply.status(), reply::toString);
        return reply;
    }

    @Test
    void createsASourceAndReturnsItWithItsIdAndLocation() {
        String title = unique("The North Korean Refugee Crisis");
        Api.Reply reply = create("{\"type\":\"book\",\"title\":\"" + title + "\"}");
        JsonObject body = reply.json();
        String id = body.getString("id");
        assertEquals("/api/sources/" + id, reply.header("Location").orElseThrow());
        assertEquals(title, body.getString("title"));
        assertEquals("book", body.getString("type"));
        assertTrue(reply.header("ETag").isPresent());
        assertEquals(200, Api.anonymous().get("/api/sources/" + id).status());
    }

    @Test
    void keepsEveryCslVariableAsGiven() {
        String item = """
                {"type":"chapter","title":"%s",
                 "author":[{"family":"Beethoven","given":"Ludwig","non-dropping-particle":"van"},
                           {"literal":"World Food Programme"},
                           {"family":"Fontaine","given":"Jean","dropping-particle":"de la","suffix":"Jr."}],
                 "editor":[{"family":"Haggard","given":"Stephen"}],
                 "container-title":"An Edited Book","page":"17-18","volume":16,"issue":"1",
                 "issued":{"date-parts":[[2004,3],[2005,6]]},
                 "accessed":{"date-parts":[[2024]],"season":2,"circa":true},
                 "original-date":{"literal":"early nineteenth century"},
                 "event-date":{"raw":"2001-05-04"},
                 "DOI":"10.1000/ABC","ISBN":"978-0-19-852663-6","URL":"https://Example.org/x",
                 "language":"en-GB","note":"n","archive":"A","archive_location":"box 3",
                 "x-unknown-variable":{"nested":[1,2.5,true,null]}}""".formatted(unique("Round trip"));
        JsonObject sent = json(item);
        JsonObject created = create(item).json();
        JsonObject fetched = Api.anonymous().get("/api/sources/" + created.getString("id")).json();
        for (String key : sent.keySet()) {
            assertEquals(sent.get(key), fetched.get(key), "variable " + key);
        }
        assertEquals(sent.keySet(), fetched.keySet().stream()
                .filter(k -> !k.equals("id") && !k.equals("custom")).collect(Collectors.toSet()));
    }

    @Test
    void answersUnknownSourcesWithA404Problem() {
        Api.Reply reply = Api.anonymous().get("/api/sources/987654321");
        assertEquals(404, reply.status());
        assertTrue(reply.header("Content-Type").orElseThrow().startsWith("application/problem+json"));
        JsonObject problem = reply.json();
        assertEquals(404, problem.getInt("status"));
        assertTrue(problem.containsKey("type") && problem.containsKey("title") && problem.containsKey("detail"));
        assertEquals(404, Api.anonymous().get("/api/sources/not-a-number").status());
    }

    @Test
    void refusesAnInvalidItemNamingTheFieldAndStoresNothing() {
        long before = Api.anonymous().get("/api/sources?size=1").json().getJsonNumber("total").longValue();
        Api.Reply reply = librarian.post("/api/sources", "application/json",
                "{\"type\":\"book\",\"issued\":{\"date-parts\":[[2004,13]]}}");
        assertEquals(400, reply.status());
        Set<String> fields = reply.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).collect(Collectors.toSet());
        assertTrue(fields.contains("title"), fields::toString);
        assertTrue(fields.contains("issued.date-parts[0][1]"), fields::toString);
        assertEquals(400, librarian.post("/api/sources", "application/json", "{\"title\":\"no type\"}").status());
        assertEquals(400, librarian.post("/api/sources", "application/json", "{not json").status());
        assertEquals(400, librarian.post("/api/sources", "application/json", "[1,2]").status());
        assertEquals(before, Api.anonymous().get("/api/sources?size=1").json().getJsonNumber("total").longValue());
    }

    @Test
    void updatesOnlyWithTheCurrentETag() {
        Api.Reply created = create("{\"type\":\"report\",\"title\":\"" + unique("Report") + "\"}");
        String id = created.json().getString("id");
        String etag = created.header("ETag").orElseThrow();

        JsonObject first = json("{\"type\":\"report\",\"title\":\"First edit\"}");
        assertEquals(428, librarian.putJson("/api/sources/" + id, first, null).status());

        Api.Reply updated = librarian.putJson("/api/sources/" + id, first, etag);
        assertEquals(200, updated.status(), updated::toString);
        assertEquals("First edit", updated.json().getString("title"));
        String newEtag = updated.header("ETag").orElseThrow();
        assertFalse(newEtag.equals(etag));

        JsonObject stale = json("{\"type\":\"report\",\"title\":\"Stale edit\"}");
        Api.Reply refused = librarian.putJson("/api/sources/" + id, stale, etag);
        assertEquals(412, refused.status());
        assertEquals("First edit", Api.anonymous().get("/api/sources/" + id).json().getString("title"));
        assertEquals(newEtag, Api.anonymous().get("/api/sources/" + id).header("ETag").orElseThrow());
    }

    @Test
    void deletesASource() {
        String id = create("{\"type\":\"book\",\"title\":\"" + unique("Doomed") + "\"}").json().getString("id");
        assertEquals(204, librarian.delete("/api/sources/" + id).status());
        assertEquals(404, Api.anonymous().get("/api/sources/" + id).status());
    }

    @Test
    void readsAreOpenAndWritesNeedTheLibrarianRole() {
        String item = "{\"type\":\"book\",\"title\":\"" + unique("Guarded") + "\"}";
        Api.Reply anonymous = Api.anonymous().post("/api/sources", "application/json", item);
        assertEquals(401, anonymous.status());
        assertTrue(anonymous.header("WWW-Authenticate").orElseThrow().startsWith("Basic"));
        assertEquals(403, Api.as("writer").post("/api/sources", "application/json", item).status());
        assertEquals(403, Api.as("reviewer").post("/api/sources", "application/json", item).status());
        Api.Reply wrongPassword = Api.as("nobody").post("/api/sources", "application/json", item);
        assertEquals(401, wrongPassword.status());
        assertEquals(200, Api.anonymous().get("/api/sources").status());
    }

    @Test
    void pagesTheCatalogue() {
        String tag = UUID.randomUUID().toString();
        for (int i = 0; i < 5; i++) {
            create("{\"type\":\"book\",\"title\":\"Paging " + tag + " " + i + "\"}");
        }
        JsonObject page = Api.anonymous().get("/api/sources?q=" + tag + "&page=1&size=2&sort=title").json();
        assertEquals(5, page.getInt("total"));
        assertEquals(2, page.getJsonArray("items").size());
        assertEquals("Paging " + tag + " 2", page.getJsonArray("items").getJsonObject(0).getString("title"));
        JsonArray byId = Api.anonymous().get("/api/sources?q=" + tag + "&sort=id").json().getJsonArray("items");
        JsonArray byIdDown = Api.anonymous().get("/api/sources?q=" + tag + "&sort=-id").json().getJsonArray("items");
        for (int i = 0; i < 5; i++) {
            assertEquals("Paging " + tag + " " + i, byId.getJsonObject(i).getString("title"));
            assertEquals("Paging " + tag + " " + (4 - i), byIdDown.getJsonObject(i).getString("title"));
        }

        JsonObject defaults = Api.anonymous().get("/api/sources").json();
        assertTrue(defaults.getJsonArray("items").size() <= 20);
        assertEquals(200, Api.anonymous().get("/api/sources?size=5000").status());
        assertEquals(400, Api.anonymous().get("/api/sources?size=5001").status());
        assertEquals(400, Api.anonymous().get("/api/sources?page=-1").status());
        assertEquals(400, Api.anonymous().get("/api/sources?sort=nonsense").status());
    }

    @Test
    void aDescendingSortIsTheAscendingOneReversedWithItsNullsStillLast() {
        String tag = UUID.randomUUID().toString();
        // ties (two Kims, two 2004s) broken by the id, and works without a creator or a date
        String[][] works = {{"Kim", "2004"}, {null, "1999"}, {"Lee", null}, {"Kim", "2004"}, {null, null},
            {"Abe", "2010"}, {"Lee", "2004"}};
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < works.length; i++) {
            StringBuilder item = new StringBuilder("{\"type\":\"book\",\"title\":\"Order " + tag + " "
                    + (char) ('g' - i) + "\"");
            if (works[i][0] != null) {
                item.append(",\"author\":[{\"family\":\"").append(works[i][0]).append("\",\"given\":\"A.\"}]");
            }
            if (works[i][1] != null) {
                item.append(",\"issued\":{\"date-parts\":[[").append(works[i][1]).append("]]}");
            }
            ids.add(create(item.append('}').toString()).json().getString("id"));
        }
        for (String sort : List.of("title", "creator", "issued", "updated", "id")) {
            int column = sort.equals("creator") ? 0 : sort.equals("issued") ? 1 : -1;
            // the whole catalogue (on H2 read as the ascending order reversed) and these works alone (sorted)
            for (String filter : List.of("", "q=" + tag + "&")) {
                List<String> ascending = ids("/api/sources?" + filter + "size=5000&sort=" + sort);
                List<String> descending = ids("/api/sources?" + filter + "size=5000&sort=-" + sort);
                // the works with a value, ascending, then those without (nulls last): each run reversed
                int valued = ascending.indexOf(descending.get(0)) + 1;
                List<String> expected = new ArrayList<>(ascending.subList(0, valued));
                Collections.reverse(expected);
                List<String> nulls = new ArrayList<>(ascending.subList(valued, ascending.size()));
                Collections.reverse(nulls);
                expected.addAll(nulls);
                assertEquals(expected, descending, filter + "sort=-" + sort);
                for (int i = 0; i < works.length; i++) {
                    boolean hasValue = column < 0 || works[i][column] != null;
                    assertEquals(hasValue, ascending.indexOf(ids.get(i)) < valued, filter + "sort=" + sort
                            + ", work " + ids.get(i) + ": " + ascending + " descending " + descending);
                }
                // pages of 3: the first, the two about the first null, the last and one past it
                int last = (descending.size() - 1) / 3;
                for (int page : new TreeSet<>(List.of(0, Math.max(0, valued / 3 - 1), valued / 3, last, last + 1))) {
                    List<String> expectedPage = expected.subList(Math.min(page * 3, expected.size()),
                            Math.min(page * 3 + 3, expected.size()));
                    assertEquals(expectedPage, ids("/api/sources?" + filter + "size=3&page=" + page + "&sort=-" + sort),
                            filter + "sort=-" + sort + ", page " + page + " of 3");
                }
            }
        }
    }

    private static List<String> ids(String path) {
        Api.Reply reply = Api.anonymous().get(path);
        assertEquals(200, reply.status(), reply::toString);
        assertTrue(reply.json().getInt("total") <= 5000, "a catalogue this test reads in one page");
        return reply.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(item -> item.getString("id")).toList();
    }

    @Test
    void archivesTheExactBytesOfATextWithTheirDigest() throws Exception {
        String id = create("{\"type\":\"article-newspaper\",\"title\":\"" + unique("Text") + "\"}").json().getString("id");
        byte[] bytes = "Caf\u00e9 \u201cquoted\u201d \r\n\ttabs and trailing space  \n".getBytes(StandardCharsets.UTF_8);
        Api.Reply archived = librarian.put("/api/sources/" + id + "/text", "text/plain; charset=utf-8", bytes, null);
        assertEquals(200, archived.status(), archived::toString);
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
        assertEquals(HexFormat.of().formatHex(digest), archived.json().getString("sha256"));
        assertEquals(bytes.length, archived.json().getInt("bytes"));
        assertEquals(0, archived.json().getInt("footnotes"));

        Api.Reply text = Api.anonymous().get("/api/sources/" + id + "/text");
        assertEquals(200, text.status());
        assertArrayEquals(bytes, text.bytes());
        assertEquals("sha-256=:" + Base64.getEncoder().encodeToString(digest) + ":",
                text.header("Repr-Digest").orElseThrow());
    }

    @Test
    void refusesTextThatIsNotValidInItsCharset() {
        String id = create("{\"type\":\"article-newspaper\",\"title\":\"" + unique("Bad text") + "\"}").json().getString("id");
        byte[] latin1 = {'c', 'a', 'f', (byte) 0xE9, ' ', (byte) 0xFF};
        assertEquals(400, librarian.put("/api/sources/" + id + "/text", "text/plain; charset=utf-8", latin1, null).status());
        assertEquals(404, Api.anonymous().get("/api/sources/" + id + "/text").status());
        Api.Reply asLatin1 = librarian.put("/api/sources/" + id + "/text", "text/plain; charset=ISO-8859-1", latin1, null);
        assertEquals(200, asLatin1.status(), asLatin1::toString);
        assertArrayEquals(latin1, Api.anonymous().get("/api/sources/" + id + "/text").bytes());
    }

    @Test
    void refusesBodiesOverTheLimitWith413() {
        byte[] huge = new byte[50 * 1024 * 1024 + 1];
        java.util.Arrays.fill(huge, (byte) 'a');
        Api.Reply reply = librarian.put("/api/sources/1/text", "text/plain", huge, null);
        assertEquals(413, reply.status());
    }

    @Test
    void servesTheDemoCatalogueInTheEmbeddedDefault() {
        JsonObject page = Api.anonymous().get("/api/sources?size=5000&sort=id").json();
        Set<String> titles = page.getJsonArray("items").stream()
                .map(item -> item.asJsonObject().getString("title")).collect(Collectors.toSet());
        if (!"postgresql".equals(System.getenv("ARIADNE_DB"))) {
            assertTrue(titles.contains("The North Korean Refugees as a Human Rights Issue"), titles::toString);
            assertTrue(titles.contains("Persecuting the Starving: the Plight of North Koreans Fleeing to China"));
            assertTrue(titles.contains("Northeast Asia’s Pandora’s Box: North Korean Escapees"));
            assertTrue(titles.contains("China under pressure to stop repatriating North Koreans"));
        }
        assertTrue(page.getJsonArray("items").stream().allMatch(i -> i.asJsonObject().get("id") instanceof JsonString));
        assertEquals(JsonValue.ValueType.NUMBER, page.get("total").getValueType());
    }

    @Test
    void keepsTheHistoryOfASourceEvenAfterItIsDeleted() {
        Api.Reply created = create("{\"type\":\"book\",\"title\":\"" + unique("History") + "\"}");
        String id = created.json().getString("id");
        JsonObject edit = json("{\"type\":\"book\",\"title\":\"Edited for history\"}");
        assertEquals(200, librarian.putJson("/api/sources/" + id, edit, created.header("ETag").orElseThrow()).status());
        assertEquals(204, librarian.delete("/api/sources/" + id).status());

        Api.Reply history = Api.anonymous().get("/api/sources/" + id + "/history");
        assertEquals(200, history.status(), history::toString);
        var revisions = history.jsonArray();
        assertEquals(3, revisions.size(), revisions::toString);
        assertEquals(java.util.List.of("created", "updated", "deleted"), revisions.stream()
                .map(r -> r.asJsonObject().getString("change")).toList());
        for (var revision : revisions) {
            JsonObject r = revision.asJsonObject();
            assertEquals("librarian", r.getString("by"));
            java.time.Instant.parse(r.getString("at"));
            assertTrue(r.getJsonNumber("revision").longValue() > 0);
        }
        assertTrue(revisions.getJsonObject(0).getJsonNumber("revision").longValue()
                < revisions.getJsonObject(2).getJsonNumber("revision").longValue());
        assertEquals(404, Api.anonymous().get("/api/sources/987654321/history").status());
    }
}
