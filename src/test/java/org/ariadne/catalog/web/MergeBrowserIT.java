package org.ariadne.catalog.web;

import jakarta.json.Json;
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

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A librarian finds two records of one newspaper article in the catalogue, selects both (the page counts them),
 * merges them keeping the duplicate's name of the paper, and reads the merge in the survivor's history. The fields
 * read as the editor names them, not as CSL does.
 */
@ExtendWith(ArquillianExtension.class)
class MergeBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ariadne();
    }

    @BeforeEach
    void users() {
        TestUsers.ensure();
    }

    private static String source(String title, String paper, String issued) {
        Api.Reply created = Api.as("librarian").post("/api/sources", "application/json",
                "{\"type\":\"article-newspaper\",\"title\":\"" + title + "\",\"container-title\":\"" + paper
                        + "\",\"author\":[{\"family\":\"Kim\",\"given\":\"Soo-ah\"}],\"issued\":{\"date-parts\":[["
                        + issued + "]]}}");
        assertEquals(201, created.status(), created::toString);
        return created.json().getString("id");
    }

    @Test
    void librarianSelectsTwoRecordsOfOneArticleMergesThemAndReadsTheMergeInTheHistory() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String title = "Returned at the river crossing " + run;
        String survivor = source(title, "Border Chronicle", "2012");
        String duplicate = source(title, "The Border Chronicle", "2012, 3");
        Api.Reply shelf = Api.as("writer").postJson("/api/collections", Json.createObjectBuilder()
                .add("name", "Merged shelf " + run).add("sources", Json.createArrayBuilder().add(duplicate)).build());
        assertEquals(201, shelf.status(), shelf::toString);

        try (Browser browser = new Browser()) {
            browser.logInAs("librarian");
            browser.open("/catalog/sources/list.xhtml");
            browser.waitForText("[id='sources:selected-count']", "No source selected");
            browser.type("input[id='sources:filter']", run);
            // the filter re-renders the table once it has waited for the typing to stop; a box ticked before that
            // would be lost with the table it was ticked in
            browser.waitFor().until(page -> page.findElements(By.cssSelector("[id='sources:table'] tbody tr"))
                    .stream().allMatch(row -> row.getText().contains(run)));
            browser.find("tr[data-rk='" + duplicate + "']");
            browser.click("tr[data-rk='" + survivor + "'] .ui-chkbox-box");
            browser.waitForText("[id='sources:selected-count']", "1 source selected");
            browser.click("tr[data-rk='" + duplicate + "'] .ui-chkbox-box");
            browser.waitForText("[id='sources:selected-count']", "2 sources selected");
            browser.click("button[id='sources:merge-selected']");
            browser.waitForUrl("/catalog/sources/merge");

            List<String> fields = browser.driver()
                    .findElements(By.cssSelector("[id='merge:fields'] tbody tr td:first-child")).stream()
                    .map(cell -> cell.getText().trim()).toList();
            assertTrue(fields.containsAll(List.of("Type of source", "Title", "Author", "Published in", "Date issued")),
                    () -> "the merge view's fields: " + fields);
            assertTrue(browser.find("[id='merge:fields']").getText().contains("Newspaper article"),
                    "the type reads as the catalogue names it");
            // (the cell also holds the column's title, which PrimeFaces shows above the value on narrow screens)
            browser.driver().findElement(By.xpath("//tr[.//span[@class='merge-field']"
                    + "[normalize-space()='Published in']]//label[normalize-space()=\"Duplicate's\"]")).click();
            browser.click("button[id='merge:merge-button']");
            browser.click("button.ui-confirmdialog-yes");
            browser.waitForText("#source-title", title);
            assertTrue(browser.url().contains(survivor), browser.url());
            assertEquals("The Border Chronicle", browser.driver().findElement(By.xpath(
                    "//dt[normalize-space()='Published in']/following-sibling::dd[1]")).getText(),
                    "the duplicate's name of the paper is kept");

            browser.click("a[id='source-history']");
            browser.waitForUrl("/history");
            By publishedIn = By.xpath("//tr[@data-field='container-title']");
            browser.waitFor().until(page -> !page.findElements(publishedIn).isEmpty());
            String change = browser.driver().findElement(publishedIn).getText();
            assertTrue(change.startsWith("Published in") && change.contains("The Border Chronicle"), change);
        }

        List<String> members = Api.anonymous().get("/api/collections/" + shelf.json().getString("id") + "/sources")
                .json().getJsonArray("items").stream().map(item -> item.asJsonObject().getString("id")).toList();
        assertEquals(List.of(survivor), members, "the duplicate's place in the collection passes to the survivor");
    }
}
