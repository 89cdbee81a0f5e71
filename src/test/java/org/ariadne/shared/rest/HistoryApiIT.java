package org.ariadne.shared.rest;

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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The history of every aggregate (sources, contributors, footnotes, claims, users): revisions, diffs, restore. */
@ExtendWith(ArquillianExtension.class)
class HistoryApiIT {

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

    private static String unique(String title) {
        return title + " " + UUID.randomUUID();
    }

    private Api.Reply created(Api as, String path, String json) {
        Api.Reply reply = as.post(path, "application/json", json);
        assertEquals(201, reply.status(), reply::toString);
        return reply;
    }

    private static JsonArray history(String path) {
        Api.Reply reply = Api.anonymous().get(path + "/history");
        assertEquals(200, reply.status(), reply::toString);
        return reply.jsonArray();
    }

    private static List<String> changes(JsonArray history) {
        List<String> changes = new ArrayList<>();
        history.forEach(revision -> changes.add(revision.asJsonObject().getString("change")));
        return changes;
    }

    private static long revision(JsonArray history, int index) {
        return history.getJsonObject(index < 0 ? history.size() + index : index).getJsonNumber("revision").longValue();
    }

    private static JsonObject change(JsonObject revision, String field) {
        return revision.getJsonArray("changes").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("field").equals(field)).findFirst()
                .orElseThrow(() -> new AssertionError("no change of " + field + " in " + revision));
    }

    private Api.Reply restore(Api as, String path, long revision, String etag) {
        return as.send("POST", path + "/history/" + revision + "/restore", "", etag);
    }

    @Test
    void aSourceKeepsEveryVersionShowsWhatChangedAndRestoresAnOldOneAsANewVersion() {
        String first = unique("Crossing the Tumen");
        Api.Reply made = created(librarian, "/api/sources", "{\"type\":\"book\",\"title\":\"" + first
                + "\",\"publisher\":\"Old House\"}");
        String id = made.json().getString("id");
        String path = "/api/sources/" + id;
        String second = unique("Crossing the Yalu");
        Api.Reply updated = librarian.put(path, "application/json", ("{\"type\":\"book\",\"title\":\"" + second
                + "\",\"note\":\"revised\"}").getBytes(StandardCharsets.UTF_8), made.header("ETag").orElseThrow());
        assertEquals(200, updated.status(), updated::toString);

        JsonArray history = history(path);
        assertEquals(List.of("created", "updated"), changes(history));
        assertEquals("librarian", history.getJsonObject(1).getString("by"));

        JsonObject content = Api.anonymous().get(path + "/history/" + revision(history, 1)).json();
        assertEquals(second, content.getJsonObject("fields").getString("title"));
        JsonObject title = change(content, "title");
        assertEquals(first, title.getString("old"));
        assertEquals(second, title.getString("new"));
        assertEquals("Old House", change(content, "publisher").getString("old"));
        assertTrue(change(content, "publisher").isNull("new"));
        assertEquals("revised", change(content, "note").getString("new"));

        String current = Api.anonymous().get(path + "/history").header("ETag").orElseThrow();
        assertEquals(428, restore(librarian, path, revision(history, 0), null).status());
        assertEquals(403, restore(writer, path, revision(history, 0), current).status());
        Api.Reply restored = restore(librarian, path, revision(history, 0), current);
        assertEquals(200, restored.status(), restored::toString);
        assertEquals(first, restored.json().getString("title"));
        assertEquals("Old House", restored.json().getString("publisher"));
        assertFalse(restored.json().containsKey("note"));
        assertEquals(first, Api.anonymous().get(path).json().getString("title"));

        JsonArray after = history(path);
        assertEquals(List.of("created", "updated", "updated"), changes(after), "a restore is a new version");
        assertEquals(second, change(Api.anonymous().get(path + "/history/" + revision(after, -1)).json(), "title")
                .getString("old"));

        Api.Reply stale = restore(librarian, path, revision(history, 1), current);
        assertEquals(412, stale.status(), stale::toString);
        assertEquals(first, Api.anonymous().get(path).json().getString("title"), "a stale restore changed nothing");
        assertEquals(404, Api.anonymous().get(path + "/history/999999999").status());
        assertEquals(400, Api.anonymous().get(path + "/history/first").status());

        assertEquals(204, librarian.delete(path).status());
        JsonArray gone = history(path);
        assertEquals(List.of("created", "updated", "updated", "deleted"), changes(gone));
        JsonObject deletion = Api.anonymous().get(path + "/history/" + revision(gone, -1)).json();
        assertTrue(deletion.getJsonObject("fields").isEmpty());
        assertEquals(first, change(deletion, "title").getString("old"));
        Api.Reply afterDelete = restore(librarian, path, revision(gone, 0), "\"" + id + "-0\"");
        assertEquals(409, afterDelete.status(), afterDelete::toString);
    }

    @Test
    void aDeletedSourceIsCataloguedAgainFromAnEarlierRevisionAndItsHistoryGoesOn() throws Exception {
        String first = unique("Deleted and restored");
        Api.Reply made = created(librarian, "/api/sources", "{\"type\":\"report\",\"title\":\"" + first + "\"}");
        String id = made.json().getString("id");
        String path = "/api/sources/" + id;
        byte[] text = ("A report that was deleted.1\n\n1. Kim, The Border (Seoul: Press, 2003), 17.\n")
                .getBytes(StandardCharsets.UTF_8);
        Api.Reply archived = librarian.put(path + "/text", "text/plain; charset=utf-8", text, null);
        assertEquals(200, archived.status(), archived::toString);
        String second = unique("Renamed before the delete");
        String etag = Api.anonymous().get(path).header("ETag").orElseThrow();
        assertEquals(200, librarian.put(path, "application/json", ("{\"type\":\"report\",\"title\":\"" + second
                + "\"}").getBytes(StandardCharsets.UTF_8), etag).status());
        List<String> etags = List.of(made.header("ETag").orElseThrow(), etag,
                Api.anonymous().get(path).header("ETag").orElseThrow());
        assertEquals(204, librarian.delete(path).status());
        JsonArray gone = history(path);
        assertEquals(List.of("created", "updated", "updated", "deleted"), changes(gone));
        assertTrue(Api.anonymous().get(path + "/history").header("ETag").isEmpty(), "no current version once deleted");
        long withText = revision(gone, 1);

        assertEquals(428, restore(librarian, path, withText, null).status());
        Api.Reply byMatch = restore(librarian, path, withText, etags.get(2));
        assertEquals(409, byMatch.status(), "If-Match names a current version, which a deleted source has not");
        assertTrue(byMatch.text().contains("If-None-Match"), byMatch::toString);
        assertEquals(403, restoreDeleted(writer, path, withText).status());
        assertEquals(409, restoreDeleted(librarian, path, revision(gone, -1)).status(), "the revision that deleted it");
        assertEquals(404, Api.anonymous().get(path).status(), "refusals changed nothing");

        List<CompletableFuture<Api.Reply>> racing = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        for (int i = 0; i < 2; i++) {
            racing.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return restoreDeleted(librarian, path, withText);
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        Api.Reply restored = null;
        for (CompletableFuture<Api.Reply> reply : racing) {
            statuses.add(reply.get().status());
            if (reply.get().status() == 200) {
                restored = reply.get();
            }
        }
        statuses.sort(null);
        assertEquals(List.of(200, 412), statuses, "two restores of a deleted source: one makes it, the other is stale");
        assertEquals(first, restored.json().getString("title"));
        String newTag = restored.header("ETag").orElseThrow();
        assertFalse(etags.contains(newTag), "no ETag it carried before matches the source made again: " + newTag);
        assertEquals(newTag, Api.anonymous().get(path).header("ETag").orElseThrow());
        assertEquals(412, restoreDeleted(librarian, path, withText).status(), "it exists now");

        JsonObject custom = Api.anonymous().get(path).json().getJsonObject("custom");
        assertEquals(sha256(text), custom.getJsonObject("text").getString("sha256"), "its archived text is back");
        assertEquals(1, custom.getInt("footnoteCount"));
        assertTrue(java.util.Arrays.equals(text, Api.anonymous().get(path + "/text").bytes()));
        assertEquals(1, Api.anonymous().get(path + "/footnotes").jsonArray().size());

        JsonArray again = history(path);
        assertEquals(List.of("created", "updated", "updated", "deleted", "created"), changes(again),
                "nothing erased: the source made again is a new revision of the same history");
        assertEquals(newTag, Api.anonymous().get(path + "/history").header("ETag").orElseThrow());
        JsonObject remade = Api.anonymous().get(path + "/history/" + revision(again, -1)).json();
        assertEquals(first, remade.getJsonObject("fields").getString("title"));
        assertTrue(change(remade, "title").isNull("old"));
        assertEquals(first, change(remade, "title").getString("new"));

        String third = unique("Edited after the restore");
        assertEquals(200, librarian.put(path, "application/json", ("{\"type\":\"report\",\"title\":\"" + third
                + "\"}").getBytes(StandardCharsets.UTF_8), newTag).status());
        assertEquals(List.of("created", "updated", "updated", "deleted", "created", "updated"), changes(history(path)));
    }

    private Api.Reply restoreDeleted(Api as, String path, long revision) {
        return as.sendWithHeader("POST", path + "/history/" + revision + "/restore", "", "If-None-Match", "*");
    }

    private static String sha256(byte[] bytes) throws java.security.NoSuchAlgorithmException {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void theHistoryPageShowsEachChangeAsOldAndNewAndOffersRestoreOnlyToThoseWhoMayEdit() {
        String first = unique("Page history before");
        Api.Reply made = created(librarian, "/api/sources", "{\"type\":\"book\",\"title\":\"" + first + "\"}");
        String id = made.json().getString("id");
        String second = unique("Page history after");
        assertEquals(200, librarian.put("/api/sources/" + id, "application/json", ("{\"type\":\"book\",\"title\":\""
                + second + "\"}").getBytes(StandardCharsets.UTF_8), made.header("ETag").orElseThrow()).status());

        Api.Reply page = Api.anonymous().get("/history.xhtml?kind=source&id=" + id);
        assertEquals(200, page.status(), page::toString);
        String html = page.text();
        assertTrue(html.contains("diff-old") && html.contains(first) && html.contains(second), html);
        assertTrue(html.contains("data-field=\"title\""), html);
        assertFalse(html.contains(":restore\""), "no restore button for anonymous readers");
        assertTrue(Api.anonymous().get("/sources/" + id).text().contains("kind=source"), "linked from the source");
        assertEquals(404, Api.anonymous().get("/history.xhtml?kind=nothing&id=" + id).status());
        assertEquals(404, Api.anonymous().get("/history.xhtml?kind=source&id=987654321").status());
    }

    @Test
    void concurrentRestoresWithTheSameVersionLetOnlyOneThrough() throws Exception {
        String title = unique("Concurrent restore");
        Api.Reply made = created(librarian, "/api/sources", "{\"type\":\"book\",\"title\":\"" + title + "\"}");
        String path = "/api/sources/" + made.json().getString("id");
        for (int i = 1; i <= 2; i++) {
            String etag = Api.anonymous().get(path).header("ETag").orElseThrow();
            assertEquals(200, librarian.put(path, "application/json", ("{\"type\":\"book\",\"title\":\"" + title
                    + " v" + i + "\"}").getBytes(StandardCharsets.UTF_8), etag).status());
        }
        JsonArray history = history(path);
        String etag = Api.anonymous().get(path).header("ETag").orElseThrow();
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> attempts = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            long target = revision(history, i);
            attempts.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return restore(librarian, path, target, etag).status();
            }));
        }
        start.countDown();
        List<Integer> statuses = attempts.stream().map(CompletableFuture::join).sorted().toList();
        assertEquals(List.of(200, 412), statuses);
        assertEquals(4, history(path).size(), "exactly one restore was recorded");
    }

    @Test
    void aContributorsVariantsAndMergesAreInItsHistoryAndCanBeUndone() {
        String family = "Halloran" + UUID.randomUUID().toString().substring(0, 6);
        JsonObject source = created(librarian, "/api/sources", "{\"type\":\"book\",\"title\":\"" + unique("Works")
                + "\",\"author\":[{\"family\":\"" + family + "\",\"given\":\"Stephen\"}]}").json();
        String id = source.getJsonObject("custom").getJsonArray("contributors").getJsonObject(0).getString("id");
        String path = "/api/contributors/" + id;
        assertEquals(201, librarian.post(path + "/variants", "application/json",
                "{\"name\":\"" + family + ", S.\"}").status());

        JsonArray history = history(path);
        assertEquals(List.of("created", "updated"), changes(history));
        JsonObject added = Api.anonymous().get(path + "/history/" + revision(history, 1)).json();
        String variants = change(added, "variants").getString("new");
        assertTrue(variants.contains(family) && variants.contains("S."), added::toString);

        String etag = Api.anonymous().get(path + "/history").header("ETag").orElseThrow();
        Api.Reply restored = restore(librarian, path, revision(history, 0), etag);
        assertEquals(200, restored.status(), restored::toString);
        assertEquals(0, Api.anonymous().get(path).json().getJsonArray("variants").size());
        assertEquals(List.of("created", "updated", "updated"), changes(history(path)));
        assertEquals(412, restore(librarian, path, revision(history, 1), etag).status());
    }

    @Test
    void aFootnoteCorrectionIsInItsHistoryAndRestoringTakesBackWhatTheNoteCited() {
        String work = unique("A Study of Estuaries");
        String article = created(librarian, "/api/sources", "{\"type\":\"article-newspaper\",\"title\":\""
                + unique("Article") + "\"}").json().getString("id");
        byte[] text = ("Refugees keep arriving in growing numbers.1\n\n  1. Jane Roe, \u201c" + work
                + ",\u201d The Journal of Estuaries, Vol. 3, No. 2, 2001, pp. 7-9. \n").getBytes(StandardCharsets.UTF_8);
        assertEquals(200, librarian.put("/api/sources/" + article + "/text", "text/plain; charset=utf-8", text, null)
                .status());
        String otherTitle = unique("Other");
        String other = created(librarian, "/api/sources", "{\"type\":\"book\",\"title\":\"" + otherTitle
                + "\"}").json().getString("id");
        String path = "/api/sources/" + article + "/footnotes/1";
        assertEquals(200, librarian.send("PATCH", path, "{\"citations\":[{\"source\":\"" + other
                + "\",\"locator\":\"12\",\"label\":\"page\"}]}").status());

        JsonArray history = history(path);
        assertEquals(List.of("created", "updated"), changes(history));
        JsonObject correction = Api.anonymous().get(path + "/history/" + revision(history, 1)).json();
        assertTrue(change(correction, "citation 1").getString("old").contains("7-9"), correction::toString);
        assertTrue(change(correction, "citation 1").getString("new").startsWith("source " + other), correction::toString);
        assertEquals("yes", change(correction, "corrected").getString("new"));
        String page = Api.anonymous().get("/history.xhtml?kind=footnote&id=" + article + ":1").text();
        assertTrue(page.contains("\u201c" + otherTitle + "\u201d (source " + other + "), page 12"),
                "the page names the cited source by its title: " + page);

        String etag = Api.anonymous().get(path + "/history").header("ETag").orElseThrow();
        Api.Reply restored = restore(librarian, path, revision(history, 0), etag);
        assertEquals(200, restored.status(), restored::toString);
        JsonObject citation = restored.json().getJsonArray("citations").getJsonObject(0);
        assertEquals("7-9", citation.getString("locator"));
        assertEquals(List.of("created", "updated", "updated"), changes(history(path)));
        assertEquals(412, restore(librarian, path, revision(history, 1), etag).status());
    }

    @Test
    void aClaimsVerdictsAreInItsHistoryAndARestoreKeepsThem() {
        String text = unique("Defectors returned across the border are detained");
        String reportTitle = unique("Report on returns");
        String report = created(librarian, "/api/sources", "{\"type\":\"report\",\"title\":\"" + reportTitle
                + "\"}").json().getString("id");
        String id = created(writer, "/api/claims", "{\"text\":\"" + text + "\",\"citations\":[{\"source\":\""
                + report + "\",\"stance\":\"supports\"}]}").json().getString("id");
        String path = "/api/claims/" + id;
        assertEquals(201, Api.as("reviewer").post(path + "/verdicts", "application/json",
                "{\"verdict\":\"needs-source\",\"comment\":\"cite the report\"}").status());

        JsonArray history = history(path);
        assertEquals(List.of("created", "updated"), changes(history));
        assertEquals("reviewer", history.getJsonObject(1).getString("by"));
        JsonObject judged = Api.anonymous().get(path + "/history/" + revision(history, 1)).json();
        assertTrue(change(judged, "verdict 1").getString("new").startsWith("needs-source by reviewer"),
                judged::toString);
        assertEquals(text, judged.getJsonObject("fields").getString("text"));
        assertEquals("source " + report + ", supports", judged.getJsonObject("fields").getString("citation 1"));
        String page = Api.anonymous().get("/history.xhtml?kind=claim&id=" + id).text();
        assertTrue(page.contains("\u201c" + reportTitle + "\u201d (source " + report + "), supports"),
                "the page names the cited source by its title: " + page);

        String etag = Api.anonymous().get(path + "/history").header("ETag").orElseThrow();
        assertEquals(403, restore(librarian, path, revision(history, 0), etag).status());
        Api.Reply restored = restore(writer, path, revision(history, 0), etag);
        assertEquals(200, restored.status(), restored::toString);
        assertEquals(1, restored.json().getJsonArray("verdicts").size(), "verdicts are kept");
        assertEquals(412, restore(writer, path, revision(history, 0), etag).status());
        assertEquals(404, Api.anonymous().get("/api/claims/987654321/history").status());
    }

    @Test
    void aUsersHistoryNeverHoldsAPassword() {
        String name = "historian" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply made = Api.as("admin").post("/api/users", "application/json",
                "{\"username\":\"" + name + "\",\"password\":\"a-long-secret-1\",\"roles\":[\"writer\"]}");
        assertEquals(201, made.status(), made::toString);
        Api.Reply history = Api.as("admin").get("/api/users/" + name + "/history");
        assertEquals(200, history.status(), history::toString);
        assertEquals(List.of("created"), changes(history.jsonArray()));
        assertEquals("admin", history.jsonArray().getJsonObject(0).getString("by"));
        assertFalse(history.text().contains("secret"));
        assertEquals(403, Api.as("librarian").get("/api/users/" + name + "/history").status());
    }
}
