package org.ariadne.bench;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * The search benchmark's client (issue #6): waits for the rebuild the server started on its unindexed data
 * directory and reports its time (there is none on a reused, complete index), then times {@code GET /api/search} (one
 * or two words of the catalogue's vocabulary, sometimes a name, a phrase or a facet filter) and
 * {@code GET /api/search/suggestions} (the first 2 to 5 letters of a word), sequentially, after a warm-up, and prints
 * p50/p95/p99/max of each.
 * Usage: {@code SearchBenchmarkClient <base url> [sample] [warm-up]}.
 */
public final class SearchBenchmarkClient {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int sample = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        JsonObject progress;
        long lastPrint = 0;
        while (true) {
            progress = json(get(base + "/api/search/index"));
            if (!progress.getBoolean("running")) {
                break;
            }
            if (System.nanoTime() - lastPrint > 30_000_000_000L) {
                System.out.printf("reindex: %d of %d%n", progress.getJsonNumber("indexed").longValue(),
                        progress.getJsonNumber("total").longValue());
                lastPrint = System.nanoTime();
            }
            Thread.sleep(1000);
        }
        if (progress.containsKey("finishedAt")) {
            Duration reindex = Duration.between(Instant.parse(progress.getString("startedAt")),
                    Instant.parse(progress.getString("finishedAt")));
            System.out.printf("full reindex: %d documents in %.1f s%s%n",
                    progress.getJsonNumber("indexed").longValue(), reindex.toMillis() / 1000.0,
                    progress.containsKey("failure") ? " FAILED: " + progress.getString("failure") : "");
        } else {
            System.out.println("no reindex: the server found its index complete (a reused BENCH_DATA)");
        }
        Random random = new Random(66);
        for (int i = 0; i < warmup; i++) {
            get(base + "/api/search?q=" + enc(query(random)));
            get(base + "/api/search/suggestions?q=" + enc(prefix(random)));
        }
        long[] search = new long[sample];
        long[] suggest = new long[sample];
        Map<String, List<Long>> byCase = new TreeMap<>();
        long hits = 0;
        for (int i = 0; i < sample; i++) {
            int queryCase = random.nextInt(QUERY_CASES.length);
            int filterCase = random.nextInt(FILTER_CASES.length);
            long t = System.nanoTime();
            String body = get(base + "/api/search?q=" + enc(query(random, queryCase)) + FILTERS[filterCase]);
            search[i] = System.nanoTime() - t;
            byCase.computeIfAbsent("query " + QUERY_CASES[queryCase], k -> new ArrayList<>()).add(search[i]);
            byCase.computeIfAbsent("filter " + FILTER_CASES[filterCase], k -> new ArrayList<>()).add(search[i]);
            hits += json(body).getJsonNumber("total").longValue();
            t = System.nanoTime();
            get(base + "/api/search/suggestions?q=" + enc(prefix(random)));
            suggest[i] = System.nanoTime() - t;
        }
        print("search", search);
        print("suggestions", suggest);
        byCase.forEach((name, nanos) -> print("  search, " + name,
                nanos.stream().mapToLong(Long::longValue).toArray()));
        System.out.printf("mean hits per search: %,d%n", hits / sample);
    }

    /* what the timed searches ask, in the proportions of the cases (two words twice as often as the others) */
    private static final String[] QUERY_CASES = {"one word", "two words", "two words", "a phrase", "a name and a word"};
    private static final String[] FILTER_CASES = {"sources with texts", "years 1990-2010", "newest first", "none"};
    private static final String[] FILTERS = {"&kind=source&hasText=true", "&yearFrom=1990&yearTo=2010",
        "&sort=-date", ""};

    private static String query(Random random) {
        return query(random, random.nextInt(QUERY_CASES.length));
    }

    private static String query(Random random, int queryCase) {
        return switch (queryCase) {
            case 0 -> SearchBenchmarkWords.word(random);
            case 1, 2 -> SearchBenchmarkWords.word(random) + " " + SearchBenchmarkWords.word(random);
            case 3 -> "\"" + SearchBenchmarkWords.title(random).split(" ")[0] + " " + "and\"";
            default -> (random.nextBoolean() ? SearchBenchmarkWords.family(random).replace("ü", "u")
                    : SearchBenchmarkWords.person(random)[0]) + " " + SearchBenchmarkWords.word(random);
        };
    }

    private static String prefix(Random random) {
        String word = SearchBenchmarkWords.word(random);
        return word.substring(0, Math.min(word.length(), 2 + random.nextInt(4)));
    }

    private static void print(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%s: n=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms%n", what, sorted.length,
                at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    private static double at(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String get(String url) throws Exception {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " -> " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
