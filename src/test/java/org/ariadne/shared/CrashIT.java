package org.ariadne.shared;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.ariadne.it.OwnServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Crash safety: a server of its own (embedded database, like {@code RestartIT}) is killed with SIGKILL while it
 * imports a large BibTeX file, while it archives a large text over an older one, and (a second, empty server) while
 * it restores a BagIt bag, each at several points, and is started again on the same data directory each time.
 * After each restart: the import is there whole or not at all; the source has its old text or the new one, complete
 * and matching its SHA-256; no unfinished file is left and no file nobody refers to stays among the texts; the
 * restore is complete or the instance is still empty and restorable; and what was acknowledged before the kill is
 * there. Kill points are chosen from evidence that the work is under way (files appearing in the data directory)
 * or as fractions of the time the same work took when it was not interrupted, so they hold on a slow machine too.
 * The kill points and outcomes go to {@code target/crash-report.txt}. Import size: {@code crash.import.entries}.
 */
class CrashIT {

    private static final int OFFSET = Integer.getInteger("crash.port.offset", 850);
    private static final int ENTRIES = Integer.getInteger("crash.import.entries", 2000);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private OwnServer server;
    private final List<String> report = new ArrayList<>();

    @Test
    void killedDuringImportsTextUploadsAndRestoresTheArchiveKeepsAllOrNothing() throws Exception {
        server = OwnServer.prepare(OFFSET, "crash");
        server.start();
        String kept = location(send("POST", "/api/sources", "application/json",
                "{\"type\":\"book\",\"title\":\"Acknowledged before any crash\"}".getBytes(StandardCharsets.UTF_8), 201));
        byte[] keptText = "Archived and acknowledged before the kills.1\n\n1. Somebody, A Book (Seoul: Press, 2001), 5.\n"
                .getBytes(StandardCharsets.UTF_8);
        send("PUT", kept + "/text", "text/plain; charset=utf-8", keptText, 200);

        Uninterrupted took = killRightAfterAnImportAndATextUploadAreAcknowledged();
        killDuringImport("a quarter of an uninterrupted import's time", took.importMs() / 4, true);
        killDuringImport("three quarters of an uninterrupted import's time", took.importMs() * 3 / 4, false);

        killDuringTextUpload("as soon as the new text's file (or its temporary file) appears", 0, -1);
        killDuringTextUpload("half of an uninterrupted upload's time", -1, took.uploadMs() / 2);
        assertArrayEquals(keptText, bytes(kept + "/text"), "what was acknowledged before the kills survives them");

        byte[] bag = bytesAs("admin", "/api/archive");
        Map<String, String> before = answers();
        server.stop();
        killDuringRestores(bag, before);

        Files.write(Path.of("target", "crash-report.txt"), report);
        report.forEach(line -> System.out.println("CrashIT: " + line));
    }

    /** How long the import and the text upload took when nothing interrupted them. */
    private record Uninterrupted(long importMs, long uploadMs) {
    }

    /**
     * An import and a text upload over an older text, the server killed the moment the second answer arrives: both
     * must be there after the restart, since acknowledged is durable. (One kill for both: every restart costs
     * the suite a server start.)
     */
    private Uninterrupted killRightAfterAnImportAndATextUploadAreAcknowledged() throws Exception {
        String batch = UUID.randomUUID().toString();
        long start = System.nanoTime();
        send("POST", "/api/import?onDuplicate=create", "application/x-bibtex", bibtex(batch), 200);
        long importMs = (System.nanoTime() - start) / 1_000_000;
        String source = sourceWithAnOldText();
        byte[] text = largeTextWithNotes();
        start = System.nanoTime();
        send("PUT", source + "/text", "text/plain; charset=utf-8", text, 200);
        long uploadMs = (System.nanoTime() - start) / 1_000_000;
        server.kill();
        server.start();
        assertEquals(ENTRIES, total("Crash import " + batch), "an acknowledged import survives a kill");
        assertEquals(sha256(text), textOf(source), "an acknowledged text survives a kill right after it");
        assertArrayEquals(text, bytes(source + "/text"));
        assertNoUnfinishedOrUnreferencedFile();
        report.add(String.format(Locale.ROOT, "import of %d entries (took %d ms), then a text upload of %d bytes "
                + "over an older text (took %d ms), killed right after the upload's 200: all %d entries and the new "
                + "text, complete, there after restart", ENTRIES, importMs, text.length, uploadMs, ENTRIES));
        return new Uninterrupted(importMs, uploadMs);
    }

    private void killDuringImport(String point, long delayMs, boolean withLeftovers) throws Exception {
        String batch = UUID.randomUUID().toString();
        List<Path> leftovers = withLeftovers ? leaveLeftoversOfAKilledWrite() : List.of();
        CompletableFuture<HttpResponse<String>> reply = HTTP.sendAsync(request("librarian", "POST",
                "/api/import?onDuplicate=create", "application/x-bibtex", bibtex(batch)), HttpResponse.BodyHandlers.ofString());
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
        String reconciled = "";
        if (withLeftovers) {
            assertFalse(Files.exists(leftovers.get(0)), "an unfinished write is cleared at start");
            assertFalse(Files.exists(leftovers.get(1)), "a file no source refers to is set aside at start");
            assertTrue(Files.exists(server.dataDir().resolve("orphans").resolve(leftovers.get(1).getFileName())),
                    "set aside, not deleted");
            reconciled = "; start-up reconciliation deleted 1 planted temporary file and set aside 1 unreferenced file";
        }
        assertNoUnfinishedOrUnreferencedFile();
        report.add("import of " + ENTRIES + " entries killed " + delayMs + " ms after sending (" + point + ", "
                + (answered ? "already answered" : "still working") + "): " + (found == 0 ? "none" : "all")
                + " there after restart" + reconciled);
    }

    /** What a kill inside FileTextStore.store leaves: a temporary file, and a complete file nothing refers to. */
    private List<Path> leaveLeftoversOfAKilledWrite() throws IOException {
        byte[] orphan = ("complete, but its transaction never committed " + UUID.randomUUID())
                .getBytes(StandardCharsets.UTF_8);
        String digest = sha256(orphan);
        Path shard = Files.createDirectories(server.dataDir().resolve("texts").resolve(digest.substring(0, 2)));
        Files.write(shard.resolve(digest), orphan);
        Files.writeString(shard.resolve(".incoming-4242.tmp"), "half of a te");
        return List.of(shard.resolve(".incoming-4242.tmp"), shard.resolve(digest));
    }

    /**
     * Kills a text upload over an older text, {@code delayMs} after sending, or ({@code delayMs < 0} not given) once
     * the new text's file or its temporary file is seen plus {@code afterFileMs}.
     */
    private void killDuringTextUpload(String point, long afterFileMs, long delayMs) throws Exception {
        String source = sourceWithAnOldText();
        byte[] old = bytes(source + "/text");
        byte[] text = largeTextWithNotes();
        String digest = sha256(text);
        Path shard = server.dataDir().resolve("texts").resolve(digest.substring(0, 2));
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<String>> reply = HTTP.sendAsync(request("librarian", "PUT", source + "/text",
                "text/plain; charset=utf-8", text), HttpResponse.BodyHandlers.ofString());
        if (delayMs >= 0) {
            Thread.sleep(delayMs);
        } else {
            waitFor(() -> reply.isDone() || fileOf(shard, digest) != null);
            Thread.sleep(afterFileMs);
        }
        boolean answered = reply.isDone() && !reply.isCompletedExceptionally();
        long at = (System.nanoTime() - start) / 1_000_000;
        server.kill();
        server.start();
        String now = textOf(source);
        byte[] archived = bytes(source + "/text");
        assertEquals(now, sha256(archived), "the archived text matches the SHA-256 the database records");
        assertTrue(now.equals(digest) || now.equals(sha256(old)), "the old text or the new one, nothing else");
        if (answered) {
            assertEquals(200, reply.get().statusCode());
            assertEquals(digest, now, "an acknowledged text survives the kill");
        }
        assertNoUnfinishedOrUnreferencedFile();
        report.add("text upload of " + text.length + " bytes over an older text killed " + at + " ms after sending ("
                + point + ", " + (answered ? "already answered" : "still working") + "): "
                + (now.equals(digest) ? "the new text" : "the old text") + ", complete, after restart; no unfinished "
                + "or unreferenced file left");
    }

    private String sourceWithAnOldText() {
        String source = location(send("POST", "/api/sources", "application/json",
                ("{\"type\":\"report\",\"title\":\"Crash text " + UUID.randomUUID() + "\"}").getBytes(StandardCharsets.UTF_8), 201));
        send("PUT", source + "/text", "text/plain; charset=utf-8",
                ("The older text of " + source + ", archived before the kill.").getBytes(StandardCharsets.UTF_8), 200);
        return source;
    }

    /**
     * Restores the bag into a fresh, empty server, killed while the bag is staged, while its texts are stored, and a
     * while later; after each restart the instance is empty and restorable, or (if the kill came after the commit)
     * complete. Finally a restore runs uninterrupted and every answer compared is the same as before the export.
     */
    private void killDuringRestores(byte[] bag, Map<String, String> before) throws Exception {
        server = OwnServer.prepare(OFFSET, "crash-restore", Map.of("ARIADNE_DEMO_CATALOGUE", "false"));
        server.start();
        Path incoming = server.dataDir().resolve("incoming");
        Path texts = server.dataDir().resolve("texts");
        List<String> points = List.of("as soon as the bag is being staged under incoming/",
                "as soon as its first text is stored under texts/", "1.5 s after its first text is stored");
        boolean restored = false;
        for (int point = 0; point < points.size() && !restored; point++) {
            long start = System.nanoTime();
            CompletableFuture<HttpResponse<String>> reply = HTTP.sendAsync(request("admin", "POST", "/api/archive",
                    "application/zip", bag), HttpResponse.BodyHandlers.ofString());
            int which = point;
            waitFor(() -> reply.isDone() || (which == 0 ? hasEntries(incoming) : hasFiles(texts)));
            if (point == 2) {
                Thread.sleep(1500);
            }
            boolean answered = reply.isDone() && !reply.isCompletedExceptionally();
            long at = (System.nanoTime() - start) / 1_000_000;
            server.kill();
            server.start();
            assertFalse(hasEntries(incoming), "the staged upload is cleared at start");
            int sources = json(send("GET", "/api/sources?size=1", null, null, 200).body()).getInt("total");
            if (sources == 0) {
                assertFalse(answered && reply.get().statusCode() == 200, "an acknowledged restore survives the kill");
                assertFalse(hasFiles(texts), "texts of a restore that never committed are set aside at start");
            } else {
                assertEquals(before, answers(), "a restore is complete or not there at all");
                restored = true;
            }
            assertNoUnfinishedOrUnreferencedFile();
            report.add("restore of a " + bag.length + "-byte bag into an empty instance killed " + at + " ms after "
                    + "sending (" + points.get(point) + ", " + (answered ? "already answered" : "still working") + "): "
                    + (restored ? "complete" : "the instance still empty, nothing half-restored") + " after restart");
        }
        if (!restored) {
            long start = System.nanoTime();
            HttpResponse<String> reply = HTTP.send(request("admin", "POST", "/api/archive", "application/zip", bag),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, reply.statusCode(), reply::body);
            long took = (System.nanoTime() - start) / 1_000_000;
            server.kill();
            server.start();
            assertEquals(before, answers(), "restored again after the kills, complete, and durable");
            assertNoUnfinishedOrUnreferencedFile();
            report.add("the same restore, uninterrupted (took " + took + " ms), killed right after its 200: complete "
                    + "after restart, " + before.size() + " answers identical to the exporting server's");
        }
    }

    /** Every page of the catalogue, the claims and the archived texts with their digests, by path. */
    private Map<String, String> answers() throws Exception {
        Map<String, String> answers = new LinkedHashMap<>();
        List<String> withText = new ArrayList<>();
        for (int page = 0; ; page++) {
            String path = "/api/sources?size=1000&sort=id&page=" + page;
            String body = send("GET", path, null, null, 200).body();
            answers.put(path, body);
            var items = json(body).getJsonArray("items");
            items.forEach(item -> {
                JsonObject custom = item.asJsonObject().getJsonObject("custom");
                if (custom != null && custom.containsKey("text")) {
                    withText.add("/api/sources/" + item.asJsonObject().getString("id"));
                }
            });
            if (items.isEmpty()) {
                break;
            }
        }
        answers.put("/api/claims?size=100", send("GET", "/api/claims?size=100", null, null, 200).body());
        for (String source : withText) {
            answers.put(source + "/text", sha256(bytes(source + "/text")));
        }
        return answers;
    }

    /** No temporary file of an unfinished write, and every file under {@code texts/} complete under its digest. */
    private void assertNoUnfinishedOrUnreferencedFile() throws Exception {
        Path texts = server.dataDir().resolve("texts");
        if (!Files.exists(texts)) {
            return;
        }
        try (Stream<Path> files = Files.walk(texts)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                assertFalse(name.startsWith(".incoming-"), "left over after restart: " + file);
                assertEquals(name, sha256(Files.readAllBytes(file)), "a file under a digest holds exactly those bytes");
            }
        }
    }

    private byte[] bibtex(String batch) {
        StringBuilder file = new StringBuilder();
        for (int i = 0; i < ENTRIES; i++) {
            file.append("@article{e").append(i).append(", title = {Crash import ").append(batch).append(" entry ")
                    .append(i).append("}, author = {Author").append(i).append(", Given}, journal = {Journal ")
                    .append(i % 50).append("}, year = {").append(1900 + i % 120).append("}}\n");
        }
        return file.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** About 6 MB of plain text with 2,000 notes, different each time, so that archiving it takes a while. */
    private static byte[] largeTextWithNotes() {
        StringBuilder body = new StringBuilder("Report " + UUID.randomUUID() + "\n\n");
        StringBuilder notes = new StringBuilder("\n\nNotes\n");
        String filler = "A paragraph of the report, long enough to make the archived text large. ".repeat(40);
        for (int n = 1; n <= 2000; n++) {
            body.append(filler).append("Claim ").append(n).append('.').append(n).append("\n\n");
            notes.append(n).append(". Writer").append(n).append(", Book number ").append(n).append(" (Seoul: Press, ")
                    .append(1950 + n % 70).append("), ").append(n % 300 + 1).append(".\n");
        }
        return (body.toString() + notes).getBytes(StandardCharsets.UTF_8);
    }

    /** Polls every millisecond until the condition holds (at most 10 minutes). */
    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long start = System.nanoTime();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - start > Duration.ofMinutes(10).toNanos()) {
                throw new AssertionError("The work never showed in the data directory");
            }
            Thread.sleep(1);
        }
    }

    private static Path fileOf(Path shard, String digest) {
        if (!Files.isDirectory(shard)) {
            return null;
        }
        try (Stream<Path> files = Files.list(shard)) {
            return files.filter(f -> f.getFileName().toString().equals(digest)
                    || f.getFileName().toString().startsWith(".incoming-")).findFirst().orElse(null);
        } catch (IOException vanished) {
            return null;
        }
    }

    /** Whether the directory has any entry (a staged upload is a directory of its own). */
    private static boolean hasEntries(Path directory) {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isPresent();
        } catch (IOException vanished) {
            return true;
        }
    }

    /** Whether there is a file anywhere under the directory (empty shard directories do not count). */
    private static boolean hasFiles(Path directory) {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.anyMatch(Files::isRegularFile);
        } catch (IOException | UncheckedIOException vanished) {
            return true;
        }
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            server.stop();
        }
    }

    private String textOf(String source) {
        JsonObject custom = json(send("GET", source, null, null, 200).body()).getJsonObject("custom");
        return custom.getJsonObject("text").getString("sha256");
    }

    private int total(String query) {
        String q = URLEncoder.encode(query, StandardCharsets.UTF_8);
        return json(send("GET", "/api/sources?size=1&q=" + q, null, null, 200).body()).getInt("total");
    }

    private static String location(HttpResponse<String> created) {
        String location = created.headers().firstValue("Location").orElseThrow();
        return location.substring(location.indexOf("/api/"));
    }

    private byte[] bytes(String path) throws Exception {
        return bytesAs(null, path);
    }

    private byte[] bytesAs(String user, String path) throws Exception {
        HttpResponse<byte[]> reply = HTTP.send(request(user, "GET", path, null, null), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, reply.statusCode(), path);
        return reply.body();
    }

    /** A request as {@code user} (null: anonymous); the own server is embedded, so demo passwords are the names. */
    private HttpRequest request(String user, String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.base() + path))
                .timeout(Duration.ofMinutes(10));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    /** Sends as the librarian and checks the status. */
    private HttpResponse<String> send(String method, String path, String contentType, byte[] body, int expected) {
        try {
            HttpResponse<String> reply = HTTP.send(request("librarian", method, path, contentType, body),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(expected, reply.statusCode(), () -> method + " " + path + ": " + reply.body());
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

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
