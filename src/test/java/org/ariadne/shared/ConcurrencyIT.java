package org.ariadne.shared;

import jakarta.json.Json;
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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Optimistic locking end to end and concurrent imports: many clients released at the same instant against one
 * server. Exactly one of the clients that edited the same version wins; the others are told (412) and nothing of
 * the winner's change is lost. Imports running side by side all land, every entry once.
 */
@ExtendWith(ArquillianExtension.class)
class ConcurrencyIT {

    private static final int CLIENTS = 8;
    private static final HttpClient SLOW = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

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
    void ofClientsUpdatingTheSameVersionExactlyOneWinsAndNoUpdateIsLost() throws Exception {
        Api.Reply created = librarian.post("/api/sources", "application/json",
                "{\"type\":\"book\",\"title\":\"Contested " + UUID.randomUUID() + "\"}");
        assertEquals(201, created.status(), created::toString);
        String path = created.header("Location").map(l -> l.substring(l.indexOf("/api/"))).orElseThrow();
        for (int round = 0; round < 5; round++) {
            Api.Reply current = Api.anonymous().get(path);
            String etag = current.header("ETag").orElseThrow();
            List<String> titles = new ArrayList<>();
            List<Callable<Api.Reply>> edits = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                String title = "Round " + round + " by client " + client + " " + UUID.randomUUID();
                titles.add(title);
                JsonObject edit = Json.createObjectBuilder().add("type", "book").add("title", title).build();
                edits.add(() -> Api.as("librarian").putJson(path, edit, etag));
            }
            List<Api.Reply> replies = allAtOnce(edits);

            List<Integer> winners = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                int status = replies.get(client).status();
                assertTrue(status == 200 || status == 412 || status == 409,
                        "an edit of a stale version is refused, never a 5xx: " + replies.get(client));
                if (status == 200) {
                    winners.add(client);
                }
            }
            assertEquals(1, winners.size(), "exactly one edit of version " + etag + " wins: " + winners);
            Api.Reply after = Api.anonymous().get(path);
            assertEquals(titles.get(winners.get(0)), after.json().getString("title"), "the winner's change is what is stored");
            assertEquals(replies.get(winners.get(0)).header("ETag"), after.header("ETag"));
        }
        long updates = Api.anonymous().get(path + "/history").jsonArray().stream()
                .filter(revision -> "updated".equals(revision.asJsonObject().getString("change"))).count();
        assertEquals(5, updates, "one recorded update per round, no phantom and no lost one");
    }

    @Test
    void concurrentImportsAllLand() throws Exception {
        String batch = UUID.randomUUID().toString();
        int entries = 25;
        List<Callable<Api.Reply>> imports = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            StringBuilder bibtex = new StringBuilder();
            for (int entry = 0; entry < entries; entry++) {
                bibtex.append("@book{c").append(client).append('e').append(entry).append(", title = {Concurrent import ")
                        .append(batch).append(" client ").append(client).append(" entry ").append(entry)
                        .append("}, author = {Writer").append(client).append(", Entry").append(entry)
                        .append("}, year = {").append(1900 + entry).append("}}\n");
            }
            String file = bibtex.toString();
            imports.add(() -> importSlowly(file));
        }
        Set<String> created = new HashSet<>();
        long start = System.nanoTime();
        for (Api.Reply reply : allAtOnce(imports)) {
            assertEquals(200, reply.status(), reply::toString);
            assertEquals(0, reply.json().getJsonArray("duplicates").size(), reply::toString);
            reply.json().getJsonArray("created").forEach(id -> created.add(text(id)));
        }
        assertEquals(CLIENTS * entries, created.size(), "every entry of every file created once");
        System.out.println("ConcurrencyIT: " + CLIENTS + " imports of " + entries + " entries side by side took "
                + (System.nanoTime() - start) / 1_000_000 + " ms");
        JsonObject found = Api.anonymous().get("/api/sources?size=5000&q=" + batch).json();
        assertEquals(CLIENTS * entries, found.getInt("total"), "and every one is in the catalogue");
    }

    /** Like Api, but waits minutes rather than one: on a busy machine eight imports side by side take a while. */
    private static Api.Reply importSlowly(String bibtex) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Api.base() + "/api/import"))
                .timeout(Duration.ofMinutes(10))
                .header("Content-Type", "application/x-bibtex")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("librarian:" + Api.passwordOf("librarian")).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(bibtex, StandardCharsets.UTF_8)).build();
        return new Api.Reply(SLOW.send(request, HttpResponse.BodyHandlers.ofByteArray()));
    }

    private static String text(JsonValue id) {
        return id.getValueType() == JsonValue.ValueType.STRING ? ((jakarta.json.JsonString) id).getString() : id.toString();
    }

    /** Runs the calls on their own threads, released together, and returns their replies in order. */
    static List<Api.Reply> allAtOnce(List<Callable<Api.Reply>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch ready = new CountDownLatch(calls.size());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Api.Reply>> futures = new ArrayList<>();
            for (Callable<Api.Reply> call : calls) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.call();
                }));
            }
            ready.await();
            go.countDown();
            List<Api.Reply> replies = new ArrayList<>();
            for (Future<Api.Reply> future : futures) {
                replies.add(future.get());
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }
}
