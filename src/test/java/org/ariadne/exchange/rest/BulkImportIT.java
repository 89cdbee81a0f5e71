package org.ariadne.exchange.rest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
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

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * An import stores its sources in bulk (batched JDBC, not entities): what it stores must be what cataloguing the
 * same items one by one through the API stores, row for row (derived columns, contributions, history rows), and
 * every imported source must be found by search as soon as the import returns.
 */
@ExtendWith(ArquillianExtension.class)
class BulkImportIT {

    private static final String BIBTEX = "application/x-bibtex";

    /** Columns that differ between two sources however they were made: their ids and the moments they were made. */
    private static final Set<String> OWN = Set.of("id", "rev", "source_id", "created_at", "updated_at");

    /** The seconds of an ISO-8601 moment and their fraction, if any, before the offset. */
    private static final Pattern SECONDS = Pattern.compile("(:\\d\\d)(?:\\.(\\d+))?(?=Z|[+-]\\d)");

    /** What tells the two people of the test apart besides their ids: their family names and what follows from them. */
    private static final Set<String> NAMES = Set.of("family", "display_name", "sort_name", "name_key");

    private final Api librarian = Api.as("librarian");
    private final Random random = new Random();
    private final String word = letters(random);
    /** An ISBN of this run's own, so that a second run on the same data finds no earlier book by it. */
    private final String isbn = isbn(random);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ariadne();
    }

    @BeforeEach
    void users() {
        TestUsers.ensure();
    }

    private static String letters(Random random) {
        StringBuilder word = new StringBuilder("bulk");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private static String isbn(Random random) {
        StringBuilder digits = new StringBuilder("979");
        for (int i = 0; i < 9; i++) {
            digits.append(random.nextInt(10));
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (digits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return digits.append((10 - sum % 10) % 10).toString();
    }

    private String bibtex() {
        return """
                @string{jpr = {Journal of Peace Research}}
                @article{art%1$s,
                  title = {The {North} Korean Refugee Crisis %1$s},
                  author = {Haggard, Stephen and Noland, Marcus and Qq%1$s, Zoltan and others},
                  journal = jpr, volume = 12, number = 3, pages = {17--18}, year = 2006, month = mar,
                  doi = {10.5555/%1$s.1}
                }
                @book{book%1$s,
                  title = {Hunger and Memory in M{\\"u}nchen %1$s},
                  author = {Schr{\\"o}der, Fran{\\c{c}}ois and van der Berg, Ji-ho},
                  publisher = {Columbia University Press}, address = {New York}, year = {1998},
                  isbn = {%2$s}
                }
                @incollection{chap%1$s,
                  title = {Border Camps %1$s},
                  author = {Garc{\\'\\i}a, Pedro},
                  editor = {Lee, Ann and Qq%1$s, Zoltan},
                  booktitle = {Essays on {Korea}}, publisher = {MIT Press}, pages = {3--15}, year = {2011}
                }
                @techreport{rep%1$s,
                  title = {Famine Report %1$s},
                  author = {{World Food Programme}},
                  institution = {WFP}, number = {7}, year = {2010}
                }
                @misc{undated%1$s,
                  title = {An Undated "Note" %1$s}
                }
                @article{again%1$s,
                  title = {The North Korean refugee crisis %1$s},
                  author = {Haggard, S.}, journal = jpr, year = 2006, doi = {10.5555/%1$s.1}
                }
                """.formatted(word, isbn);
    }

    @Test
    void importedSourcesAreStoredAsTheCatalogueStoresThemAndFoundAtOnce() throws IOException {
        Api.Reply reply = librarian.post("/api/import", BIBTEX, bibtex());
        assertEquals(200, reply.status(), reply::toString);
        List<String> imported = reply.json().getJsonArray("created").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
        assertEquals(5, imported.size(), reply::toString);
        JsonArray duplicates = reply.json().getJsonArray("duplicates");
        assertEquals(1, duplicates.size(), reply::toString);
        assertEquals(imported.get(0), duplicates.getJsonObject(0).getString("existing"), reply::toString);

        // searchable as soon as the import returned: by title word and by a contributor the import itself created
        Set<String> byTitle = hits(word);
        assertEquals(Set.copyOf(imported), byTitle, "every imported source is found by its title");
        Set<String> byName = hits("Qq" + word);
        assertEquals(Set.of(imported.get(0), imported.get(2)), byName, "found by a new contributor's name");

        // the same items catalogued one by one through the entity path
        Map<String, String> twins = new HashMap<>();
        for (String id : imported) {
            Api.Reply source = librarian.get("/api/sources/" + id);
            assertEquals(200, source.status(), source::toString);
            JsonObjectBuilder item = Json.createObjectBuilder(source.json());
            item.remove("id");
            item.remove("custom");
            Api.Reply made = librarian.postJson("/api/sources", item.build());
            assertEquals(201, made.status(), made::toString);
            twins.put(id, made.json().getString("id"));
            assertEquals(source.header("ETag").orElseThrow().replace(id, "#"),
                    made.header("ETag").orElseThrow().replace(twins.get(id), "#"), "the same first version");
            assertEquals(withoutIdentity(source.json()), withoutIdentity(made.json()), "the same item");
            assertEquals(history(id), history(twins.get(id)), "the same history");
        }

        // a person new to the catalogue, credited through the entity path, beside the one the import recorded
        Api.Reply other = librarian.post("/api/sources", "application/json", "{\"type\": \"book\", \"title\":"
                + " \"Another Book " + word + "\", \"author\": [{\"family\": \"Rr" + word + "\", \"given\": \"Zoltan\"}]}");
        assertEquals(201, other.status(), other::toString);

        Map<String, List<JsonObject>> tables = archiveTables(Set.of("source", "source_aud", "contribution",
                "audit_revision", "contributor", "contributor_aud"));
        for (Map.Entry<String, String> twin : twins.entrySet()) {
            long bulk = Long.parseLong(twin.getKey());
            long entity = Long.parseLong(twin.getValue());
            assertEquals(rowsOf(tables.get("source"), "id", entity), rowsOf(tables.get("source"), "id", bulk),
                    "source row of " + bulk);
            assertEquals(rowsOf(tables.get("source_aud"), "id", entity), rowsOf(tables.get("source_aud"), "id", bulk),
                    "history row of " + bulk);
            assertEquals(rowsOf(tables.get("contribution"), "source_id", entity),
                    rowsOf(tables.get("contribution"), "source_id", bulk), "contributions of " + bulk);
        }
        // the authority record the import made is stored as the catalogue stores one, history included
        long bulkPerson = idOf(tables.get("contributor"), "Qq" + word);
        long entityPerson = idOf(tables.get("contributor"), "Rr" + word);
        assertEquals(rowsOf(tables.get("contributor"), "id", entityPerson),
                rowsOf(tables.get("contributor"), "id", bulkPerson), "the new person's record");
        assertEquals(rowsOf(tables.get("contributor_aud"), "id", entityPerson),
                rowsOf(tables.get("contributor_aud"), "id", bulkPerson), "the new person's history row");
        assertEquals(contributorHistory(entityPerson), contributorHistory(bulkPerson), "the new person's history");
        Api.Reply suggested = Api.anonymous().get("/api/search/suggestions?size=20&q=qq" + word);
        assertEquals(200, suggested.status(), suggested::toString);
        assertTrue(suggested.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(item -> item.getString("kind").equals("person")
                        && item.getString("id").equals(String.valueOf(bulkPerson))), suggested::toString);

        // the import is one revision, the librarian's
        Set<Long> revisions = tables.get("source_aud").stream()
                .filter(row -> imported.contains(String.valueOf(row.getJsonNumber("id").longValue())))
                .map(row -> row.getJsonNumber("rev").longValue()).collect(Collectors.toSet());
        assertEquals(1, revisions.size(), "one revision for the import");
        JsonObject revision = tables.get("audit_revision").stream()
                .filter(row -> row.getJsonNumber("id").longValue() == revisions.iterator().next())
                .findFirst().orElseThrow();
        assertEquals("librarian", revision.getString("username"));
    }

    @Test
    void aMalformedFileStoresNothingAndTakesNoIdentifiers() {
        // the last entry never closes: refused after every entry before it was read, checked and matched
        String broken = bibtex() + "\n@article{broken" + word + ",\n  title = {Broken " + word + "},\n  year = {2006\n";
        Api.Reply reply = librarian.post("/api/import", BIBTEX, broken);
        assertEquals(400, reply.status(), reply::toString);
        assertTrue(hits(word).isEmpty(), "nothing of the file is in the index");
        assertEquals(0, librarian.get("/api/sources?q=" + word).json().getInt("total"), "nothing is stored");
    }

    @Test
    void aLargeImportOnPostgresqlLeavesItsPlannerCountingTheCatalogueAsItNowIs() throws SQLException {
        assumeTrue(Api.onPostgresql(), "the ANALYZE after a bulk import is PostgreSQL's");
        StringBuilder file = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            file.append("@book{many%1$s%2$d, title = {Many Books %1$s %2$d}, author = {Qq%1$s, Zoltan},"
                    .formatted(word, i)).append(" publisher = {Ariadne Press}, year = 2001}\n");
        }
        Api.Reply reply = librarian.post("/api/import", BIBTEX, file.toString());
        assertEquals(200, reply.status(), reply::toString);
        assertEquals(1000, reply.json().getJsonArray("created").size(), reply::toString);
        // ANALYZE within the import's transaction: the planner's row count of source includes the thousand (without
        // it, until autovacuum comes by, it stays what it was before, and plans cached then stay in use)
        try (Connection db = Api.postgresql();
             Statement statement = db.createStatement();
             ResultSet row = statement.executeQuery("SELECT (SELECT reltuples FROM pg_class WHERE relname = 'source'),"
                     + " (SELECT count(*) FROM source)")) {
            assertTrue(row.next());
            long sources = row.getLong(2);
            assertEquals(sources, row.getDouble(1), sources / 100.0, "the planner's estimate of the sources");
        }
    }

    private Set<String> hits(String q) {
        Api.Reply reply = Api.anonymous().get("/api/search?kind=source&size=100&q="
                + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonArray("hits").getValuesAs(JsonObject.class).stream()
                .map(hit -> hit.getString("id")).collect(Collectors.toSet());
    }

    private List<String> history(String id) {
        Api.Reply reply = librarian.get("/api/sources/" + id + "/history");
        assertEquals(200, reply.status(), reply::toString);
        return reply.jsonArray().getValuesAs(JsonObject.class).stream()
                .map(entry -> entry.getString("change") + " by " + entry.getString("by")).toList();
    }

    private List<String> contributorHistory(long id) {
        Api.Reply reply = librarian.get("/api/contributors/" + id + "/history");
        assertEquals(200, reply.status(), reply::toString);
        return reply.jsonArray().getValuesAs(JsonObject.class).stream()
                .map(entry -> entry.getString("change") + " by " + entry.getString("by")).toList();
    }

    /** The id of the one record with this family name. */
    private static long idOf(List<JsonObject> contributors, String family) {
        List<Long> ids = contributors.stream().filter(row -> family.equals(row.getString("family", null)))
                .map(row -> row.getJsonNumber("id").longValue()).toList();
        assertEquals(1, ids.size(), () -> "one record named " + family + ": " + ids);
        return ids.get(0);
    }

    private static JsonObject withoutIdentity(JsonObject item) {
        JsonObjectBuilder copy = Json.createObjectBuilder(item);
        copy.remove("id");
        if (item.containsKey("custom")) {
            JsonObjectBuilder custom = Json.createObjectBuilder(item.getJsonObject("custom"));
            for (String moment : List.of("created", "updated", "createdAt", "updatedAt")) {
                custom.remove(moment);
            }
            copy.add("custom", custom);
        }
        return copy.build();
    }

    /**
     * A moment's shape, its digits masked: the seconds' fraction is first widened to microseconds, as a moment whose
     * last digits are zeros is written shorter (12:00:01.250Z for 12:00:01.250000Z, one moment in a thousand).
     */
    private static String shapeOf(String moment) {
        String widened = SECONDS.matcher(moment).replaceFirst(seconds -> {
            String fraction = seconds.group(2) == null ? "" : seconds.group(2);
            return seconds.group(1) + "." + (fraction + "000000").substring(0, Math.max(6, fraction.length()));
        });
        return widened.replaceAll("[0-9]", "9");
    }

    /**
     * The rows whose {@code column} is {@code id}, without the columns that tell two sources apart; timestamps are
     * kept in shape (digits masked), so a moment written with another offset or precision would show.
     */
    private static List<Map<String, String>> rowsOf(List<JsonObject> rows, String column, long id) {
        List<Map<String, String>> found = new ArrayList<>();
        for (JsonObject row : rows) {
            if (row.getJsonNumber(column).longValue() != id) {
                continue;
            }
            Map<String, String> kept = new TreeMap<>();
            row.forEach((name, value) -> {
                String text = value.getValueType() == JsonValue.ValueType.STRING ? ((JsonString) value).getString()
                        : value.toString();
                if (name.equals("created_at") || name.equals("updated_at")) {
                    kept.put(name, shapeOf(text));
                } else if (NAMES.contains(name)) {
                    kept.put(name, text.replace("Qq", "Rr").replace("qq", "rr"));
                } else if (!OWN.contains(name)) {
                    kept.put(name, text);
                }
            });
            found.add(kept);
        }
        found.sort((a, b) -> a.toString().compareTo(b.toString()));
        assertFalse(column.equals("id") && found.isEmpty(), "a row for " + id);
        return found;
    }

    /** The rows of the named tables in the archive the server exports now. */
    private static Map<String, List<JsonObject>> archiveTables(Set<String> names) throws IOException {
        Api.Reply bag = Api.as("admin").get("/api/archive");
        assertEquals(200, bag.status(), bag::toString);
        Map<String, List<JsonObject>> tables = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bag.bytes()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName().replaceFirst("^.*/data/tables/", "").replaceFirst("\\.jsonl$", "");
                if (!entry.getName().contains("/data/tables/") || !names.contains(name)) {
                    continue;
                }
                List<JsonObject> rows = new ArrayList<>();
                for (String line : new String(zip.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank()) {
                        try (var reader = Json.createReader(new StringReader(line))) {
                            rows.add(reader.readObject());
                        }
                    }
                }
                tables.put(name, rows);
            }
        }
        for (String name : names) {
            assertNotNull(tables.get(name), "table " + name + " in the archive");
        }
        return tables;
    }
}
