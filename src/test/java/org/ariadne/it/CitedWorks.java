package org.ariadne.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Seed 002 and the three works its footnotes cite, for the tests that archive it. The embedded default has the
 * works in its demo catalogue; PostgreSQL starts without it, so a test catalogues them when they are missing.
 */
public final class CitedWorks {

    public static final Path SEEDS = Path.of("..", "shared", "seeds");
    public static final String SEED_002 = "002_e0c3d585472a70e7.txt";

    public static final String HAGGARD_TITLE = "The North Korean Refugees as a Human Rights Issue";
    public static final String AMNESTY_TITLE = "Persecuting the Starving: the Plight of North Koreans Fleeing to China";
    public static final String HWANG_TITLE = "Northeast Asia’s Pandora’s Box: North Korean Escapees";

    public static final String HAGGARD = """
            {"type":"chapter","title":"%s",
             "author":[{"family":"Haggard","given":"Stephen"},{"family":"Noland","given":"Marcus"}],
             "editor":[{"family":"Haggard","given":"Stephen"},{"family":"Noland","given":"Marcus"}],
             "container-title":"The North Korean Refugee Crisis: Human Rights and International Responses",
             "publisher":"U.S. Committee for Human Rights in North Korea","issued":{"date-parts":[[2006]]}}"""
            .formatted(HAGGARD_TITLE);
    public static final String AMNESTY = """
            {"type":"report","title":"%s","author":[{"literal":"Amnesty International"}],
             "issued":{"date-parts":[[2000]]}}""".formatted(AMNESTY_TITLE);
    public static final String HWANG = """
            {"type":"article-journal","title":"%s","author":[{"family":"Hwang","given":"Jacho"}],
             "container-title":"The Korean Journal of Defense Analysis","volume":"XVI","issue":"1",
             "issued":{"date-parts":[[2004]]}}""".formatted(HWANG_TITLE);

    private CitedWorks() {
    }

    /** The id of the (first) source with exactly this title, catalogued from {@code item} by a librarian if none. */
    public static String catalogued(String title, String item) {
        List<JsonObject> found = withTitle(title);
        if (!found.isEmpty()) {
            return found.get(0).getString("id");
        }
        Api.Reply created = Api.as("librarian").post("/api/sources", "application/json", item);
        assertEquals(201, created.status(), created::toString);
        return created.json().getString("id");
    }

    /** The sources with exactly this title, oldest first. */
    public static List<JsonObject> withTitle(String title) {
        Api.Reply reply = Api.anonymous().get("/api/sources?size=5000&sort=id&q="
                + URLEncoder.encode(title, StandardCharsets.UTF_8));
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .filter(item -> title.equals(item.getString("title", "")))
                .toList();
    }

    public static byte[] seedBytes(String seed) {
        try {
            return Files.readAllBytes(SEEDS.resolve(seed));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
