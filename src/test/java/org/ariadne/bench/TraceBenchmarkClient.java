package org.ariadne.bench;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Times {@code GET /api/claims/{id}/trace} on a running server with the data of {@link TraceBenchmarkData}: a
 * warm-up on claims of its own, then a random sample of claims one request at a time, then the same number with two
 * clients at once. Prints p50, p95, p99 and max in ms (time to the whole response body, client side, loopback), and
 * checks every timed trace outside the timed window: status 200, primary sources found, no problems, and every
 * claim citation's chain three footnotes deep (citation, note of A, cite of B, note of B, cite of C, note of C,
 * cite of D). Exits 1 if a check fails.
 * Usage: {@code TraceBenchmarkClient <base url> <claims> [sample] [warm-up] [seed]}.
 */
public final class TraceBenchmarkClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final String base;
    private final AtomicInteger failed = new AtomicInteger();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

    private TraceBenchmarkClient(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int claims = Integer.parseInt(args[1]);
        int sample = args.length > 2 ? Integer.parseInt(args[2]) : 3_000;
        int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 3_000;
        Random random = new Random(args.length > 4 ? Long.parseLong(args[4]) : 44);
        TraceBenchmarkClient client = new TraceBenchmarkClient(base);

        long[] warm = client.run(ids(random, warmUp, claims), 2, false);
        System.out.printf("warm-up: %d traces, %s%n", warmUp, summary(warm));
        long[] sequential = client.run(ids(random, sample, claims), 1, true);
        System.out.printf("%-22s %s%n", "1 client, sequential:", summary(sequential));
        long[] concurrent = client.run(ids(random, sample, claims), 2, true);
        System.out.printf("%-22s %s%n", "2 clients at once:", summary(concurrent));
        System.out.printf("checked %d traces: %d failed%n", 2 * sample, client.failed.get());
        client.failures.stream().limit(5).forEach(f -> System.out.println("  " + f));
        if (client.failed.get() > 0) {
            System.exit(1);
        }
    }

    private static long[] ids(Random random, int n, int claims) {
        long[] ids = new long[n];
        for (int i = 0; i < n; i++) {
            ids[i] = 1 + random.nextInt(claims);
        }
        return ids;
    }

    /** The latencies in ns of tracing {@code ids} with {@code clients} threads, each taking the next id. */
    private long[] run(long[] ids, int clients, boolean check) throws Exception {
        long[] nanos = new long[ids.length];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                done.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < ids.length; i = next.getAndIncrement()) {
                        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/claims/" + ids[i] + "/trace"))
                                .header("Accept", "application/json").build();
                        long t0 = System.nanoTime();
                        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                        nanos[i] = System.nanoTime() - t0;
                        if (check) {
                            check(ids[i], response);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return nanos;
    }

    private void check(long id, HttpResponse<String> response) {
        String problem = null;
        if (response.statusCode() != 200) {
            problem = "status " + response.statusCode();
        } else {
            JsonObject trace;
            try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
                trace = reader.readObject();
            }
            JsonArray citations = trace.getJsonArray("citations");
            if (trace.getJsonArray("primarySources").isEmpty()) {
                problem = "no primary sources";
            } else if (!trace.getJsonArray("problems").isEmpty()) {
                problem = "problems " + trace.getJsonArray("problems");
            } else if (citations.isEmpty()) {
                problem = "no citations";
            } else {
                for (JsonValue c : citations) {
                    int depth = depth(c.asJsonObject());
                    if (depth != 3) {
                        problem = "a citation's chain is " + depth + " footnotes deep, not 3";
                    }
                }
            }
        }
        if (problem != null) {
            failed.incrementAndGet();
            failures.add("claim " + id + ": " + problem);
        }
    }

    /** How many footnote levels the deepest chain below a citation or cite has. */
    private static int depth(JsonObject node) {
        int deepest = 0;
        for (JsonValue note : node.getJsonArray("footnotes")) {
            for (JsonValue cite : note.asJsonObject().getJsonArray("cites")) {
                deepest = Math.max(deepest, 1 + depth(cite.asJsonObject()));
            }
        }
        return deepest;
    }

    private static String summary(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format("n=%d  p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms", sorted.length,
                ms(percentile(sorted, 50)), ms(percentile(sorted, 95)), ms(percentile(sorted, 99)),
                ms(sorted[sorted.length - 1]));
    }

    private static long percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
