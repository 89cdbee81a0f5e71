package org.ariadne.footnotes.web;

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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.ariadne.it.CitedWorks.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A librarian reviews the footnotes of seed 002 in a real browser, corrects one, and sees who cites a work. */
@ExtendWith(ArquillianExtension.class)
class FootnoteReviewBrowserIT {

    private static final Path SEED_002 = Path.of("..", "shared", "seeds", "002_e0c3d585472a70e7.txt");



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
    void librarianReviewsNavigatesCorrectsAndSeesWhoCitesAWork() throws IOException {
        String haggard = catalogued(HAGGARD_TITLE, HAGGARD);
        catalogued(AMNESTY_TITLE, AMNESTY);
        catalogued(HWANG_TITLE, HWANG);
        String title = "Footnote review " + UUID.randomUUID();
        Api.Reply created = librarian.post("/api/sources", "application/json",
                "{\"type\":\"article-newspaper\",\"title\":\"" + title + "\"}");
        assertEquals(201, created.status(), created::toString);
        String article = created.json().getString("id");
        Api.Reply archived = librarian.put("/api/sources/" + article + "/text", "text/plain; charset=utf-8",
                Files.readAllBytes(SEED_002), null);
        assertEquals(200, archived.status(), archived::toString);

        try (Browser browser = new Browser()) {
            browser.logInAs("librarian");
            browser.open("/sources/" + article);
            browser.click("a[id='review-footnotes']");
            browser.waitForUrl("/footnotes/review.xhtml?source=" + article);

            browser.find("#note-4");
            List<WebElement> notes = browser.driver().findElements(By.cssSelector("#note-list > li.note"));
            assertEquals(4, notes.size());
            List<WebElement> markers = browser.driver().findElements(By.cssSelector("#marked-text mark.marker"));
            assertEquals(4, markers.size());
            for (int n = 1; n <= 4; n++) {
                assertEquals(String.valueOf(n), browser.find("#marker-" + n).getText());
            }
            assertTrue(browser.find("#note-2").getText().contains("ibid"), browser.find("#note-2").getText());
            assertTrue(browser.find("#note-1 a.cited-title").getText().contains(HAGGARD_TITLE));

            // keyboard: j from nowhere focuses note 1, then two more reach note 3 and its problem
            new Actions(browser.driver()).sendKeys("j").sendKeys("j").sendKeys(Keys.ARROW_DOWN).perform();
            waitFor(browser).until(d -> "note-3".equals(activeId(browser)));
            assertTrue(browser.find("#marker-3").getAttribute("class").contains("current"));
            WebElement problem = browser.find("#note-3 .problem");
            assertTrue(problem.getText().contains("24/03/200"), problem.getText());
            new Actions(browser.driver()).sendKeys("k").perform();
            waitFor(browser).until(d -> "note-2".equals(activeId(browser)));

            // a work that is not a catalogue entry is explained next to its field, and nothing is saved
            browser.click("#note-4 button[id$=':edit']");
            WebElement work = browser.find("#note-4 input[id$=':source_input']");
            assertTrue(work.getAttribute("value").contains(HWANG_TITLE), work.getAttribute("value"));
            work.clear();
            work.sendKeys("no such work");
            browser.click("#note-4 button[id$=':save']");
            browser.waitForText("#note-4 .source-error", "Choose a catalogued work");
            browser.click("#note-4 button[id$=':cancel']");

            // correct note 4's locator
            browser.click("#note-4 button[id$=':edit']");
            WebElement locator = browser.find("#note-4 input[id$=':locator']");
            assertEquals("57-58", locator.getAttribute("value"));
            locator.clear();
            locator.sendKeys("57-59");
            browser.click("#note-4 button[id$=':save']");
            browser.waitForText("#note-4", "corrected");
            assertTrue(browser.find("#note-4 .locator").getText().contains("57-59"));

            // accepting note 1 keeps what was found and marks it corrected
            browser.click("#note-1 button[id$=':accept']");
            browser.waitForText("#note-1", "corrected");
            assertTrue(browser.find("#note-1 .locator").getText().contains("10"));

            browser.driver().navigate().refresh();
            browser.waitForText("#note-4 .locator", "57-59");
            assertTrue(browser.find("#note-4").getText().contains("corrected"));
            assertTrue(browser.find("#note-1").getText().contains("corrected"));
            assertTrue(browser.find("#note-1 a.cited-title").getText().contains(HAGGARD_TITLE));

            // the chapter's page lists notes 1 and 2 of this text as citing it
            browser.open("/sources/" + haggard);
            browser.find("#cited-by");
            List<String> citing = browser.driver().findElements(By.cssSelector("#cited-by li.cited-by")).stream()
                    .filter(li -> li.getText().contains(title))
                    .map(li -> li.findElement(By.cssSelector(".cited-by-number")).getText())
                    .toList();
            assertEquals(List.of("1", "2"), citing);
            browser.driver().findElements(By.cssSelector("#cited-by li.cited-by")).stream()
                    .filter(li -> li.getText().contains(title) && li.getText().contains("17-18"))
                    .findFirst().orElseThrow().findElement(By.tagName("a")).click();
            browser.waitForUrl("#note-2");
            waitFor(browser).until(d -> "note-2".equals(activeId(browser)));
        }
    }

    private static String activeId(Browser browser) {
        return (String) ((JavascriptExecutor) browser.driver()).executeScript("return document.activeElement.id;");
    }

    private static WebDriverWait waitFor(Browser browser) {
        return browser.waitFor();
    }

    /** The id of the first catalogued work with this title, catalogued now if the catalogue has none. */
}
