package org.ariadne.exchange.web;

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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A librarian ticks sources in the catalogue (one with the mouse, one from the keyboard) and downloads them as
 * BibTeX; then downloads everything the filter matches as RIS. The files Chromium saves are read back.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogueExportBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ariadne();
    }

    @BeforeEach
    void users() {
        TestUsers.ensure();
    }

    private static String source(String title, int year) {
        Api.Reply created = Api.as("librarian").post("/api/sources", "application/json",
                "{\"type\":\"book\",\"title\":\"" + title + "\",\"author\":[{\"family\":\"Lim\",\"given\":\"Hana\"}],"
                        + "\"publisher\":\"Harbour Press\",\"issued\":{\"date-parts\":[[" + year + "]]}}");
        assertEquals(201, created.status(), created::toString);
        return created.json().getString("id");
    }

    @Test
    void librarianExportsTheTwoSelectedSourcesAsBibtexAndTheWholeFilterAsRis() throws IOException {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String first = source("Rivers of the North " + run, 2019);
        String second = source("Winter crossings " + run, 2021);
        String third = source("Border towns " + run, 2023);

        try (Browser librarian = new Browser()) {
            librarian.logInAs("librarian");
            librarian.open("/catalog/sources/list.xhtml");
            librarian.type("input[id='sources:filter']", run);
            librarian.find("tr[data-rk='" + third + "']");

            // Nothing ticked yet: the page says so next to the format, and downloads nothing.
            librarian.click("button[id='sources:export-selected']");
            librarian.waitForText("[id='sources:export-message']", "Tick the sources to export first");

            // The page came back with its filter kept.
            librarian.waitForAttribute("input[id='sources:filter']", "value", run);
            librarian.find("tr[data-rk='" + third + "']");
            librarian.click("tr[data-rk='" + first + "'] .ui-chkbox-box");
            // The second from the keyboard: its checkbox is in the tab order and Enter ticks it.
            WebElement box = librarian.find("tr[data-rk='" + second + "'] [role='checkbox']");
            assertEquals("0", box.getAttribute("tabindex"));
            box.sendKeys(Keys.ENTER);
            librarian.waitForAttribute("tr[data-rk='" + second + "']", "aria-selected", "true");
            librarian.waitForAttribute("tr[data-rk='" + first + "']", "aria-selected", "true");

            librarian.click("button[id='sources:export-selected']");
            String bibtex = Files.readString(librarian.downloaded("ariadne.bib"), StandardCharsets.UTF_8);
            assertEquals(2, count(bibtex, "(?m)^@book\\{"), bibtex);
            assertTrue(bibtex.contains("@book{lim2019-" + first + ","), bibtex);
            assertTrue(bibtex.contains("title = {Rivers of the {North} " + run + "}"), bibtex);
            assertTrue(bibtex.contains("@book{lim2021-" + second + ","), bibtex);
            assertTrue(bibtex.contains("title = {Winter crossings " + run + "}"), bibtex);
            assertTrue(bibtex.contains("author = {Lim, Hana}"), bibtex);
            assertTrue(bibtex.contains("publisher = {Harbour Press}"), bibtex);
            assertFalse(bibtex.contains("Border towns"), "only the selection is exported:\n" + bibtex);

            // Everything the filter matches, sorted by title in the table, as RIS.
            librarian.click("[id='sources:table'] th.ui-sortable-column");
            librarian.waitForText("[id='sources:table'] tr[data-ri='0']", "Border towns " + run);
            librarian.choose("sources:export-format", "RIS");
            librarian.click("button[id='sources:export-matching']");
            String ris = Files.readString(librarian.downloaded("ariadne.ris"), StandardCharsets.UTF_8);
            assertEquals(3, count(ris, "(?m)^TY  - BOOK"), ris);
            int border = ris.indexOf("TI  - Border towns " + run);
            int rivers = ris.indexOf("TI  - Rivers of the North " + run);
            int winter = ris.indexOf("TI  - Winter crossings " + run);
            assertTrue(border >= 0 && border < rivers && rivers < winter, "in the table's (title) order:\n" + ris);

            // A filter that matches nothing is explained, not downloaded as an empty file.
            librarian.type("input[id='sources:filter']", "no such source " + run);
            librarian.waitForText("[id='sources:table']", "No sources match");
            librarian.click("button[id='sources:export-matching']");
            librarian.waitForText("[id='sources:export-message']", "No source matches the filter");
        }
    }

    private static int count(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }
}
