package org.ariadne.bibliography.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;

import org.ariadne.it.Api;
import org.ariadne.it.Browser;
import org.ariadne.it.Deployments;
import org.ariadne.it.TestUsers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A writer builds a bibliography in the browser: she adds her sources by title, finds a style by name within a
 * field, sees the preview change, switches the format to HTML and then RTF, and downloads the file.
 */
@ExtendWith(ArquillianExtension.class)
class BibliographyBuilderBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ariadne();
    }

    @BeforeEach
    void users() {
        TestUsers.ensure();
    }

    private static void book(String title) {
        Api.Reply reply = Api.as("librarian").post("/api/sources", "application/json",
                "{\"type\":\"book\",\"title\":\"" + title + "\",\"author\":[{\"family\":\"Doe\",\"given\":\"John\"}],"
                        + "\"issued\":{\"date-parts\":[[2004]]},"
                        + "\"publisher\":\"Acme\",\"publisher-place\":\"Boston\"}");
        assertEquals(201, reply.status(), reply::toString);
    }

    @Test
    void writerBuildsAndDownloadsABibliography() throws Exception {
        String token = "Builder" + UUID.randomUUID().toString().substring(0, 8);
        book("Another Book " + token);
        book("The Book of Things " + token);
        try (Browser writer = new Browser()) {
            writer.logInAs("writer");
            writer.open("/bibliography/build.xhtml");
            writer.type("input[id='builder:title-filter']", token);
            writer.click("button[id='builder:add-matching']");
            // APA, the default style: two 2004 works of one author get year suffixes in the preview
            writer.waitForText("[id='builder:preview']", "Doe, J. (2004a). Another Book " + token);
            writer.waitForText("[id='builder:preview']", "Doe, J. (2004b). The Book of Things " + token);

            // the style picker: narrowed to a field, searched by name
            writer.click("[id='builder:field']");
            writer.click("li[data-label='humanities']");
            writer.type("input[id='builder:style_input']", "modern language association");
            writer.click("li.ui-autocomplete-item");
            writer.waitForText("[id='builder:preview']", "Doe, John. Another Book " + token);

            writer.click("label[for='builder:format:1']"); // HTML
            writer.waitForText("[id='builder:output']", "csl-entry");
            writer.click("label[for='builder:format:2']"); // RTF
            writer.waitForText("[id='builder:output']", "\\rtf1");
            // the entries themselves, with the title in italics (an RTF group)
            writer.waitForText("[id='builder:output']", "{\\i Another Book " + token + "}");
            writer.click("button[id='builder:copy']");
            writer.find("#copy-status");

            writer.click("label[for='builder:format:1']"); // back to HTML for the download
            writer.waitForText("[id='builder:output']", "csl-entry");
            writer.click("button[id='builder:download']");
            String html = Files.readString(writer.downloaded("bibliography.html"), StandardCharsets.UTF_8);
            assertTrue(html.contains("<div class=\"csl-bib-body\">"), html);
            assertTrue(html.indexOf("Another Book " + token) < html.indexOf("The Book of Things " + token), html);
            assertTrue(html.contains("Doe, John"), html);
        }
    }
}
