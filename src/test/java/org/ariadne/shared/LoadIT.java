package org.ariadne.shared;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.ariadne.it.Api;
import org.ariadne.it.Deployments;
import org.ariadne.it.TestUsers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A bounded load test on loopback: many clients mix reads (single sources, searches, lists) and writes (edits of
 * their own sources, contested edits of shared ones with If-Match, new sources) for a fixed time. Then: no 5xx and
 * no transport error, and no write that was acknowledged is missing: each client's own sources hold its last
 * acknowledged title, every created source exists, and each shared source's version went up exactly once per
 * acknowledged edit. Size and length are parameters ({@code load.clients}, {@code load.seconds}): CI runs a short
 * load, {@code src/bench/load.sh} the minute the issue asks for. The figures go to {@code target/load-report.txt}.
 */
@ExtendWith(ArquillianExtension.class)
class LoadIT {

    private static final int CLIENTS = Integer.getInteger("load.clients", 16);
    private static final int SECONDS = Integer.getInteger("load.seconds", 20);
    private static final int SHARED = 4;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ariadne();
    }

    @BeforeEach
    void users() {
        TestUsers.ensure();
    }

    @Test
    void mixedReadsAndWritesFromManyClientsLoseNothingAndNeverFail() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> shared = new ArrayList<>();
        List<Long> sharedStart = new ArrayList<>();
        for (int i = 0; i < SHARED; i++) {
            Api.Reply created = create(Api.as("librarian"), "Shared " + run + " " + i);
            shared.add(pathOf(created));
            sharedStart.add(version(created.json()));
        }
        AtomicInteger[] sharedWins = new AtomicInteger[SHARED];
        for (int i = 0; i < SHARED; i++) {
            sharedWins[i] = new AtomicInteger();
        }
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicLong conflicts = new AtomicLong();
        long end = System.nanoTime() + SECONDS * 1_000_000_000L;

        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<Client>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int number = c;
            clients.add(pool.submit(() -> {
                Client client = new Client(number, run);
                client.own = create(client.api, client.title(0));
                client.lastTitle = client.title(0);
                while (System.nanoTime() < end) {
                    client.step(shared, sharedWins, latencies, failures, conflicts);
                }
                return client;
            }));
        }
        List<Client> done = new ArrayList<>();
        for (Future<Client> client : clients) {
            done.add(client.get());
        }
        pool.shutdown();

        for (Client client : done) {
            Api.Reply own = Api.anonymous().get(pathOf(client.own));
            assertEquals(client.lastTitle, own.json().getString("title"), "client " + client.number + "'s last edit");
            for (String path : client.created) {
                assertEquals(200, Api.anonymous().get(path).status(), "a source created under load: " + path);
            }
        }
        for (int i = 0; i < SHARED; i++) {
            long version = version(Api.anonymous().get(shared.get(i)).json());
            assertEquals(sharedStart.get(i) + sharedWins[i].get(), version,
                    "shared source " + i + ": one version per acknowledged edit, none lost, none extra");
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        long requests = sorted.size();
        double p50 = sorted.get((int) (requests * 0.50)) / 1e6;
        double p95 = sorted.get((int) (requests * 0.95)) / 1e6;
        double p99 = sorted.get((int) Math.min(requests - 1, requests * 0.99)) / 1e6;
        String report = String.format(Locale.ROOT, "clients=%d seconds=%d requests=%d (%.0f/s) p50=%.1fms p95=%.1fms "
                        + "p99=%.1fms conflicts(412)=%d errors=%d%n", CLIENTS, SECONDS, requests,
                requests / (double) SECONDS, p50, p95, p99, conflicts.get(), failures.size());
        System.out.print("LoadIT: " + report);
        writeReport(report);
        assertTrue(failures.isEmpty(), () -> failures.size() + " errors, first: " + failures.peek());
        assertTrue(requests > CLIENTS, "the load ran");
    }

    /** One client: a user of its own, its own source, what it created and the last title it was told was stored. */
    private static final class Client {
        final int number;
        final String run;
        final Api api = Api.as("librarian");
        final List<String> created = new ArrayList<>();
        Api.Reply own;
        String lastTitle;
        int edits;

        Client(int number, String run) {
            this.number = number;
            this.run = run;
        }

        String title(int edit) {
            return "Load " + run + " client " + number + " edit " + edit;
        }

        void step(List<String> shared, AtomicInteger[] sharedWins, ConcurrentLinkedQueue<Long> latencies,
                  ConcurrentLinkedQueue<String> failures, AtomicLong conflicts) {
            int dice = ThreadLocalRandom.current().nextInt(100);
            try {
                if (dice < 45) {
                    timed(latencies, failures, () -> Api.anonymous().get(
                            shared.get(ThreadLocalRandom.current().nextInt(shared.size()))), 200);
                } else if (dice < 60) {
                    timed(latencies, failures, () -> Api.anonymous().get("/api/sources?q=Load+" + run
                            + "&size=20&page=" + ThreadLocalRandom.current().nextInt(3)), 200);
                } else if (dice < 70) {
                    timed(latencies, failures, () -> Api.anonymous().get("/api/sources?size=50&sort=-updated"), 200);
                } else if (dice < 85) {
                    String title = title(++edits);
                    JsonObject edit = Json.createObjectBuilder().add("type", "book").add("title", title).build();
                    Api.Reply reply = timed(latencies, failures,
                            () -> api.putJson(pathOf(own), edit, own.header("ETag").orElseThrow()), 200);
                    if (reply != null) {
                        own = reply;
                        lastTitle = title;
                    }
                } else if (dice < 95) {
                    int which = ThreadLocalRandom.current().nextInt(shared.size());
                    Api.Reply current = timed(latencies, failures, () -> Api.anonymous().get(shared.get(which)), 200);
                    if (current == null) {
                        return;
                    }
                    JsonObject edit = Json.createObjectBuilder().add("type", "book")
                            .add("title", current.json().getString("title"))
                            .add("note", "edited by client " + number + " " + UUID.randomUUID()).build();
                    long start = System.nanoTime();
                    Api.Reply reply = api.putJson(shared.get(which), edit, current.header("ETag").orElseThrow());
                    latencies.add(System.nanoTime() - start);
                    if (reply.status() == 200) {
                        sharedWins[which].incrementAndGet();
                    } else if (reply.status() == 412) {
                        conflicts.incrementAndGet();
                    } else {
                        failures.add("contested edit: " + reply);
                    }
                } else {
                    Api.Reply reply = timed(latencies, failures, () -> api.post("/api/sources", "application/json",
                            "{\"type\":\"report\",\"title\":\"Load " + run + " new " + UUID.randomUUID() + "\"}"), 201);
                    if (reply != null) {
                        created.add(pathOf(reply));
                    }
                }
            } catch (RuntimeException transport) {
                failures.add("client " + number + ": " + transport);
            }
        }
    }

    private interface Call {
        Api.Reply send();
    }

    private static Api.Reply timed(ConcurrentLinkedQueue<Long> latencies, ConcurrentLinkedQueue<String> failures,
                                   Call call, int expected) {
        long start = System.nanoTime();
        Api.Reply reply = call.send();
        latencies.add(System.nanoTime() - start);
        if (reply.status() != expected) {
            failures.add(reply.toString());
            return null;
        }
        return reply;
    }

    private static Api.Reply create(Api api, String title) {
        Api.Reply created = api.post("/api/sources", "application/json", "{\"type\":\"book\",\"title\":\"" + title + "\"}");
        assertEquals(201, created.status(), created::toString);
        return created;
    }

    private static String pathOf(Api.Reply reply) {
        String location = reply.header("Location").orElse(null);
        if (location != null) {
            return location.substring(location.indexOf("/api/"));
        }
        return "/api/sources/" + reply.json().getString("id");
    }

    private static long version(JsonObject item) {
        return item.getJsonObject("custom").getJsonNumber("version").longValue();
    }

    private static void writeReport(String report) throws IOException {
        Files.writeString(Path.of("target", "load-report.txt"), report);
    }
}
