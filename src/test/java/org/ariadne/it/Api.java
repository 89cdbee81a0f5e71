package org.ariadne.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/** A small HTTP client for the API, as a script would use it: plain HTTP, JSON, Basic credentials. */
public final class Api {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final String server;
    private final String user;

    private Api(String server, String user) {
        this.server = server;
        this.user = user;
    }

    public static Api anonymous() {
        return new Api(base(), null);
    }

    /** As one of the embedded demo users (each has its name as password). */
    public static Api as(String user) {
        return new Api(base(), user);
    }

    /** The same for another server (e.g. an {@link OwnServer}): {@code user} null for anonymous calls. */
    public static Api at(String server, String user) {
        return new Api(server, user);
    }

    /**
     * The embedded default's demo users have their names as passwords; on PostgreSQL there are no demo users, and
     * the test users get longer passwords (see TestUsers).
     */
    public static String passwordOf(String user) {
        return onPostgresql() ? user + "-secret-1" : user;
    }

    public static boolean onPostgresql() {
        return "postgresql".equals(System.getenv("ARIADNE_DB"));
    }

    /** A connection of the test's own to the server's PostgreSQL database (for tests that look at its rows). */
    public static Connection postgresql() throws SQLException {
        return DriverManager.getConnection(System.getenv("ARIADNE_DB_URL"), System.getenv("ARIADNE_DB_USER"),
                System.getenv("ARIADNE_DB_PASSWORD"));
    }

    public static String base() {
        return "http://127.0.0.1:" + System.getProperty("it.http.port", "8180");
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply get(String path, String accept) {
        return send(request(path).header("Accept", accept).GET());
    }

    public Reply post(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    public Reply postJson(String path, JsonValue body) {
        return post(path, "application/json", body.toString());
    }

    public Reply put(String path, String contentType, byte[] body, String ifMatch) {
        HttpRequest.Builder request = request(path).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request);
    }

    public Reply putJson(String path, JsonValue body, String ifMatch) {
        return put(path, "application/json", body.toString().getBytes(StandardCharsets.UTF_8), ifMatch);
    }

    /** Any method with a JSON body, e.g. PATCH. */
    public Reply send(String method, String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** Any method with a JSON body and, when not null, an If-Match header. */
    public Reply send(String method, String path, String json, String ifMatch) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request);
    }

    /** Any method with a JSON body and one more header (e.g. {@code If-None-Match: *}). */
    public Reply sendWithHeader(String method, String path, String json, String header, String value) {
        return send(request(path).header("Content-Type", "application/json").header(header, value)
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server + path)).timeout(Duration.ofSeconds(60));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + passwordOf(user)).getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            return new Reply(CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An HTTP answer with its body read as text or JSON. */
    public record Reply(HttpResponse<byte[]> response) {

        public int status() {
            return response.statusCode();
        }

        public Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        public byte[] bytes() {
            return response.body();
        }

        public String text() {
            return new String(response.body(), StandardCharsets.UTF_8);
        }

        public JsonObject json() {
            try (var reader = Json.createReader(new StringReader(text()))) {
                return reader.readObject();
            }
        }

        public JsonArray jsonArray() {
            try (var reader = Json.createReader(new StringReader(text()))) {
                return reader.readArray();
            }
        }

        @Override
        public String toString() {
            return status() + " " + text();
        }
    }
}
