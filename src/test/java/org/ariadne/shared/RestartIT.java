package org.ariadne.shared;

import org.ariadne.it.Api;
import org.ariadne.it.OwnServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

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

    private OwnServer server;

    @Test
    void aRestartOnTheSameDataDirectoryLosesNothing() throws Exception {
        server = OwnServer.prepare(OFFSET, "restart");
        server.start();
        // the own server runs on the embedded database, where a demo user's password is the user's name
        Api librarian = Api.at(server.base(), "librarian");
        int demoSources = total();
        String title = "Survives a restart " + UUID.randomUUID();
        Api.Reply created = librarian.post("/api/sources", "application/json",
                "{\"type\":\"book\",\"title\":\"" + title + "\"}");
        assertEquals(201, created.status(), created::text);
        String location = created.header("Location").orElseThrow();
        location = location.substring(location.indexOf("/api/"));
        byte[] text = "A text\u00a0with bytes that must come back exactly.\n".getBytes(StandardCharsets.UTF_8);
        Api.Reply archived = librarian.put(location + "/text", "text/plain; charset=utf-8", text, null);
        assertEquals(200, archived.status(), archived::text);
        server.stop();

        server.start();
        assertEquals(demoSources + 1, total(), "no source lost, none duplicated (the demo data loads only once)");
        Api.Reply source = Api.at(server.base(), null).get(location);
        assertEquals(200, source.status());
        assertTrue(source.text().contains(title));
        assertArrayEquals(text, Api.at(server.base(), null).get(location + "/text").bytes());
        Api.Reply after = librarian.post("/api/sources", "application/json",
                "{\"type\":\"book\",\"title\":\"after restart\"}");
        assertEquals(201, after.status(), "the demo users are still there, with the same passwords");
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            server.stop();
        }
    }

    private int total() {
        return Api.at(server.base(), null).get("/api/sources?size=1").json().getInt("total");
    }
}
