package org.ariadne.bibliography.rest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
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

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The "Bibliographies and notes" part of the HTTP contract against a real WildFly: the style catalogue read from
 * the styles jar under WildFly's VFS class loader, uploads, bibliographies and notes of sources made here.
 * Expected strings are those of the renderer's unit tests (made with pandoc from the same items and styles).
 */
@ExtendWith(ArquillianExtension.class)
class BibliographyApiIT {

    private static final String CSL = "application/vnd.citationstyles.style+xml";
    private static final String IBID_STYLE = "chicago-notes-bibliography-subsequent-ibid";

    private final Api librarian = Api.as("librarian");
    private final Api anonymous = Api.anonymous();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ariadne();
    }

    @BeforeEach
    void users() {
        TestUsers.ensure();
    }

    /** A 2004 book by John Doe (Acme, Boston), as in the renderer's unit tests; returns its id. */
    private String doeBook(String title) {
        String item = Json.createObjectBuilder()
                .add("type", "book").add("title", title)
                .add("author", Json.createArrayBuilder().add(Json.createObjectBuilder().add("family", "Doe").add("given", "John")))
                .add("issued", Json.createObjectBuilder().add("date-parts", Json.createArrayBuilder().add(Json.createArrayBuilder().add(2004))))
                .add("publisher", "Acme").add("publisher-place", "Boston")
                .build().toString();
        Api.Reply reply = librarian.post("/api/sources", "application/json", item);
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getString("id");
    }

    private static JsonArray ids(String... ids) {
        var array = Json.createArrayBuilder();
        for (String id : ids) {
            array.add(id);
        }
        return array.build();
    }

    private static JsonObject cite(String source, String locator) {
        var cite = Json.createObjectBuilder().add("source", source);
        if (locator != null) {
            cite.add("locator", locator).add("label", "page");
        }
        return cite.build();
    }

    private Api.Reply bibliography(String style, String format, JsonArray sources) {
        return anonymous.postJson("/api/bibliography", Json.createObjectBuilder().add("style", style)
                .add("locale", "en-US").add("format", format).add("sources", sources).build());
    }

    private Api.Reply notes(String style, String format, JsonArray citations) {
        return anonymous.postJson("/api/notes", Json.createObjectBuilder().add("style", style)
                .add("locale", "en-US").add("format", format).add("citations", citations).build());
    }

    private static List<String> strings(JsonObject body, String name) {
        return body.getJsonArray(name).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static String style(String id, String title, String titleCase) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
                  <info>
                    <title>%s</title>
                    <id>%s</id>
                    <updated>2024-01-01T00:00:00+00:00</updated>
                  </info>
                  <citation><layout><text variable="title"/></layout></citation>
                  <bibliography>
                    <sort><key variable="title"/></sort>
                    <layout>
                      <group delimiter=" / "><names variable="author"><name/></names><text variable="title" text-case="%s"/></group>
                    </layout>
                  </bibliography>
                </style>
                """.formatted(title, id, titleCase);
    }

    private static void assertProblem(Api.Reply reply, int status, String field) {
        assertEquals(status, reply.status(), reply::toString);
        assertTrue(reply.header("Content-Type").orElse("").startsWith("application/problem+json"), reply::toString);
        if (field != null) {
            Set<String> fields = reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                    .map(e -> e.getString("field", "")).collect(Collectors.toSet());
            assertTrue(fields.contains(field), () -> "no error for " + field + ": " + reply);
        }
    }

    // ---- styles -----------------------------------------------------------------------------------------------

    @Test
    void listsThousandsOfBundledStylesReadFromTheStylesJarInsideWildFly() {
        Api.Reply reply = anonymous.get("/api/styles");
        assertEquals(200, reply.status(), reply::toString);
        JsonArray styles = reply.jsonArray();
        assertTrue(styles.size() > 10_000, "styles: " + styles.size());
        Set<String> ids = styles.getValuesAs(JsonObject.class).stream().map(s -> s.getString("id")).collect(Collectors.toSet());
        assertTrue(ids.containsAll(List.of("apa", "chicago-notes-bibliography", IBID_STYLE)));
        JsonObject apa = styles.getValuesAs(JsonObject.class).stream().filter(s -> s.getString("id").equals("apa"))
                .findFirst().orElseThrow();
        assertEquals("APA Style 7th edition", apa.getString("title"));
    }

    @Test
    void searchesStylesByNameAndField() {
        JsonArray apa = anonymous.get("/api/styles?q=apa").jsonArray();
        assertEquals("apa", apa.getJsonObject(0).getString("id"));
        JsonArray history = anonymous.get("/api/styles?q=chicago%20history").jsonArray();
        assertFalse(history.isEmpty());
        assertTrue(history.size() < 1000);
    }

    @Test
    void uploadsAValidStyleThatCanThenRenderABibliography() {
        String own = "ariadne-it-" + UUID.randomUUID();
        Api.Reply upload = librarian.post("/api/styles", CSL, style("http://example.org/styles/" + own, "Ariadne IT upper", "uppercase"));
        assertEquals(201, upload.status(), upload::toString);
        assertEquals(own, upload.json().getString("id"));
        assertTrue(upload.header("Location").orElseThrow().endsWith("/api/styles/" + own));

        String b1 = doeBook("The Book of Things");
        String b2 = doeBook("Another Book");
        Api.Reply reply = bibliography(own, "text", ids(b1, b2));
        assertEquals(200, reply.status(), reply::toString);
        assertEquals(List.of("John Doe / ANOTHER BOOK", "John Doe / THE BOOK OF THINGS"), strings(reply.json(), "entries"));

        JsonArray listed = anonymous.get("/api/styles?q=" + own).jsonArray();
        assertEquals(own, listed.getJsonObject(0).getString("id"));
        assertEquals("Ariadne IT upper", listed.getJsonObject(0).getString("title"));
        assertEquals(200, anonymous.get("/api/styles/" + own).status());
    }

    @Test
    void givesAStyleWithAnEmptyIdOrTitleAnIdOfAriadnes() {
        Api.Reply noId = librarian.post("/api/styles", CSL, style("", "Ariadne IT no id", "lowercase"));
        assertEquals(201, noId.status(), noId::toString);
        String id = noId.json().getString("id");
        assertFalse(id.isBlank());

        Api.Reply noTitle = librarian.post("/api/styles", CSL, style("http://example.org/styles/t-" + UUID.randomUUID(), "", "lowercase"));
        assertEquals(201, noTitle.status(), noTitle::toString);
        assertFalse(noTitle.json().getString("id").isBlank());

        String b1 = doeBook("The Book of Things");
        assertEquals(List.of("John Doe / the book of things"), strings(bibliography(id, "text", ids(b1)).json(), "entries"));
    }

    @Test
    void givesAStyleWhoseIdIsTakenANewId() {
        Api.Reply apa = librarian.post("/api/styles", CSL, style("http://www.zotero.org/styles/apa", "Not APA", "uppercase"));
        assertEquals(201, apa.status(), apa::toString);
        String apaCopy = apa.json().getString("id");
        assertNotEquals("apa", apaCopy);

        String own = "ariadne-it-dup-" + UUID.randomUUID();
        String first = librarian.post("/api/styles", CSL, style(own, "First", "uppercase")).json().getString("id");
        Api.Reply second = librarian.post("/api/styles", CSL, style(own, "Second", "lowercase"));
        assertEquals(201, second.status(), second::toString);
        assertEquals(own, first);
        assertNotEquals(own, second.json().getString("id"));

        // "apa" still is the bundled APA
        String b1 = doeBook("The Book of Things");
        assertEquals(List.of("Doe, J. (2004). The Book of Things. Acme."), strings(bibliography("apa", "text", ids(b1)).json(), "entries"));
        assertEquals(List.of("John Doe / THE BOOK OF THINGS"), strings(bibliography(apaCopy, "text", ids(b1)).json(), "entries"));
    }

    @Test
    void refusesStylesWithADoctypeOrExternalEntities() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE style [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
                  <info><title>&xxe;</title><id>x</id></info>
                  <citation><layout><text variable="title"/></layout></citation>
                </style>""";
        Api.Reply reply = librarian.post("/api/styles", CSL, xxe);
        assertProblem(reply, 400, null);
        assertEquals(2, reply.json().getJsonArray("errors").getJsonObject(0).getInt("line"), reply::toString);
        assertFalse(reply.text().contains("root:"), "no file contents may leak");
    }

    @Test
    void refusesWhatIsNotCsl() {
        assertProblem(librarian.post("/api/styles", CSL, "<html><body>no style</body></html>"), 400, null);
        assertProblem(librarian.post("/api/styles", CSL, "<style xmlns=\"http://purl.org/net/xbiblio/csl\"><info>"), 400, null);
        Api.Reply noLayout = librarian.post("/api/styles", CSL, """
                <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
                  <info><title>T</title><id>no-layout</id></info>
                </style>""");
        assertProblem(noLayout, 400, null);
        assertEquals(1, noLayout.json().getJsonArray("errors").getJsonObject(0).getInt("line"), noLayout::toString);
    }

    @Test
    void onlyLibrariansUploadStyles() {
        String xml = style("http://example.org/styles/auth-" + UUID.randomUUID(), "Auth", "uppercase");
        assertEquals(401, anonymous.post("/api/styles", CSL, xml).status());
        assertEquals(403, Api.as("writer").post("/api/styles", CSL, xml).status());
        assertEquals(403, Api.as("reviewer").post("/api/styles", CSL, xml).status());
    }

    // ---- the builder page ----------------------------------------------------------------------------------

    @Test
    void theBuilderPageIsOpenToAnonymousUsersAndLinkedFromTheNavigation() {
        Api.Reply page = anonymous.get("/bibliography/build.xhtml");
        assertEquals(200, page.status(), page::toString);
        assertTrue(page.text().contains("Build a bibliography"), page::toString);
        assertTrue(page.text().contains("id=\"nav-bibliography\""), page::toString);
    }

    // ---- bibliographies ---------------------------------------------------------------------------------------

    @Test
    void rendersAnApaBibliographyInTheStylesOrderAsTextHtmlAndRtf() {
        String b1 = doeBook("The Book of Things");
        String b2 = doeBook("Another Book");
        Api.Reply text = bibliography("apa", "text", ids(b1, b2));
        assertEquals(200, text.status(), text::toString);
        assertEquals(List.of("Doe, J. (2004a). Another Book. Acme.", "Doe, J. (2004b). The Book of Things. Acme."),
                strings(text.json(), "entries"));
        Api.Reply html = bibliography("apa", "html", ids(b1, b2));
        assertEquals(List.of(
                "<div class=\"csl-entry\">Doe, J. (2004a). <span style=\"font-style: italic\">Another Book</span>. Acme.</div>",
                "<div class=\"csl-entry\">Doe, J. (2004b). <span style=\"font-style: italic\">The Book of Things</span>. Acme.</div>"),
                strings(html.json(), "entries"));
        Api.Reply rtf = bibliography("apa", "rtf", ids(b1, b2));
        assertEquals(200, rtf.status(), rtf::toString);
        assertEquals(List.of("{Doe, J. (2004a). {\\i Another Book}. Acme.}", "{Doe, J. (2004b). {\\i The Book of Things}. Acme.}"),
                strings(rtf.json(), "entries"));
    }

    @Test
    void rendersAChicagoBibliographyWithNumericIds() {
        String b1 = doeBook("The Book of Things");
        String b2 = doeBook("Another Book");
        Api.Reply reply = anonymous.post("/api/bibliography", "application/json",
                "{\"style\":\"chicago-notes-bibliography\",\"locale\":\"en-US\",\"format\":\"text\",\"sources\":[" + b1 + "," + b2 + "]}");
        assertEquals(List.of("Doe, John. Another Book. Acme, 2004.", "Doe, John. The Book of Things. Acme, 2004."),
                strings(reply.json(), "entries"));
    }

    @Test
    void namesTheFieldsOfABadBibliographyRequest() {
        String b1 = doeBook("The Book of Things");
        assertProblem(bibliography("no-such-style-" + UUID.randomUUID(), "text", ids(b1)), 400, "style");
        assertProblem(bibliography("apa", "text", ids(b1, b1, "999999999")), 400, "sources[2]");
        assertProblem(bibliography("apa", "text", ids(b1, "not-an-id")), 400, "sources[1]");
        assertProblem(bibliography("apa", "pdf", ids(b1)), 400, "format");
        assertProblem(anonymous.postJson("/api/bibliography", Json.createObjectBuilder().add("style", "apa")
                .add("locale", "xx-NOPE").add("sources", ids(b1)).build()), 400, "locale");
        assertProblem(anonymous.postJson("/api/bibliography", Json.createObjectBuilder().add("style", "apa").build()), 400, "sources");
        assertProblem(anonymous.post("/api/bibliography", "application/json", "{\"style\": "), 400, null);
    }

    // ---- notes ------------------------------------------------------------------------------------------------

    @Test
    void shortensRepeatedNotesToIbidWithAndWithoutLocator() {
        String b1 = doeBook("The Book of Things");
        String b2 = doeBook("Another Book");
        JsonArray citations = Json.createArrayBuilder()
                .add(cite(b1, null)).add(cite(b1, null)).add(cite(b1, "17-18")).add(cite(b2, null))
                .add(cite(b1, "20")).add(cite(b1, "20")).add(cite(b1, null)).build();
        Api.Reply reply = notes(IBID_STYLE, "text", citations);
        assertEquals(200, reply.status(), reply::toString);
        assertEquals(List.of(
                "John Doe, The Book of Things (Acme, 2004).",
                "Ibid.",
                "Ibid., 17–18.",
                "John Doe, Another Book (Acme, 2004).",
                "Doe, The Book of Things, 20.",
                "Ibid.",
                "Doe, The Book of Things."), strings(reply.json(), "notes"));
    }

    @Test
    void rendersACitationOfSeveralItemsWithPrefixAndSuffix() {
        String b1 = doeBook("The Book of Things");
        String b2 = doeBook("Another Book");
        JsonArray citations = Json.createArrayBuilder()
                .add(cite(b1, "5")).add(cite(b1, "5")).add(cite(b1, null))
                .add(Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("source", b1).add("locator", "17-18").add("label", "page").add("prefix", "See "))
                        .add(cite(b2, null)))
                .add(cite(b2, "3"))
                .add(Json.createObjectBuilder().add("source", b2).add("locator", "3").add("label", "page")
                        .add("suffix", ", emphasis added").add("suppress-author", false))
                .add(cite(b1, null)).build();
        Api.Reply reply = notes(IBID_STYLE, "text", citations);
        assertEquals(200, reply.status(), reply::toString);
        assertEquals(List.of(
                "John Doe, The Book of Things (Acme, 2004), 5.",
                "Ibid.",
                "Doe, The Book of Things.",
                "See ibid., 17–18; John Doe, Another Book (Acme, 2004).",
                "Doe, Another Book, 3.",
                "Ibid., emphasis added.",
                "Doe, The Book of Things."), strings(reply.json(), "notes"));
    }

    @Test
    void rendersNotesAsHtmlAndInAuthorDateStyles() {
        String b1 = doeBook("The Book of Things");
        String b2 = doeBook("Another Book");
        Api.Reply html = notes(IBID_STYLE, "html", Json.createArrayBuilder().add(cite(b1, null)).add(cite(b1, "17-18")).build());
        assertEquals(List.of("John Doe, <span style=\"font-style: italic\">The Book of Things</span> (Acme, 2004).",
                "Ibid., 17&ndash;18."), strings(html.json(), "notes"));
        Api.Reply apa = notes("apa", "text", Json.createArrayBuilder().add(cite(b1, null)).add(cite(b1, "17-18")).add(cite(b2, null)).build());
        assertEquals(List.of("(Doe, 2004b)", "(Doe, 2004b, pp. 17–18)", "(Doe, 2004a)"), strings(apa.json(), "notes"));
    }

    @Test
    void namesTheFieldsOfABadNotesRequest() {
        String b1 = doeBook("The Book of Things");
        assertProblem(notes("no-such-style-" + UUID.randomUUID(), "text", Json.createArrayBuilder().add(cite(b1, null)).build()), 400, "style");
        assertProblem(notes(IBID_STYLE, "text", Json.createArrayBuilder().add(cite(b1, null)).add(cite("999999999", null)).build()),
                400, "citations[1].source");
        assertProblem(notes(IBID_STYLE, "text", Json.createArrayBuilder().add(cite(b1, null))
                .add(Json.createArrayBuilder().add(cite(b1, null)).add(cite("999999999", null))).build()), 400, "citations[1][1].source");
        assertProblem(notes(IBID_STYLE, "text", Json.createArrayBuilder().add(Json.createObjectBuilder().add("source", b1)
                .add("locator", "3").add("label", "pages-ish")).build()), 400, "citations[0].label");
        assertProblem(notes(IBID_STYLE, "text", Json.createArrayBuilder().add(JsonValue.TRUE).build()), 400, "citations[0]");
        assertProblem(notes(IBID_STYLE, "rtf!", Json.createArrayBuilder().add(cite(b1, null)).build()), 400, "format");
        assertProblem(anonymous.postJson("/api/notes", Json.createObjectBuilder().add("style", IBID_STYLE).build()), 400, "citations");
    }
}
