package org.ariadne.exchange.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.ariadne.it.Api;
import org.ariadne.it.Deployments;
import org.ariadne.it.TestUsers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The import and export part of the HTTP contract, against a real WildFly and database. */
@ExtendWith(ArquillianExtension.class)
class ExchangeApiIT {

    private static final String BIBTEX = "application/x-bibtex";
    private static final String RIS = "application/x-research-info-systems";
    private static final String CSL_JSON = "application/vnd.citationstyles.csl+json";
    private static final String MARCXML = "application/marcxml+xml";

    private final Api librarian = Api.as("librarian");
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ariadne();
    }

    @BeforeEach
    void users() {
        TestUsers.ensure();
    }

    private String bibtex() {
        return """
                @string{jpr = {Journal of Peace Research}}
                @article{haggard%1$s,
                  title = {The {North} Korean Refugee Crisis %1$s},
                  author = {Haggard, Stephen and Noland, Marcus and others},
                  journal = jpr, volume = 12, number = 3, pages = {17--18}, year = 2006, month = mar
                }
                @techreport{wfp%1$s,
                  title = {Hunger in M{\\"u}nchen %1$s},
                  author = {{World Food Programme}},
                  institution = {WFP}, year = {2010}
                }
                """.formatted(run);
    }

    private JsonObject imported(String contentType, String file, String query) {
        Api.Reply reply = librarian.post("/api/import" + query, contentType, file);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    private static List<String> ids(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static long total() {
        return Api.anonymous().get("/api/sources?size=1").json().getJsonNumber("total").longValue();
    }

    @Test
    void importsBibtexAsSourcesWithTheirFields() {
        JsonObject report = imported(BIBTEX, bibtex(), "");
        List<String> created = ids(report.getJsonArray("created"));
        assertEquals(2, created.size(), report::toString);
        JsonObject article = Api.anonymous().get("/api/sources/" + created.get(0)).json();
        assertEquals("article-journal", article.getString("type"));
        assertEquals("The North Korean Refugee Crisis " + run, article.getString("title"));
        assertEquals("Journal of Peace Research", article.getString("container-title"));
        assertEquals("17-18", article.getString("page"));
        assertEquals("3", article.getString("issue"));
        assertEquals("haggard" + run, article.getString("citation-key"));
        assertEquals("Haggard", article.getJsonArray("author").getJsonObject(0).getString("family"));
        assertEquals(2, article.getJsonArray("author").size());
        JsonObject report2 = Api.anonymous().get("/api/sources/" + created.get(1)).json();
        assertEquals("report", report2.getString("type"));
        assertEquals("Hunger in München " + run, report2.getString("title"));
        assertEquals("World Food Programme", report2.getJsonArray("author").getJsonObject(0).getString("literal"));
        assertEquals("WFP", report2.getString("publisher"));
    }

    @Test
    void reportsEveryEntryOfAFileImportedAgainAsADuplicate() {
        List<String> created = ids(imported(BIBTEX, bibtex(), "").getJsonArray("created"));
        long before = total();
        JsonObject again = imported(BIBTEX, bibtex(), "");
        assertEquals(0, again.getJsonArray("created").size(), again::toString);
        JsonArray duplicates = again.getJsonArray("duplicates");
        assertEquals(2, duplicates.size());
        assertEquals("haggard" + run, duplicates.getJsonObject(0).getString("entry"));
        assertEquals(created.get(0), duplicates.getJsonObject(0).getString("existing"));
        assertEquals(before, total());
    }

    @Test
    void createsDuplicatesWhenAsked() {
        imported(BIBTEX, bibtex(), "");
        JsonObject again = imported(BIBTEX, bibtex(), "?onDuplicate=create");
        assertEquals(2, again.getJsonArray("created").size(), again::toString);
        assertEquals(0, again.getJsonArray("duplicates").size());
    }

    @Test
    void reportsADuplicateInsideTheSameFile() {
        String ris = """
                TY  - BOOK
                TI  - Famine in North Korea %1$s
                AU  - Haggard, Stephen
                PY  - 2007
                ER  -\s

                TY  - BOOK
                ID  - again
                TI  - Famine in North Korea %1$s
                AU  - Haggard, S.
                PY  - 2007
                ER  -\s
                """.formatted(run);
        JsonObject report = imported(RIS, ris, "");
        assertEquals(1, report.getJsonArray("created").size(), report::toString);
        assertEquals("again", report.getJsonArray("duplicates").getJsonObject(0).getString("entry"));
        assertEquals(report.getJsonArray("created").getString(0),
                report.getJsonArray("duplicates").getJsonObject(0).getString("existing"));
    }

    @Test
    void importsRisAndCslJson() {
        String ris = "TY  - JOUR\r\nTI  - Markets and Famine " + run + "\r\nAU  - Noland, Marcus\r\nJO  - Asian Survey\r\n"
                + "VL  - 44\r\nSP  - 5\r\nEP  - 9\r\nPY  - 2004\r\nDO  - 10.1000/" + run + "\r\nER  - \r\n";
        String id = imported(RIS, ris, "").getJsonArray("created").getString(0);
        JsonObject item = Api.anonymous().get("/api/sources/" + id).json();
        assertEquals("Asian Survey", item.getString("container-title"));
        assertEquals("5-9", item.getString("page"));
        assertEquals("10.1000/" + run, item.getString("DOI"));

        String json = "[{\"id\":\"a\",\"type\":\"book\",\"title\":\"Hunger and Human Rights " + run + "\"},"
                + "{\"type\":\"book\",\"title\":\"Witness to Transformation " + run + "\"}]";
        List<String> created = ids(imported(CSL_JSON, json, "").getJsonArray("created"));
        assertEquals(2, created.size());
        assertEquals("Witness to Transformation " + run,
                Api.anonymous().get("/api/sources/" + created.get(1)).json().getString("title"));
        JsonObject one = imported(CSL_JSON, "{\"type\":\"book\",\"title\":\"Hunger and Human Rights " + run + "\"}", "");
        assertEquals("1", one.getJsonArray("duplicates").getJsonObject(0).getString("entry"));
    }

    @Test
    void refusesAMalformedFileWithItsLineAndStoresNothing() {
        long before = total();
        String file = bibtex() + "\n@book{broken" + run + ",\n  title = {Fine " + run + "},\n  year 2006\n}\n";
        Api.Reply reply = librarian.post("/api/import", BIBTEX, file);
        assertEquals(400, reply.status(), reply::toString);
        assertTrue(reply.header("Content-Type").orElseThrow().startsWith("application/problem+json"));
        JsonObject error = reply.json().getJsonArray("errors").getJsonObject(0);
        assertEquals(15, error.getInt("line"), reply::toString);
        assertTrue(error.getString("message").contains("'='"), reply::toString);
        assertEquals(before, total());

        Api.Reply noTitle = librarian.post("/api/import", RIS, "TY  - BOOK\nTI  - Kept? " + run + "\nER  - \n"
                + "TY  - BOOK\nAU  - Doe, Jane\nER  - \n");
        assertEquals(400, noTitle.status(), noTitle::toString);
        assertEquals(4, noTitle.json().getJsonArray("errors").getJsonObject(0).getInt("line"), noTitle::toString);
        assertEquals(before, total());
    }

    @Test
    void exportsSourcesAndReimportsThemAsDuplicates() {
        List<String> created = ids(imported(BIBTEX, bibtex(), "").getJsonArray("created"));
        String sources = String.join(",", created);
        for (String[] format : List.of(new String[]{"bibtex", BIBTEX}, new String[]{"ris", RIS},
                new String[]{"csl-json", CSL_JSON}, new String[]{"marcxml", MARCXML})) {
            Api.Reply export = Api.anonymous().get("/api/export?format=" + format[0] + "&sources=" + sources);
            assertEquals(200, export.status(), export::toString);
            assertTrue(export.header("Content-Type").orElseThrow().startsWith(format[1]), export::toString);
            JsonObject again = imported(format[1], export.text(), "");
            assertEquals(0, again.getJsonArray("created").size(), () -> format[0] + ": " + again + "\n" + export.text());
            assertEquals(created, again.getJsonArray("duplicates").stream()
                    .map(d -> d.asJsonObject().getString("existing")).toList());
        }
    }

    @Test
    void refusesUnknownFormatsAndSources() {
        Api.Reply format = Api.anonymous().get("/api/export?format=endnote&sources=1");
        assertEquals(400, format.status());
        assertEquals("format", format.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Reply unknown = Api.anonymous().get("/api/export?format=ris&sources=999999999");
        assertEquals(400, unknown.status());
        assertEquals("sources", unknown.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Reply marcImport = librarian.post("/api/import", "application/marc", "<collection/>");
        assertEquals(415, marcImport.status());
    }

    @Test
    void importIsForLibrarians() {
        assertEquals(401, Api.anonymous().post("/api/import", BIBTEX, bibtex()).status());
        assertEquals(403, Api.as("writer").post("/api/import", BIBTEX, bibtex()).status());
    }
}
