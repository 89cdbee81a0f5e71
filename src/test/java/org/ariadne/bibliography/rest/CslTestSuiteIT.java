package org.ariadne.bibliography.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.ariadne.it.Api;
import org.ariadne.it.CslFixtures;
import org.ariadne.it.Deployments;
import org.ariadne.it.TestUsers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * The CSL processor test suite run through the catalogue: for each fixture, its style is uploaded
 * ({@code POST /api/styles}), its items imported as CSL-JSON ({@code POST /api/import}, duplicates created), and
 * the result rendered through the API ({@code POST /api/bibliography}, or {@code POST /api/notes} for the citations
 * of the position_* and disambiguate_YearSuffix* families), then compared with the fixture's expected result and
 * with what citeproc-java renders from the fixture on its own. The fixtures expected to pass are committed in
 * {@code csl-fixtures-through-api.txt}: a fixture that stops passing is a regression, one that starts is to be added.
 */
@ExtendWith(ArquillianExtension.class)
class CslTestSuiteIT {

    private static final String CSL = "application/vnd.citationstyles.style+xml";
    private static final String CSL_JSON = "application/vnd.citationstyles.csl+json";

    private static final String REFUSED_BY_CONTRACT = "refused by the contract (title and type required): ";

    private final Api librarian = Api.as("librarian");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ariadne();
    }

    @BeforeEach
    void users() {
        TestUsers.ensure();
    }

    @Test
    void fixturesPassThroughTheCatalogueWhereverCiteprocJavaPassesThemAndMore() throws IOException {
        List<Path> fixtures = new ArrayList<>();
        for (Path p : CslFixtures.named("")) {
            String mode = CslFixtures.readJson(p).getString("mode", "");
            String name = CslFixtures.name(p);
            if ("bibliography".equals(mode) || name.startsWith("position_")
                    || name.startsWith("disambiguate_YearSuffix")) {
                fixtures.add(p);
            }
        }
        TreeSet<String> throughApi = new TreeSet<>();
        TreeSet<String> alone = new TreeSet<>();
        Map<String, String> failures = new HashMap<>();
        TreeSet<String> refused = new TreeSet<>();
        int bibliographies = 0;
        for (Path fixture : fixtures) {
            String name = CslFixtures.name(fixture);
            JsonObject json = CslFixtures.readJson(fixture);
            Map<String, Object> f = CslFixtures.read(fixture);
            bibliographies += "bibliography".equals(json.getString("mode", "")) ? 1 : 0;
            String expected = CslFixtures.normalise(String.valueOf(f.get("result")));
            String got = CslFixtures.safely(() -> throughApi(json, f));
            if (expected.equals(got)) {
                throughApi.add(name);
            } else if (got.contains(REFUSED_BY_CONTRACT)) {
                refused.add(name);
            } else {
                failures.put(name, "expected: " + expected + "\n   got:      " + got);
            }
            if (expected.equals(CslFixtures.safely(() -> CslFixtures.viaCiteprocJava(f)))) {
                alone.add(name);
            }
        }
        TreeSet<String> lost = new TreeSet<>(alone);
        lost.removeAll(throughApi);
        lost.removeAll(refused);
        TreeSet<String> gained = new TreeSet<>(throughApi);
        gained.removeAll(alone);
        System.out.printf("CSL fixtures through the API: %d fixtures (%d bibliography mode); citeproc-java alone "
                + "passes %d, through Ariadne's catalogue and API %d; items refused (no title or type) in %d; "
                + "lost %s; gained %d%n", fixtures.size(), bibliographies, alone.size(), throughApi.size(),
                refused.size(), lost, gained.size());
        System.out.println("passing through the API: " + String.join(" ", throughApi));
        if (Boolean.getBoolean("ariadne.fixtures.verbose")) {
            failures.forEach((n, why) -> System.out.println("--- " + n + "\n   " + why));
        }
        for (String name : lost) {
            System.out.println("--- lost " + name + "\n   " + failures.get(name));
        }
        assertEquals(expectedPassing(), throughApi, "fixtures passing through the catalogue and the API");
        assertTrue(lost.isEmpty(), () -> "fixtures citeproc-java passes but Ariadne does not: " + lost);
    }

    private static TreeSet<String> expectedPassing() throws IOException {
        try (InputStream in = CslTestSuiteIT.class.getResourceAsStream("/csl-fixtures-through-api.txt")) {
            TreeSet<String> names = new TreeSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    names.add(line.strip());
                }
            }
            return names;
        }
    }

    /** The contract requires a title and a type; the suite, written for processors, often leaves them out. */
    private static boolean onlyTitleOrTypeMissing(Api.Reply refused) {
        JsonArray errors = refused.json().getJsonArray("errors");
        return errors != null && !errors.isEmpty() && errors.getValuesAs(JsonObject.class).stream()
                .allMatch(e -> e.getString("field", "").matches("(.*[.\\]])?(title|type)"));
    }

    /** Uploads the style, imports the items and renders them through the API; the entries or notes, one a line. */
    private String throughApi(JsonObject fixture, Map<String, Object> f) {
        Api.Reply style = librarian.post("/api/styles", CSL, fixture.getString("csl"));
        if (style.status() != 201) {
            throw new IllegalStateException("style refused: " + style.text());
        }
        String styleId = style.json().getString("id");
        JsonArray input = fixture.getJsonArray("input");
        Api.Reply imported = librarian.post("/api/import?onDuplicate=create", CSL_JSON, input.toString());
        if (imported.status() != 200) {
            String why = onlyTitleOrTypeMissing(imported) ? REFUSED_BY_CONTRACT : "import refused: ";
            throw new IllegalStateException(why + imported.text());
        }
        JsonArray created = imported.json().getJsonArray("created");
        Map<String, String> sourceOf = new HashMap<>();
        for (int i = 0; i < input.size(); i++) {
            sourceOf.put(input.getJsonObject(i).get("id").toString().replace("\"", ""),
                    created.getJsonString(i).getString());
        }
        JsonObjectBuilder request = Json.createObjectBuilder().add("style", styleId).add("locale", "en-US")
                .add("format", "html");
        if ("bibliography".equals(fixture.getString("mode", ""))) {
            JsonArrayBuilder sources = Json.createArrayBuilder();
            created.getValuesAs(JsonString.class).forEach(s -> sources.add(s.getString()));
            Api.Reply reply = librarian.postJson("/api/bibliography", request.add("sources", sources).build());
            if (reply.status() != 200) {
                throw new IllegalStateException("bibliography refused: " + reply.text());
            }
            return String.join("\n", reply.json().getJsonArray("entries").getValuesAs(JsonString.class).stream()
                    .map(JsonString::getString).toList());
        }
        JsonArrayBuilder citations = Json.createArrayBuilder();
        for (List<Map<String, Object>> citation : CslFixtures.citationItems(f)) {
            JsonArrayBuilder cites = Json.createArrayBuilder();
            for (Map<String, Object> item : citation) {
                JsonObjectBuilder cite = Json.createObjectBuilder()
                        .add("source", sourceOf.get(String.valueOf(item.get("id"))));
                for (String key : List.of("locator", "label", "prefix", "suffix")) {
                    if (item.get(key) != null) {
                        cite.add(key, String.valueOf(item.get(key)));
                    }
                }
                if (Boolean.TRUE.equals(item.get("suppress-author"))) {
                    cite.add("suppress-author", JsonValue.TRUE);
                }
                cites.add(cite);
            }
            citations.add(cites);
        }
        Api.Reply reply = librarian.postJson("/api/notes", request.add("citations", citations).build());
        if (reply.status() != 200) {
            throw new IllegalStateException("notes refused: " + reply.text());
        }
        return String.join("\n", reply.json().getJsonArray("notes").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList());
    }
}
