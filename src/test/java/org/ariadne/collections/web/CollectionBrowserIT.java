package org.ariadne.collections.web;

import jakarta.json.JsonObject;
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

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A writer makes a collection on the collections page, adds two sources to it from the catalogue's selection, and
 * builds the collection's bibliography from its page.
 */
@ExtendWith(ArquillianExtension.class)
class CollectionBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ariadne();
    }

    @BeforeEach
    void users() {
        TestUsers.ensure();
    }

    private static String source(String title) {
        Api.Reply created = Api.as("librarian").post("/api/sources", "application/json",
                "{\"type\":\"book\",\"title\":\"" + title + "\",\"author\":[{\"family\":\"Lim\",\"given\":\"Hana\"}],"
                        + "\"publisher\":\"Harbour Press\",\"issued\":{\"date-parts\":[[2019]]}}");
        assertEquals(201, created.status(), created::toString);
        return created.json().getString("id");
    }

    @Test
    void writerMakesACollectionAddsSelectedSourcesAndBuildsItsBibliography() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String first = source("Rivers of the north " + run);
        String second = source("Winter crossings " + run);
        String name = "Shelf " + run;

        try (Browser writer = new Browser()) {
            writer.logInAs("writer");
            writer.open("/collections/index.xhtml");
            writer.type("input[id='collections:new-name']", name);
            writer.click("button[id='collections:create-button']");
            writer.waitForText("#selected-name", name);

            writer.open("/catalog/sources/list.xhtml");
            writer.type("input[id='sources:filter']", run);
            writer.find("tr[data-rk='" + first + "']");
            writer.find("tr[data-rk='" + second + "']");
            writer.click("tr[data-rk='" + first + "'] .ui-chkbox-box");
            writer.click("tr[data-rk='" + second + "'] .ui-chkbox-box");
            writer.choose("sources:target", name);
            writer.click("button[id='sources:add-to-collection']");
            writer.waitForText(".ui-growl", "2 sources added");

            JsonObject collection = Api.anonymous().get("/api/collections?q=" + run).json().getJsonArray("items")
                    .getJsonObject(0);
            assertEquals(2, collection.getInt("sourceCount"));

            writer.open("/collections/index.xhtml?id=" + collection.getString("id"));
            writer.waitForText("[id='collections:members']", "Winter crossings " + run);
            writer.click("a[id='collections:build-bibliography']");
            writer.waitForUrl("/bibliography/build");
            writer.waitForText(".bibliography-preview", "Rivers of the north " + run);
            writer.waitForText(".bibliography-preview", "Winter crossings " + run);
            assertEquals(2, writer.driver().findElements(org.openqa.selenium.By.cssSelector(
                    ".bibliography-preview .csl-entry")).size());
        }
    }
}
