package org.ariadne.shared.rest;

import com.sun.net.httpserver.HttpServer;
import org.ariadne.it.Api;
import org.ariadne.it.Deployments;
import org.ariadne.it.TestUsers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The test server pushes its meters over OTLP every few seconds to it.metrics.port (see the failsafe
 * configuration); this test listens there, as an OpenTelemetry Collector would, and waits for Ariadne's counters
 * after it made a failed login, an import and a rendering happen.
 */
@ExtendWith(ArquillianExtension.class)
class MetricsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ariadne();
    }

    @BeforeEach
    void users() {
        TestUsers.ensure();
    }

    @Test
    void failedLoginsImportsAndRendersReachTheCollector() throws Exception {
        AtomicReference<String> latest = new AtomicReference<>("");
        HttpServer collector = HttpServer.create(
                new InetSocketAddress("127.0.0.1", Integer.getInteger("it.metrics.port", 14418)), 0);
        collector.createContext("/v1/metrics", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                ByteArrayOutputStream body = new ByteArrayOutputStream();
                in.transferTo(body);
                // OTLP is protobuf: meter names are plain UTF-8 inside it
                latest.set(body.toString(StandardCharsets.ISO_8859_1));
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        collector.start();
        try {
            String nobody = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
            java.net.http.HttpResponse<String> failed = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(Api.base() + "/api/users"))
                            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                                    (nobody + ":wrong-password").getBytes(StandardCharsets.UTF_8))).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(401, failed.statusCode());
            Api.Reply imported = Api.as("librarian").post("/api/import", "application/vnd.citationstyles.csl+json",
                    "[{\"type\":\"report\",\"title\":\"Metered " + UUID.randomUUID() + "\"}]");
            assertEquals(200, imported.status(), imported::toString);
            String id = imported.json().getJsonArray("created").get(0).toString();
            Api.Reply rendered = Api.anonymous().post("/api/bibliography", "application/json",
                    "{\"style\":\"apa\",\"sources\":[" + id + "]}");
            assertEquals(200, rendered.status(), rendered::toString);

            long deadline = System.nanoTime() + 30_000_000_000L;
            while (System.nanoTime() < deadline && !all(latest.get())) {
                Thread.sleep(500);
            }
            String body = latest.get();
            assertTrue(all(body), "the collector got Ariadne's counters: " + body.length() + " bytes, "
                    + body.contains("ariadne.logins.failed") + " " + body.contains("ariadne.imports") + " "
                    + body.contains("ariadne.renders"));
        } finally {
            collector.stop(0);
        }
    }

    private static boolean all(String body) {
        return body.contains("ariadne.logins.failed") && body.contains("ariadne.imports")
                && body.contains("ariadne.renders");
    }
}
