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

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A librarian in a real browser pastes a BibTeX file, sees the dry run with its duplicate, then imports. */
@ExtendWith(ArquillianExtension.class)
class ImportWizardBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ariadne();
    }

    @BeforeEach
    void users() {
        TestUsers.ensure();
    }

    private static long total() {
        return Api.anonymous().get("/api/sources?size=1").json().getJsonNumber("total").longValue();
    }

    @Test
    void librarianChecksAFileSeesTheDuplicateAndImportsTheRest() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String bibtex = """
                @book{one%1$s, title = {Wizard Book %1$s}, author = {Haggard, Stephen}, year = 2007}
                @book{two%1$s, title = {Wizard Book %1$s}, author = {Haggard, Stephen}, year = 2007}
                @article{three%1$s, title = {Wizard Article %1$s}, author = {Noland, Marcus}, journal = {J}, year = 2008}
                """.formatted(run);
        try (Browser browser = new Browser()) {
            browser.logInAs("librarian");
            browser.open("/exchange/import.xhtml");
            browser.type("textarea[id='import:pasted']", bibtex);
            long before = total();
            browser.click("button[id='import:check']");
            browser.waitForText("[id='import:summary']", "2 new sources will be created");
            assertEquals(before, total(), "the dry run stores nothing");
            browser.waitForText("[id='import:rows']", "Repeats entry one" + run);
            browser.click("button[id='import:confirm']");
            browser.waitForText("[id='import:messages']", "2 sources created, 1 duplicate not created");
            assertEquals(before + 2, total());
        }
    }

    @Test
    void aBrokenFileIsExplainedWithItsLineAndNothingIsStored() {
        try (Browser browser = new Browser()) {
            browser.logInAs("librarian");
            browser.open("/exchange/import.xhtml");
            browser.type("textarea[id='import:pasted']", "@book{ok, title = {Fine}, year = 2001}\n@book{broken, title = {Never closed");
            long before = total();
            browser.click("button[id='import:check']");
            browser.waitForText("[id='import:pastedMessage']", "Line 2");
            assertEquals(before, total());
            assertTrue(browser.url().contains("import.xhtml"));
        }
    }
}
