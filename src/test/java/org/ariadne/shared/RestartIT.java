package org.ariadne.shared;

import org.ariadne.it.Api;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Starting twice on the same data directory loses nothing: a server of its own (own base directory, port offset
 * and data directory) is started, given a source and a text, stopped, started again, and asked for both.
 * Runs on the embedded default, the case where the data directory is the whole state.
 */
class RestartIT {

    private static final int OFFSET = Integer.getInteger("restart.port.offset", 200);
    private static final String BASE = "http://127.0.0.1:" + (8080 + OFFSET);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Process server;

    @Test
    void aRestartOnTheSameDataDirectoryLosesNothing() throws Exception {
        Path target = Path.of("target").toAbsolutePath();
        Path dataDir = Files.createTempDirectory(target, "restart-data-");
        Path baseDir = copyServerBase(target);

        server = start(baseDir, dataDir);
        int demoSources = total();
        String title = "Survives a restart " + UUID.randomUUID();
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(BASE + "/api/sources"))
                .header("Content-Type", "application/json").header("Authorization", librarian())
                .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"book\",\"title\":\"" + title + "\"}")).build());
        assertEquals(201, created.statusCode(), created::body);
        String location = created.headers().firstValue("Location").orElseThrow();
        byte[] text = "A text\u00a0with bytes that must come back exactly.\n".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> archived = send(HttpRequest.newBuilder(URI.create(BASE + location + "/text"))
                .header("Content-Type", "text/plain; charset=utf-8").header("Authorization", librarian())
                .PUT(HttpRequest.BodyPublishers.ofByteArray(text)).build());
        assertEquals(200, archived.statusCode(), archived::body);
        stop();

        server = start(baseDir, dataDir);
        assertEquals(demoSources + 1, total(), "no source lost, none duplicated (the demo data loads only once)");
        HttpResponse<String> source = send(HttpRequest.newBuilder(URI.create(BASE + location)).build());
        assertEquals(200, source.statusCode());
        assertTrue(source.body().contains(title));
        HttpResponse<byte[]> again = HTTP.send(HttpRequest.newBuilder(URI.create(BASE + location + "/text")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertArrayEquals(text, again.body());
        HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(BASE + "/api/sources"))
                .header("Content-Type", "application/json").header("Authorization", librarian())
                .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"book\",\"title\":\"after restart\"}")).build());
        assertEquals(201, login.statusCode(), "the demo users are still there, with the same passwords");
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            // standalone.sh runs the JVM as its child: stop the JVM itself, or it outlives the script
            List<ProcessHandle> tree = new ArrayList<>(server.descendants().toList());
            tree.add(server.toHandle());
            tree.forEach(ProcessHandle::destroy);
            for (ProcessHandle process : tree) {
                try {
                    process.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    process.destroyForcibly();
                }
            }
            server = null;
        }
    }

    private static Path copyServerBase(Path target) throws IOException {
        Path jbossHome = Path.of(System.getProperty("jboss.home"));
        Path base = Files.createTempDirectory(target, "restart-base-");
        Path configuration = base.resolve("configuration");
        Files.createDirectories(configuration);
        try (Stream<Path> files = Files.list(jbossHome.resolve("standalone/configuration"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, configuration.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path deployments = Files.createDirectories(base.resolve("deployments"));
        Files.copy(target.resolve("ariadne.war"), deployments.resolve("ariadne.war"));
        return base;
    }

    private static Process start(Path baseDir, Path dataDir) throws Exception {
        if (answers()) {
            throw new IllegalStateException("Something already answers on " + BASE + ": a server left running?");
        }
        Path jbossHome = Path.of(System.getProperty("jboss.home"));
        List<String> command = new ArrayList<>(List.of(jbossHome.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + baseDir,
                "-Djboss.socket.binding.port-offset=" + OFFSET,
                "-Djboss.bind.address=127.0.0.1", "-Djboss.bind.address.management=127.0.0.1"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(baseDir.resolve("console.log").toFile()));
        builder.environment().put("ARIADNE_DATA_DIR", dataDir.toString());
        builder.environment().put("ARIADNE_DB", "h2");
        builder.environment().put("JAVA_OPTS", "-Xms128m -Xmx768m");
        Process process = builder.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server stopped while starting; see " + baseDir.resolve("console.log"));
            }
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(BASE + "/api/sources?size=1")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return process;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new IllegalStateException("No answer from the server within 180 s");
    }

    private static boolean answers() {
        try {
            HTTP.send(HttpRequest.newBuilder(URI.create(BASE + "/")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return true;
        } catch (IOException | InterruptedException nothingThere) {
            return false;
        }
    }

    private static int total() {
        String body = send(HttpRequest.newBuilder(URI.create(BASE + "/api/sources?size=1")).build()).body();
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(body))) {
            return reader.readObject().getInt("total");
        }
    }

    private static String librarian() {
        return "Basic " + Base64.getEncoder().encodeToString(("librarian:" + Api.passwordOf("librarian"))
                .getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
