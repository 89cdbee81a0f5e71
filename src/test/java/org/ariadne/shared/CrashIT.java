package org.ariadne.shared;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.ariadne.it.Api;
import org.ariadne.it.OwnServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Crash safety: a server of its own (like RestartIT) is killed with SIGKILL while it imports a large BibTeX file and
 * while it archives a large text, at several points after the request went out, and started again on the same data
 * directory each time. After each restart the import is there whole or not at all, the source has its complete
 * text or none, no unfinished file is left among the archived texts, every file is complete under its digest, and
 * what was acknowledged before the kill is still there. The kill points and outcomes go to
 * {@code target/crash-report.txt}. Size and kill points are parameters ({@code crash.import.entries},
 * {@code crash.kill.after.ms}, comma-separated).
 */
class CrashIT {

    private static final int OFFSET = Integer.getInteger("crash.port.offset", 850);
    private static final int ENTRIES = Integer.getInteger("crash.import.entries", 3000);
    private static final List<Integer> KILL_AFTER_MS = Stream.of(System.getProperty("crash.kill.after.ms",
            "500,2500").split(",")).map(String::strip).map(Integer::valueOf).toList();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private OwnServer server;
    private final List<String> report = new ArrayList<>();

    @Test
    void killedDuringImportsAndTextUploadsTheArchiveKeepsAllOrNothing() throws Exception {
        server = OwnServer.prepare(OFFSET, "crash");
        server.start();
        String kept = location(send("POST", "/api/sources", "application/json",
                "{\"type\":\"book\",\"title\":\"Acknowledged before any crash\"}".getBytes(StandardCharsets.UTF_8), 201));
        byte[] keptText = "Archived and acknowledged before the kills.1\n\n1. Somebody, A Book (Seoul: Press, 2001), 5.\n"
                .getBytes(StandardCharsets.UTF_8);
        send("PUT", kept + "/text", "text/plain; charset=utf-8", keptText, 200);

        leaveLeftoversOfAKilledWrite();
        for (int delay : KILL_AFTER_MS) {
            killDuringImport(delay);
        }
        for (int delay : KILL_AFTER_MS) {
            killDuringTextUpload(delay);
        }

        assertArrayEquals(keptText, bytes(kept + "/text"), "what was acknowledged before the kills survives them");
        send("POST", "/api/sources", "application/json",
                "{\"type\":\"book\",\"title\":\"Written after the last crash\"}".getBytes(StandardCharsets.UTF_8), 201);
        Files.write(Path.of("target", "crash-report.txt"), report);
        report.forEach(line -> System.out.println("CrashIT: " + line));
    }

    /** What a kill inside FileTextStore.store leaves: a temporary file, or a complete file nothing refers to. */
    private void leaveLeftoversOfAKilledWrite() throws Exception {
        Path texts = server.dataDir().resolve("texts");
        byte[] orphan = ("complete, but its transaction never committed " + UUID.randomUUID())
                .getBytes(StandardCharsets.UTF_8);
        String digest = sha256(orphan);
        Path shard = Files.createDirectories(texts.resolve(digest.substring(0, 2)));
        Files.write(shard.resolve(digest), orphan);
        Files.writeString(shard.resolve(".incoming-4242.tmp"), "half of a te");
        server.kill();
        server.start();
        assertFalse(Files.exists(shard.resolve(".incoming-4242.tmp")), "an unfinished write is cleared at start");
        assertFalse(Files.exists(shard.resolve(digest)), "a file no source refers to is set aside at start");
        assertTrue(Files.exists(server.dataDir().resolve("orphans").resolve(digest)), "set aside, not deleted");
        report.add("start-up reconciliation: 1 temporary file deleted, 1 unreferenced file set aside");
    }

    private void killDuringImport(int delayMs) throws Exception {
        String batch = UUID.randomUUID().toString();
        StringBuilder file = new StringBuilder();
        for (int i = 0; i < ENTRIES; i++) {
            file.append("@article{e").append(i).append(", title = {Crash import ").append(batch).append(" entry ")
                    .append(i).append("}, author = {Author").append(i).append(", Given}, journal = {Journal ")
                    .append(i % 50).append("}, year = {").append(1900 + i % 120).append("}}\n");
        }
        CompletableFuture<HttpResponse<String>> reply = HTTP.sendAsync(request("POST", "/api/import",
                "application/x-bibtex", file.toString().getBytes(StandardCharsets.UTF_8)), HttpResponse.BodyHandlers.ofString());
        Thread.sleep(delayMs);
        boolean answered = reply.isDone() && !reply.isCompletedExceptionally();
        server.kill();
        server.start();
        int found = total("Crash import " + batch);
        assertTrue(found == 0 || found == ENTRIES, "an import killed after " + delayMs + " ms left " + found + " of "
                + ENTRIES + " entries: all or none");
        if (answered) {
            assertEquals(200, reply.get().statusCode());
            assertEquals(ENTRIES, found, "an acknowledged import survives the kill");
        }
        report.add("import of " + ENTRIES + " entries killed " + delayMs + " ms after sending"
                + (answered ? " (already answered)" : " (still working)") + ": " + (found == 0 ? "none" : "all")
                + " after restart, 0 entries lost or half-stored");
    }

    private void killDuringTextUpload(int delayMs) throws Exception {
        String source = location(send("POST", "/api/sources", "application/json",
                ("{\"type\":\"report\",\"title\":\"Crash text " + UUID.randomUUID() + "\"}").getBytes(StandardCharsets.UTF_8), 201));
        byte[] text = largeTextWithNotes();
        CompletableFuture<HttpResponse<String>> reply = HTTP.sendAsync(request("PUT", source + "/text",
                "text/plain; charset=utf-8", text), HttpResponse.BodyHandlers.ofString());
        Thread.sleep(delayMs);
        boolean answered = reply.isDone() && !reply.isCompletedExceptionally();
        server.kill();
        server.start();
        JsonObject custom = json(send("GET", source, null, null, 200).body()).getJsonObject("custom");
        boolean archived = custom.containsKey("text") && !custom.isNull("text");
        if (archived) {
            assertArrayEquals(text, bytes(source + "/text"), "a text the database records is complete");
        } else {
            assertEquals(404, send("GET", source + "/text", null, null, -1).statusCode());
            assertFalse(answered && reply.get().statusCode() == 200, "an acknowledged text survives the kill");
        }
        assertEveryArchivedFileIsCompleteAndNoneUnfinished();
        report.add("text upload of " + text.length + " bytes killed " + delayMs + " ms after sending"
                + (answered ? " (already answered)" : " (still working)") + ": " + (archived ? "complete text" : "no text")
                + " after restart, no unfinished file");
    }

    private void assertEveryArchivedFileIsCompleteAndNoneUnfinished() throws Exception {
        try (Stream<Path> files = Files.walk(server.dataDir().resolve("texts"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                assertFalse(name.startsWith(".incoming-"), "left over after restart: " + file);
                assertEquals(name, sha256(Files.readAllBytes(file)), "a file under a digest holds exactly those bytes");
            }
        }
    }

    /** About 6 MB of plain text with 2,000 notes, so that archiving it (notes, matching) takes a while. */
    private static byte[] largeTextWithNotes() {
        StringBuilder body = new StringBuilder();
        StringBuilder notes = new StringBuilder("\n\nNotes\n");
        String filler = "A paragraph of the report, long enough to make the archived text large. ".repeat(40);
        for (int n = 1; n <= 2000; n++) {
            body.append(filler).append("Claim ").append(n).append('.').append(n).append("\n\n");
            notes.append(n).append(". Writer").append(n).append(", Book number ").append(n).append(" (Seoul: Press, ")
                    .append(1950 + n % 70).append("), ").append(n % 300 + 1).append(".\n");
        }
        return (body.toString() + notes).getBytes(StandardCharsets.UTF_8);
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            server.stop();
        }
    }

    private int total(String query) {
        String q = java.net.URLEncoder.encode(query, StandardCharsets.UTF_8);
        return json(send("GET", "/api/sources?size=1&q=" + q, null, null, 200).body()).getInt("total");
    }

    private String location(HttpResponse<String> created) {
        String location = created.headers().firstValue("Location").orElseThrow();
        return location.substring(location.indexOf("/api/"));
    }

    private byte[] bytes(String path) throws Exception {
        HttpResponse<byte[]> reply = HTTP.send(HttpRequest.newBuilder(URI.create(server.base() + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, reply.statusCode());
        return reply.body();
    }

    private HttpRequest request(String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.base() + path))
                .timeout(Duration.ofMinutes(5))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("librarian:" + Api.passwordOf("librarian")).getBytes(StandardCharsets.UTF_8)));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    /** Sends and checks the status ({@code -1}: any). */
    private HttpResponse<String> send(String method, String path, String contentType, byte[] body, int expected) {
        try {
            HttpResponse<String> reply = HTTP.send(request(method, path, contentType, body), HttpResponse.BodyHandlers.ofString());
            if (expected >= 0) {
                assertEquals(expected, reply.statusCode(), () -> method + " " + path + ": " + reply.body());
            }
            return reply;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
