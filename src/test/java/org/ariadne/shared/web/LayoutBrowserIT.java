package org.ariadne.shared.web;

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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page, as the user whose page it is, on a desktop (1400 px) and a phone (400 px): neither the page nor a
 * table in it scrolls sideways, and each label of a form sits beside its own field (or, on the phone, right above
 * it). The pages were once only looked at in screenshots; a field group that rendered no element of its own then
 * paired every label of the editor with the wrong field, a textarea of 90 columns widened the import page past a
 * narrow screen, and on a phone the tables of users, of a history and of the merge view hid columns to the right.
 */
@ExtendWith(ArquillianExtension.class)
class LayoutBrowserIT {

    private static final List<Integer> WIDTHS = List.of(1400, 400);

    /** What is wrong with the page's layout, as the browser measures it; empty when nothing is. */
    private static final String MEASURE = """
            const problems = [];
            const sideways = document.documentElement.scrollWidth - window.innerWidth;
            if (sideways > 0) {
                const wide = [...document.querySelectorAll('body *')]
                        .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
                        .slice(0, 3).map(e => e.tagName + '#' + e.id + '.' + e.className);
                problems.push('scrolls sideways by ' + sideways + ' px: ' + wide.join(', '));
            }
            for (const box of document.querySelectorAll('.ui-datatable-tablewrapper')) {
                const hidden = box.scrollWidth - box.clientWidth;
                if (hidden > 1) {
                    problems.push('the table ' + box.parentElement.id + ' scrolls sideways in its box by ' + hidden
                            + ' px');
                }
            }
            for (const label of document.querySelectorAll('.fields > label[for]')) {
                const field = document.getElementById(label.getAttribute('for'));
                if (!field) {
                    problems.push('no field for the label ' + label.getAttribute('for'));
                    continue;
                }
                const l = label.getBoundingClientRect(), f = field.getBoundingClientRect();
                if (f.width === 0) {
                    continue;
                }
                const beside = l.right <= f.left + 1 && Math.abs(l.top - f.top) < Math.max(f.height, 24);
                const above = f.top >= l.bottom - 1 && f.top - l.bottom < 32 && Math.abs(l.left - f.left) < 8;
                if (!beside && !above) {
                    problems.push('the label "' + label.textContent.trim() + '" is neither beside nor above its '
                            + 'field (label at ' + [l.left, l.top] + ', field at ' + [f.left, f.top] + ')');
                }
            }
            return problems;
            """;

    private static final List<String> ERROR_TITLES = List.of("Not found", "Not allowed", "Page expired",
            "Something went wrong");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ariadne();
    }

    @BeforeEach
    void users() {
        TestUsers.ensure();
    }

    private static String source(String title, String paper) {
        Api.Reply created = Api.as("librarian").post("/api/sources", "application/json",
                "{\"type\":\"article-newspaper\",\"title\":\"" + title + "\",\"container-title\":\"" + paper
                        + "\",\"author\":[{\"family\":\"Park\",\"given\":\"Ji-woo\"}],\"issued\":{\"date-parts\":"
                        + "[[2023,12,6]]}}");
        assertEquals(201, created.status(), created::toString);
        return created.json().getString("id");
    }

    @Test
    void noPageScrollsSidewaysAndEveryLabelStandsByItsFieldOnADesktopAndAPhone() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String source = source("Layout of a long title about crossings on the northern border " + run, "Daily");
        String other = source("Layout of a long title about crossings on the northern border " + run, "The Daily");
        Api.Reply claim = Api.as("writer").postJson("/api/claims", Json.createObjectBuilder()
                .add("text", "Crossings rose in the winter of that year " + run)
                .add("citations", Json.createArrayBuilder().add(Json.createObjectBuilder().add("source", source)
                        .add("locator", "3").add("label", "page").add("stance", "supports"))).build());
        assertEquals(201, claim.status(), claim::toString);
        String claimId = claim.json().getString("id");

        Map<String, List<String>> pagesByUser = Map.of(
                "librarian", List.of("/catalog/sources/list.xhtml", "/catalog/sources/edit.xhtml",
                        "/catalog/sources/edit.xhtml?id=" + source, "/sources/" + source,
                        "/catalog/sources/text.xhtml?id=" + source, "/history.xhtml?kind=source&id=" + source,
                        "/catalog/sources/merge.xhtml?survivor=" + source + "&loser=" + other,
                        "/footnotes/review.xhtml?source=" + source, "/exchange/import.xhtml"),
                "writer", List.of("/claims/edit.xhtml", "/claims/view.xhtml?id=" + claimId,
                        "/bibliography/build.xhtml", "/collections/index.xhtml", "/search/results.xhtml?q=" + run,
                        "/search/saved.xhtml"),
                "reviewer", List.of("/claims/queue.xhtml", "/claims/view.xhtml?id=" + claimId,
                        "/history.xhtml?kind=claim&id=" + claimId),
                "admin", List.of("/admin/users.xhtml", "/admin/user.xhtml?name=librarian", "/admin/failed-logins.xhtml",
                        "/search/admin.xhtml", "/catalog/fixity.xhtml"));

        List<String> problems = new ArrayList<>();
        pagesByUser.forEach((user, pages) -> {
            try (Browser browser = new Browser()) {
                browser.logInAs(user);
                for (int width : WIDTHS) {
                    browser.driver().manage().window().setSize(new Dimension(width, 1000));
                    for (String page : pages) {
                        browser.open(page);
                        browser.find("h1");
                        String title = browser.driver().getTitle();
                        assertTrue(ERROR_TITLES.stream().noneMatch(title::startsWith) && !browser.url()
                                .contains("/login.xhtml"), () -> user + " could not open " + page + ": " + title);
                        @SuppressWarnings("unchecked")
                        List<String> found = (List<String>) ((JavascriptExecutor) browser.driver())
                                .executeScript(MEASURE);
                        found.forEach(problem -> problems.add(width + " px, " + user + ", " + page + ": " + problem));
                    }
                }
            }
        });
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }
}
