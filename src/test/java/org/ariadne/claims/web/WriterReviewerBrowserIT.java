package org.ariadne.claims.web;

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
import org.openqa.selenium.JavascriptExecutor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A writer selects a passage of an archived text and states a claim on it; a reviewer opens the claim, sees its
 * trace reach the work the footnote cites, and records a verdict. Seed 002 is the archived text.
 */
@ExtendWith(ArquillianExtension.class)
class WriterReviewerBrowserIT {

    private static final String PASSAGE = "anti-socialist traitors and criminals";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ariadne();
    }

    @BeforeEach
    void users() {
        TestUsers.ensure();
    }

    @Test
    void writerCitesASelectedPassageAndReviewerSeesTheTraceAndRulesOnIt() throws Exception {
        String title = "Seed 002 for the writer " + UUID.randomUUID().toString().substring(0, 8);
        Api librarian = Api.as("librarian");
        String id = librarian.post("/api/sources", "application/json",
                "{\"type\":\"article-newspaper\",\"title\":\"" + title + "\"}").json().getString("id");
        byte[] seed = Files.readAllBytes(Path.of("..", "shared", "seeds", "002_e0c3d585472a70e7.txt"));
        assertEquals(200, librarian.put("/api/sources/" + id + "/text", "text/plain; charset=utf-8", seed, null).status());

        String claimUrl;
        try (Browser writer = new Browser()) {
            writer.logInAs("writer");
            writer.open("/claims/edit.xhtml");
            writer.type("textarea[id='claim:text']", "Returnees were branded as traitors and criminals.");
            writer.type("input[id='claim:source_input']", title.substring(title.length() - 8));
            writer.click("li.ui-autocomplete-item");
            writer.find("#passage-text");
            ((JavascriptExecutor) writer.driver()).executeScript("""
                    const pre = document.getElementById('passage-text');
                    const node = pre.firstChild;
                    const start = node.textContent.indexOf(arguments[0]);
                    const range = document.createRange();
                    range.setStart(node, start);
                    range.setEnd(node, start + arguments[0].length);
                    const selection = window.getSelection();
                    selection.removeAllRanges();
                    selection.addRange(range);
                    document.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
                    """, PASSAGE);
            assertEquals(PASSAGE, writer.find("textarea[id='claim:quote']").getAttribute("value"));
            writer.type("input[id='claim:locator']", "5");
            writer.click("button[id='claim:save']");
            writer.waitForUrl("/claims/");
            writer.waitForText("#claim-text", "Returnees were branded");
            claimUrl = writer.url().substring(Api.base().length());
        }

        try (Browser reviewer = new Browser()) {
            reviewer.logInAs("reviewer");
            reviewer.open(claimUrl);
            reviewer.waitForText("[id='trace']", "Persecuting the Starving");
            reviewer.type("input[id='verdict:comment']", "The quote is there and note 3 cites the report.");
            reviewer.click("button[id='verdict:submit']");
            reviewer.waitForText("#verdicts", "The quote is there");
            assertEquals("Verified", reviewer.find("#claim-status").getText());
        }
    }
}
