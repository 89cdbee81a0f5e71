package org.ariadne.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.ariadne.catalog.domain.CslJson;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Footnotes end to end (issue #3): a running server is given a catalogue of generated works through the API, then
 * texts of 2,000 notes each are archived with {@code PUT /api/sources/{id}/text}; the time of each archive (extraction,
 * resolution, matching against the catalogue in the database, storing the footnotes) gives notes a second.
 * Usage: ArchiveBenchmark baseUrl [catalogue size] [notes per text] [texts] (defaults 10000 2000 3).
 */
public final class ArchiveBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String LIBRARIAN = "Basic " + Base64.getEncoder()
            .encodeToString("librarian:librarian".getBytes(StandardCharsets.UTF_8));

    private ArchiveBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int catalogueSize = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int notes = args.length > 2 ? Integer.parseInt(args[2]) : 2_000;
        int texts = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        FootnoteBenchmark generator = new FootnoteBenchmark(7);

        List<Map<String, Object>> works = new ArrayList<>(catalogueSize);
        for (int i = 0; i < catalogueSize; i++) {
            works.add(generator.work(i));
        }
        long start = System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<Integer>> created = new ArrayList<>();
        for (Map<String, Object> work : works) {
            created.add(clients.submit(() -> send(HttpRequest.newBuilder(URI.create(base + "/api/sources"))
                    .header("Content-Type", "application/json").header("Authorization", LIBRARIAN)
                    .POST(HttpRequest.BodyPublishers.ofString(CslJson.write(work)))).statusCode()));
        }
        for (Future<Integer> status : created) {
            if (status.get() != 201) {
                throw new IllegalStateException("a work was not catalogued: HTTP " + status.get());
            }
        }
        clients.shutdown();
        System.out.printf(Locale.ROOT, "catalogued %,d works through the API in %.1f s%n", catalogueSize,
                (System.nanoTime() - start) / 1e9);

        for (int t = 0; t < texts; t++) {
            String text = generator.text(notes, works);
            HttpResponse<String> source = send(HttpRequest.newBuilder(URI.create(base + "/api/sources"))
                    .header("Content-Type", "application/json").header("Authorization", LIBRARIAN)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"article\",\"title\":\"Benchmark text " + t + "\"}")));
            String id = json(source.body()).getString("id");
            double cpuStart = serverCpuSeconds();
            long archiveStart = System.nanoTime();
            HttpResponse<String> archived = send(HttpRequest.newBuilder(URI.create(base + "/api/sources/" + id + "/text"))
                    .header("Content-Type", "text/plain; charset=utf-8").header("Authorization", LIBRARIAN)
                    .PUT(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)));
            double seconds = (System.nanoTime() - archiveStart) / 1e9;
            if (archived.statusCode() != 200) {
                throw new IllegalStateException("archiving failed: " + archived.statusCode() + " " + archived.body());
            }
            int found = json(archived.body()).getInt("footnotes");
            double cpu = serverCpuSeconds() - cpuStart;
            System.out.printf(Locale.ROOT, "text %d: %,d footnotes archived in %.2f s: %,.0f notes/s%s; load %s%n",
                    t + 1, found, seconds, found / seconds,
                    cpu >= 0 ? String.format(Locale.ROOT, " (server CPU %.2f s)", cpu) : "", loadAverage());
        }
    }

    /**
     * CPU time (user + system) the server process has used so far, from /proc on Linux when archive.sh passes the
     * server's pid as {@code bench.server.pid}; negative when unknown. The machine may be shared, so wall time alone
     * says little.
     */
    private static double serverCpuSeconds() {
        String pid = System.getProperty("bench.server.pid", "");
        if (pid.isBlank()) {
            return -1;
        }
        try {
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields after the command name start at field 3 (state): utime is field 14, stime field 15
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return ticks / (double) Long.getLong("bench.clock.ticks", 100);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
