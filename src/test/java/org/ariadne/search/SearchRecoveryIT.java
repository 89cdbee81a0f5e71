package org.ariadne.search;

import org.ariadne.it.OwnServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The embedded search index is committed to disk about every ten seconds, not at every write. A server killed with
 * kill -9 right after a write has the write in its database but maybe not in its index: the next start must notice
 * the unclean end and re-index, so that what was catalogued becomes findable again, and what was deleted never comes
 * back, not even while the rebuild runs: the index is emptied before the application serves. Runs on a server of its
 * own (embedded database), killed for real.
 */
class SearchRecoveryIT {

    private static final int OFFSET = Integer.getInteger("search.recovery.port.offset", 870);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String LIBRARIAN = "Basic " + Base64.getEncoder()
            .encodeToString("librarian:librarian".getBytes(StandardCharsets.UTF_8));

    private OwnServer server;

    @Test
    void aKilledServerReindexesWhatItsIndexLostAndNeverRevivesADeletion() throws Exception {
        server = OwnServer.prepare(OFFSET, "search-recovery");
        server.start();
        String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String deletedWord = "zd" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String doomed = create("Deleted before the crash " + deletedWord);
        assertEquals(1, total(deletedWord), "a new source is searchable when its request returns");
        HttpResponse<String> deleted = send(HttpRequest.newBuilder(URI.create(server.base() + doomed))
                .header("Authorization", LIBRARIAN).header("If-Match", etag(doomed)).DELETE().build());
        assertEquals(204, deleted.statusCode(), deleted::body);
        create("Catalogued just before the crash " + word);
        assertEquals(1, total(word));
        assertEquals(0, total(deletedWord));
        server.kill();

        server.start();
        assertEquals(0, total(deletedWord), "a deletion is not undone by a crash, even before the rebuild is done");
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (total(word) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        assertEquals(1, total(word), "what the index had not committed is back after the restart");
        assertEquals(0, total(deletedWord), "a deletion is never undone by a crash");
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            server.stop();
        }
    }

    private String create(String title) throws Exception {
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(server.base() + "/api/sources"))
                .header("Content-Type", "application/json").header("Authorization", LIBRARIAN)
                .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"book\",\"title\":\"" + title + "\"}")).build());
        assertEquals(201, created.statusCode(), created::body);
        return URI.create(created.headers().firstValue("Location").orElseThrow()).getPath();
    }

    private String etag(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(server.base() + path)).build())
                .headers().firstValue("ETag").orElseThrow();
    }

    private int total(String word) throws Exception {
        HttpResponse<String> found = send(HttpRequest.newBuilder(URI.create(server.base() + "/api/search?q="
                + URLEncoder.encode(word, StandardCharsets.UTF_8))).build());
        assertEquals(200, found.statusCode(), found::body);
        var matcher = java.util.regex.Pattern.compile("\"total\"\\s*:\\s*(\\d+)").matcher(found.body());
        assertTrue(matcher.find(), found::body);
        return Integer.parseInt(matcher.group(1));
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
