package org.ariadne.catalog.rest;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.ariadne.it.Api;
import org.ariadne.it.Deployments;
import org.ariadne.it.TestUsers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fixity: an archived text whose file is changed or removed behind Ariadne's back is found by the next check and
 * flagged in the report, on the source's page, on the claims that quote it and in their traces.
 */
@ExtendWith(ArquillianExtension.class)
class FixityIT {

    private final Api librarian = Api.as("librarian");
    private final Api admin = Api.as("admin");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ariadne();
    }

    @BeforeEach
    void users() {
        TestUsers.ensure();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** The archived file, under the data directory the server was started with (as the test JVM's environment says). */
    private static Path fileOf(String sha256) {
        String dataDir = System.getenv("ARIADNE_DATA_DIR");
        assertTrue(dataDir != null && !dataDir.isBlank(), "the tests run with ARIADNE_DATA_DIR set");
        return Path.of(dataDir, "texts", sha256.substring(0, 2), sha256);
    }

    private Optional<JsonObject> failureOf(JsonObject report, String source) {
        return report.getJsonArray("failures").stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getString("source").equals(source)).findFirst();
    }

    private JsonObject checkNow() {
        Api.Reply reply = admin.post("/api/fixity", "application/json", "");
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    @Test
    void findsAChangedAndAMissingTextAndFlagsTheSourceAndTheClaimsThatQuoteIt() throws Exception {
        Api.Reply made = librarian.post("/api/sources", "application/json",
                "{\"type\":\"report\",\"title\":\"Fixity test " + UUID.randomUUID() + "\"}");
        assertEquals(201, made.status(), made::toString);
        String id = made.json().getString("id");
        byte[] original = ("Forced returns were documented at the border crossing. " + UUID.randomUUID() + "\n")
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(200, librarian.put("/api/sources/" + id + "/text", "text/plain; charset=utf-8", original, null)
                .status());
        String sha = sha256(original);
        Path file = fileOf(sha);
        assertTrue(Files.exists(file), "the archived file is at " + file);

        Api.Reply claim = Api.as("writer").postJson("/api/claims", jakarta.json.Json.createObjectBuilder()
                .add("text", "Returns were documented " + UUID.randomUUID())
                .add("citations", jakarta.json.Json.createArrayBuilder().add(jakarta.json.Json.createObjectBuilder()
                        .add("source", id).add("quote", "Forced returns were documented").add("stance", "supports")))
                .build());
        assertEquals(201, claim.status(), claim::toString);
        String claimId = claim.json().getString("id");

        assertEquals(403, librarian.post("/api/fixity", "application/json", "").status());
        assertEquals(401, Api.anonymous().post("/api/fixity", "application/json", "").status());
        JsonObject intact = checkNow();
        assertTrue(failureOf(intact, id).isEmpty(), intact::toString);
        assertEquals("admin", intact.getJsonObject("lastRun").getString("startedBy"));
        assertTrue(intact.getJsonObject("lastRun").getInt("checked") >= 1);
        assertTrue(Api.anonymous().get("/api/fixity").json().getJsonArray("failures").stream()
                .noneMatch(f -> f.asJsonObject().getString("source").equals(id)));

        try {
            byte[] tampered = new String(original, StandardCharsets.UTF_8).replace("Forced", "Voluntary")
                    .getBytes(StandardCharsets.UTF_8);
            Files.write(file, tampered);
            JsonObject changed = checkNow();
            JsonObject failure = failureOf(changed, id).orElseThrow(() -> new AssertionError(changed.toString()));
            assertEquals("mismatch", failure.getString("outcome"));
            assertEquals(sha, failure.getString("sha256"));
            assertEquals(sha256(tampered), failure.getString("actualSha256"));
            assertTrue(changed.getJsonObject("lastRun").getInt("failed") >= 1);
            assertTrue(Api.anonymous().get("/sources/" + id).text().contains("fixity-failure"),
                    "the source's page flags the text");
            assertTrue(Api.anonymous().get("/claims/" + claimId).text().contains("fixity-failure"),
                    "the claim's page flags the citation");
            JsonObject trace = Api.anonymous().get("/api/claims/" + claimId + "/trace").json();
            assertTrue(trace.getJsonArray("problems").stream().anyMatch(p -> p.toString().contains("fixity")),
                    trace::toString);

            Files.delete(file);
            JsonObject missing = checkNow();
            assertEquals("missing", failureOf(missing, id).orElseThrow().getString("outcome"));
            assertTrue(failureOf(missing, id).orElseThrow().isNull("actualSha256"));
            assertEquals(200, Api.anonymous().get("/sources/" + id).status(), "the page still shows the source");
        } finally {
            Files.write(file, original);
        }
        assertTrue(failureOf(checkNow(), id).isEmpty(), "a repaired file passes again");
        assertTrue(Api.anonymous().get("/api/claims/" + claimId + "/trace").json().getJsonArray("problems").stream()
                .noneMatch(p -> p.toString().contains("fixity")));
    }
}
