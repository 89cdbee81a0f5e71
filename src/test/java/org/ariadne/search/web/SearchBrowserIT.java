package org.ariadne.search.web;

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
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A reader in a real browser: types in the search box, takes a suggestion, searches, follows a hit to its passage. */
@ExtendWith(ArquillianExtension.class)
class SearchBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ariadne();
    }

    @BeforeEach
    void users() {
        TestUsers.ensure();
    }

    @Test
    void typeTakeASuggestionSearchAndGoToThePassage() {
        String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        Api librarian = Api.as("librarian");
        Api.Reply created = librarian.post("/api/sources", "application/json",
                "{\"type\":\"report\",\"title\":\"Winter crossings " + word + "\"}");
        assertEquals(201, created.status(), created::toString);
        String id = created.json().getString("id");
        String text = "Winter crossings\n\nIn the cold months the river freezes and people walk across it at night."
                + "\n\nThe guards call them " + word + " walkers, after the ice.\n";
        assertEquals(200, librarian.put("/api/sources/" + id + "/text", "text/plain; charset=UTF-8",
                text.getBytes(StandardCharsets.UTF_8), null).status());

        try (Browser browser = new Browser()) {
            browser.open("/catalog/sources/list.xhtml");
            WebElement box = browser.find("input[id='search-box:q_input']");
            box.sendKeys(word.substring(0, 6));
            WebDriverWait wait = browser.waitFor();
            WebElement suggestion = wait.until(d -> d.findElements(By.cssSelector("[id='search-box:q_panel'] tr, "
                    + "[id='search-box:q_panel'] li")).stream().filter(e -> e.getText().contains(word)).findFirst()
                    .orElse(null));
            suggestion.click();
            browser.waitForUrl("/sources/" + id);
            assertTrue(browser.find("#source-title").getText().contains(word));

            WebElement again = browser.find("input[id='search-box:q_input']");
            again.clear();
            again.sendKeys(word + " walker");
            again.sendKeys(Keys.ESCAPE);
            browser.click("button[id='search-box:go']");
            browser.waitForUrl("/search/results.xhtml");
            browser.waitForText("#hits", "Winter crossings " + word);
            assertTrue(browser.find("#hits mark").getText().equalsIgnoreCase(word)
                    || browser.find("#hits").getText().contains(word));
            browser.find("#hits a.passage-link").click();
            browser.waitForUrl("/search/passage.xhtml");
            assertTrue(browser.find("mark#passage").getText().contains(word + " walkers"),
                    () -> browser.find("#passage-text").getText());
        }
    }
    /**
     * A writer saves the search shown (a missing name is explained next to the field), finds it on her saved searches
     * page, renames it, reopens it after a new source was catalogued (which is then among its results: the search
     * runs again), opens the bibliography of its sources, and deletes it.
     */
    @Test
    void saveListRenameReopenAndDeleteASearch() {
        String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        Api librarian = Api.as("librarian");
        assertEquals(201, librarian.post("/api/sources", "application/json",
                "{\"type\":\"report\",\"title\":\"Spring crossings " + word + "\"}").status());

        try (Browser browser = new Browser()) {
            browser.logInAs("writer");
            browser.open("/search/results.xhtml?q=" + word + "&kind=source");
            browser.waitForText("#hits", "Spring crossings " + word);

            browser.click("button[id='save-search:save']");
            browser.waitForText("[id='save-search:saved-message']", "Give the saved search a name");
            browser.type("input[id='save-search:saved-name']", "Crossings " + word);
            browser.click("button[id='save-search:save']");
            browser.waitForText("[id='save-search:saved-message']", "Crossings " + word);

            browser.click("a[id='nav-saved-searches']");
            browser.waitForUrl("/search/saved.xhtml");
            browser.waitForText("[id='saved:table']", "Crossings " + word);
            WebElement row = savedRow(browser, "Crossings " + word);
            assertTrue(row.getText().contains("kind: source"), row::getText);

            row.findElement(By.cssSelector("button[id$=':rename']")).click();
            browser.type("input[id='saved:rename-name']", "Renamed " + word);
            browser.click("button[id='saved:rename-save']");
            browser.waitForText("[id='saved:table']", "Renamed " + word);

            assertEquals(201, librarian.post("/api/sources", "application/json",
                    "{\"type\":\"report\",\"title\":\"Autumn crossings " + word + "\"}").status());
            savedRow(browser, "Renamed " + word).findElement(By.cssSelector("a.saved-search-link")).click();
            browser.waitForUrl("/search/results.xhtml");
            browser.waitForText("#hits", "Autumn crossings " + word);
            assertTrue(browser.find("#hits").getText().contains("Spring crossings " + word));

            browser.open("/search/saved.xhtml");
            savedRow(browser, "Renamed " + word).findElement(By.cssSelector("a[id$=':bibliography']")).click();
            browser.waitForUrl("/bibliography/build.xhtml");
            browser.waitForText("[id='builder:preview']", "Autumn crossings " + word);
            assertTrue(browser.find("[id='builder:preview']").getText().contains("Spring crossings " + word));

            browser.open("/search/saved.xhtml");
            savedRow(browser, "Renamed " + word).findElement(By.cssSelector("button[id$=':delete']")).click();
            browser.click("button[id='saved:confirm-yes']");
            browser.waitFor().until(d ->
                    !d.findElement(By.id("saved:table")).getText().contains("Renamed " + word));
        }
    }

    private static WebElement savedRow(Browser browser, String name) {
        return browser.waitFor().until(d -> d.findElements(
                By.cssSelector("[id='saved:table'] tbody tr")).stream().filter(r -> r.getText().contains(name))
                .findFirst().orElse(null));
    }
}
