package org.ariadne.exchange.rest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.ariadne.it.Api;
import org.ariadne.it.Deployments;
import org.ariadne.it.OwnServer;
import org.ariadne.it.TestUsers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The BagIt round trip: the archive of the test server (the demo archive plus {@code archive.generated} generated
 * sources, 300 by default; {@code src/bench/bagit.sh} runs 10,000) is exported, restored into a fresh, empty server
 * of its own (port offset {@code archive.port.offset}, its own data directory, no demo catalogue), and every
 * answer of the API about sources, their texts, footnotes and history, contributors, claims, traces and users is
 * the same there, byte for byte. Restoring into a server that has an archive is refused and changes nothing.
 * On PostgreSQL the bag is restored twice: into a fresh server on a new database of its own in the same PostgreSQL
 * (the test's database user needs the CREATEDB right, which {@code .ci/run}'s has), so that the restore's PostgreSQL
 * path (its rows, the sequences it moves on, the accounts it keeps) runs as a whole (every source in the listings,
 * the answers about each tenth source); and into a fresh server on the embedded database, so that the bag crosses
 * databases: what PostgreSQL's columns hold (time stamps with a time zone, for one) must come back the same from H2.
 */
@ExtendWith(ArquillianExtension.class)
class ArchiveIT {

    private static final int GENERATED = Integer.getInteger("archive.generated", 300);
    private static final int OFFSET = Integer.getInteger("archive.port.offset", 850);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /**
     * Requests in flight at once while the answers about each source are fetched. One at a time left a core of the
     * two idle (the client and the server took turns), and the test server holds thousands of sources after the
     * other ITs: fetching their answers was most of this test's time.
     */
    private static final int IN_FLIGHT = 4;

    /** A fresh server's environment for the embedded database: its own H2, with the demo's users and no catalogue. */
    private static final Map<String, String> EMBEDDED = Map.of("ARIADNE_DEMO_CATALOGUE", "false");

    private OwnServer fresh;
    /** The fresh server's PostgreSQL database, dropped after the test; null on the embedded database. */
    private String freshDatabase;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ariadne();
    }

    @BeforeEach
    void users() {
        TestUsers.ensure();
    }

    @Test
    void anExportedArchiveRestoresIntoAnEmptyInstanceWithEveryAnswerTheSame() throws Exception {
        generateSources();
        long start = System.nanoTime();
        HttpResponse<byte[]> bag = HTTP.send(request(Api.base(), "/api/archive", "admin").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, bag.statusCode(), () -> new String(bag.body(), StandardCharsets.UTF_8));
        double exportSeconds = (System.nanoTime() - start) / 1e9;
        Files.write(Path.of("target", "archive-it.zip"), bag.body());
        Map<String, String> before = answers(Api.base());

        StringBuilder restores = new StringBuilder();
        for (boolean onPostgresql : Api.onPostgresql() ? List.of(true, false) : List.of(false)) {
            double seconds = restoreIntoAFreshServer(bag.body(), before, onPostgresql);
            restores.append(String.format(Locale.ROOT, " restore%s=%.1fs", onPostgresql ? "-postgresql" : "",
                    seconds));
        }

        String report = String.format(Locale.ROOT, "sources=%d answers compared=%d bag=%d bytes export=%.1fs%s%n",
                total(Api.base()), before.size(), bag.body().length, exportSeconds, restores);
        System.out.print("ArchiveIT: " + report);
        Files.writeString(Path.of("target", "archive-report.txt"), report);
    }

    /**
     * Restores the bag into a fresh server of its own, checks that it gives the answers of {@code before} (all of
     * them on the embedded database) and that it refuses a second restore with no change, and stops it; returns the
     * restore's seconds.
     */
    private double restoreIntoAFreshServer(byte[] bag, Map<String, String> before, boolean onPostgresql)
            throws Exception {
        fresh = OwnServer.prepare(OFFSET, "archive", onPostgresql ? newPostgresqlDatabase() : EMBEDDED);
        fresh.start();
        long start = System.nanoTime();
        HttpResponse<String> restored = HTTP.send(request(fresh.base(), "/api/archive", "admin")
                .header("Content-Type", "application/zip").POST(HttpRequest.BodyPublishers.ofByteArray(bag)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, restored.statusCode(), restored::body);
        double seconds = (System.nanoTime() - start) / 1e9;

        // into PostgreSQL, the answers about every tenth source only: the PostgreSQL run compares every answer
        // already on the way into H2, and fetching them all twice took it a minute and a half in CI
        Map<String, String> after = answers(fresh.base(), onPostgresql ? 10 : 1);
        if (!onPostgresql) {
            assertEquals(before.keySet(), after.keySet());
        }
        assertTrue(before.keySet().containsAll(after.keySet()), "no answer the test server did not give");
        for (Map.Entry<String, String> answer : after.entrySet()) {
            assertEquals(before.get(answer.getKey()), answer.getValue(), "GET " + answer.getKey());
        }

        HttpResponse<String> again = HTTP.send(request(fresh.base(), "/api/archive", "admin")
                .header("Content-Type", "application/zip").POST(HttpRequest.BodyPublishers.ofByteArray(bag)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(409, again.statusCode(), "a second restore into a server that has an archive is refused");
        // every source (in full), every claim and every user is in these lists, so they show any change a refused
        // restore would have made; the per-source answers are not fetched a third time (a minute per run in CI)
        Map<String, String> listedAgain = listings(fresh.base(), new ArrayList<>(), new ArrayList<>());
        for (Map.Entry<String, String> answer : listedAgain.entrySet()) {
            assertEquals(after.get(answer.getKey()), answer.getValue(), "and changes nothing: GET " + answer.getKey());
        }
        stop();
        return seconds;
    }

    @Test
    void aBagIsRefusedByAnInstanceThatHoldsAnArchiveAndByAnonymousCallers() throws Exception {
        HttpResponse<byte[]> bag = HTTP.send(request(Api.base(), "/api/archive", "admin").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, bag.statusCode());
        HttpResponse<String> refused = HTTP.send(request(Api.base(), "/api/archive", "admin")
                .header("Content-Type", "application/zip").POST(HttpRequest.BodyPublishers.ofByteArray(bag.body())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(409, refused.statusCode(), refused::body);
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(401, HTTP.send(request(Api.base(), "/api/archive", null).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
        assertEquals(403, HTTP.send(request(Api.base(), "/api/archive", "librarian").GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
    }

    @AfterEach
    void stop() throws InterruptedException, SQLException {
        if (fresh != null) {
            fresh.stop();
            fresh = null;
        }
        if (freshDatabase != null) {
            try (Connection db = Api.postgresql(); Statement statement = db.createStatement()) {
                statement.execute("DROP DATABASE " + freshDatabase);
            }
            freshDatabase = null;
        }
    }

    /**
     * A fresh server's environment for a new, empty PostgreSQL database beside the test server's, reached with the
     * same user, whose first administrator gets the test server's administrator password.
     */
    private Map<String, String> newPostgresqlDatabase() throws SQLException {
        freshDatabase = "ariadne_restore_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection db = Api.postgresql(); Statement statement = db.createStatement()) {
            statement.execute("CREATE DATABASE " + freshDatabase);
        }
        URI url = URI.create(System.getenv("ARIADNE_DB_URL").substring("jdbc:".length()));
        String freshUrl = "jdbc:" + url.getScheme() + "://" + url.getRawAuthority() + "/" + freshDatabase
                + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
        return Map.of("ARIADNE_DB", "postgresql", "ARIADNE_DB_URL", freshUrl,
                "ARIADNE_DB_USER", System.getenv("ARIADNE_DB_USER"),
                "ARIADNE_DB_PASSWORD", System.getenv("ARIADNE_DB_PASSWORD"),
                "ARIADNE_ADMIN_PASSWORD", System.getenv("ARIADNE_ADMIN_PASSWORD"));
    }

    /** Imports the generated sources a thousand at a time, as a client would (one request stays well within its timeout). */
    private static void generateSources() {
        String batch = UUID.randomUUID().toString().substring(0, 8);
        for (int from = 0; from < GENERATED; from += 1000) {
            StringBuilder json = new StringBuilder("[");
            for (int i = from; i < Math.min(GENERATED, from + 1000); i++) {
                json.append(i == from ? "" : ",").append("{\"type\":\"article-journal\",\"title\":\"Generated ")
                        .append(batch).append(" work ").append(i).append("\",\"author\":[{\"family\":\"Author")
                        .append(i % 97).append("\",\"given\":\"G.\"}],\"container-title\":\"Journal ").append(i % 13)
                        .append("\",\"issued\":{\"date-parts\":[[").append(1950 + i % 70).append("]]},\"page\":\"")
                        .append(i % 300 + 1).append("\"}");
            }
            Api.Reply imported = Api.as("librarian").post("/api/import?onDuplicate=create",
                    "application/vnd.citationstyles.csl+json", json.append(']').toString());
            assertEquals(200, imported.status(), imported::toString);
        }
    }

    /** Every answer worth comparing, by path: status, ETag and body. */
    private Map<String, String> answers(String base) throws Exception {
        return answers(base, 1);
    }

    /**
     * The same, with the answers about each source (itself, its text, footnotes and history) fetched for every
     * {@code everyNth} source of the catalogue's order only; every source is still in the listings, in full.
     */
    private Map<String, String> answers(String base, int everyNth) throws Exception {
        List<String> sources = new ArrayList<>();
        // a claim is in the list of all claims and in its status's: its answers are fetched once
        Set<String> claims = new LinkedHashSet<>();
        Map<String, String> answers = listings(base, sources, claims);
        ExecutorService clients = Executors.newFixedThreadPool(IN_FLIGHT);
        try {
            List<Future<Map<String, String>>> perSource = new ArrayList<>();
            for (int i = 0; i < sources.size(); i += everyNth) {
                String id = sources.get(i);
                perSource.add(clients.submit(() -> answersAboutSource(base, id)));
            }
            for (Future<Map<String, String>> about : perSource) {
                answers.putAll(about.get());
            }
        } finally {
            clients.shutdownNow();
        }
        for (String id : claims) {
            record(base, "/api/claims/" + id, answers);
            record(base, "/api/claims/" + id + "/trace", answers);
        }
        return answers;
    }

    /** The answers about one source, by path: itself, its text and footnotes if it has a text, its history. */
    private Map<String, String> answersAboutSource(String base, String id) throws Exception {
        Map<String, String> answers = new LinkedHashMap<>();
        JsonObject source = json(record(base, "/api/sources/" + id, answers));
        JsonObject custom = source.getJsonObject("custom");
        if (custom != null && custom.containsKey("text")
                && custom.get("text").getValueType() != JsonValue.ValueType.NULL) {
            record(base, "/api/sources/" + id + "/text", answers);
            record(base, "/api/sources/" + id + "/footnotes", answers);
        }
        record(base, "/api/sources/" + id + "/history", answers);
        return answers;
    }

    /**
     * The catalogue's pages (every source in full), the claims' lists, the contributors and the users, by path;
     * the ids of the sources and claims listed go to {@code sources} and {@code claims}.
     */
    private Map<String, String> listings(String base, Collection<String> sources, Collection<String> claims)
            throws Exception {
        Map<String, String> answers = new LinkedHashMap<>();
        for (int page = 0; ; page++) {
            String path = "/api/sources?size=5000&sort=id&page=" + page;
            JsonObject list = json(record(base, path, answers));
            list.getJsonArray("items").forEach(item -> sources.add(item.asJsonObject().getString("id")));
            if (sources.size() >= list.getInt("total") || list.getJsonArray("items").isEmpty()) {
                break;
            }
        }
        for (String status : List.of("", "?status=unsupported", "?status=disputed")) {
            JsonObject list = json(record(base, "/api/claims" + status + (status.isEmpty() ? "?" : "&") + "size=1000", answers));
            list.getJsonArray("items").forEach(claim -> claims.add(claim.asJsonObject().getString("id")));
        }
        record(base, "/api/contributors?q=Author", answers);
        answers.put("/api/users", send(base, "/api/users", "admin"));
        return answers;
    }

    private String record(String base, String path, Map<String, String> answers) throws Exception {
        String answer = send(base, path, null);
        answers.put(path, answer);
        return answer.substring(answer.indexOf('\n') + 1);
    }

    private String send(String base, String path, String user) throws Exception {
        HttpResponse<String> reply = HTTP.send(request(base, path, user).GET().build(), HttpResponse.BodyHandlers.ofString());
        return reply.statusCode() + " " + reply.headers().firstValue("ETag").orElse("") + " "
                + reply.headers().firstValue("Repr-Digest").orElse("") + "\n" + reply.body();
    }

    private int total(String base) throws Exception {
        String answer = send(base, "/api/sources?size=1", null);
        return json(answer.substring(answer.indexOf('\n') + 1)).getInt("total");
    }

    private HttpRequest.Builder request(String base, String path, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(10));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + password(base, user)).getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }

    /**
     * A user's password at a server: at the test server, as in every IT (which differs on PostgreSQL); at the fresh
     * server, the password it started with, which a restore keeps (the bag has no passwords): on PostgreSQL the
     * administrator's, as at the test server, and on the embedded database the demo user's own.
     */
    private String password(String base, String user) {
        return base.equals(Api.base()) || freshDatabase != null ? Api.passwordOf(user) : user;
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
