package org.ariadne.catalog.web;

import org.ariadne.it.Api;
import org.ariadne.it.Browser;
import org.ariadne.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Rectangle;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A librarian in a real browser: logs in, catalogues a source, finds it in the table, opens its page. */
@ExtendWith(ArquillianExtension.class)
class LibrarianBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ariadne();
    }

    @org.junit.jupiter.api.BeforeEach
    void users() {
        org.ariadne.it.TestUsers.ensure();
    }

    @Test
    void librarianCataloguesASourceFindsItInTheListAndOpensItsPage() {
        String title = "Refugee policy in Jilin " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = new Browser()) {
            browser.open("/catalog/sources/list.xhtml");
            browser.find("a[id='nav-login']");
            assertTrue(browser.driver().findElements(org.openqa.selenium.By.id("caller-name")).isEmpty(),
                    "an anonymous visitor is not shown as logged in");
            browser.open("/catalog/sources/edit.xhtml");
            browser.waitForUrl("/login.xhtml");
            browser.type("input[id='login:username']", "librarian");
            browser.type("input[id='login:password']", Api.passwordOf("librarian"));
            browser.click("button[id='login:submit']");
            browser.waitForUrl("/catalog/sources/edit.xhtml");
            for (String field : List.of("title", "container", "volume", "issued", "doi")) {
                assertBesideItsLabel(browser, field);
            }

            browser.type("input[id='source:title']", title);
            browser.type("input[id$='author_input']", "Haggard, Stephen");
            browser.type("input[id='source:container']", "Journal of Border Studies");
            browser.type("input[id='source:volume']", "XVI");
            browser.type("input[id='source:issued']", "2004-03");
            browser.click("button[id='source:save']");
            browser.waitForUrl("/sources/");
            assertEquals(title, browser.find("#source-title").getText());
            assertTrue(browser.find(".credit").getText().contains("Haggard"));

            browser.open("/catalog/sources/list.xhtml");
            browser.type("input[id='sources:filter']", title.substring(title.length() - 8));
            browser.waitForText("[id='sources:table']", title);
            browser.clickLink(title);
            browser.waitForText("#source-title", title);
            assertTrue(browser.url().contains("view.xhtml?id=") || browser.url().contains("/sources/"));
        }
    }

    /**
     * The editor's label and field grid pairs each label with its own field: the field starts on the label's line,
     * to its right. (A field group that rendered no element of its own once put the field and its message into two
     * cells, so from the second field on each label stood beside the wrong input.)
     */
    private static void assertBesideItsLabel(Browser browser, String field) {
        Rectangle label = browser.find("label[for='source:" + field + "']").getRect();
        Rectangle input = browser.find("input[id='source:" + field + "']").getRect();
        assertTrue(label.getX() + label.getWidth() <= input.getX(), () -> field + ": label " + label.getX() + "+"
                + label.getWidth() + " is not left of its field at " + input.getX());
        assertTrue(Math.abs(label.getY() - input.getY()) < input.getHeight(), () -> field + ": label at y "
                + label.getY() + ", its field at y " + input.getY());
    }

    @Test
    void aBadDateIsExplainedNextToItsFieldAndNothingIsSaved() {
        try (Browser browser = new Browser()) {
            browser.logInAs("librarian");
            browser.open("/catalog/sources/edit.xhtml");
            browser.type("input[id='source:title']", "Never saved " + UUID.randomUUID());
            browser.type("input[id='source:issued']", "24/03/200");
            browser.click("button[id='source:save']");
            browser.waitForText("[id='source:fields']", "YYYY");
            assertTrue(browser.url().contains("edit.xhtml"));
        }
    }
}
