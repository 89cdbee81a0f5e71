package org.ariadne.exchange.rest;

import jakarta.json.JsonObject;
import org.ariadne.it.Api;
import org.ariadne.it.Deployments;
import org.ariadne.it.TestUsers;
import org.ariadne.it.Waiting;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A large import sends its search documents to the index while it writes (shared.infrastructure.EarlyIndexing):
 * no search may see them before the import has committed, every one is found as soon as it returns, and an import
 * that rolls back leaves none of them behind.
 */
@ExtendWith(ArquillianExtension.class)
class EarlyIndexingIT {

    private static final String BIBTEX = "application/x-bibtex";

    private final Api librarian = Api.as("librarian");
    private final Random random = new Random();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ariadne();
    }

    @BeforeEach
    void users() {
        TestUsers.ensure();
    }

    @Test
    void searchesSeeNothingOfAnImportUntilItReturnsAndThenAllOfIt() {
        String word = letters("unseen");
        String family = letters("Qz");
        int entries = 6000;
        CompletableFuture<Api.Reply> importing = importInTheBackground(word, family, entries);
        assertTrue(Waiting.until(() -> importing.isDone() || unseenBulkWrites() > 0, done -> done,
                Duration.ofSeconds(60), Duration.ofMillis(10)), "the import starts");
        // a search counts when the import's documents were unseen (its transaction open) both before and after it
        int searchesWhileOpen = 0;
        List<String> seen = new ArrayList<>();
        while (!importing.isDone()) {
            if (unseenBulkWrites() == 0) {
                continue;
            }
            int found = Api.anonymous().get("/api/search?kind=source&size=1&q=" + word).json().getInt("total");
            String suggested = Api.anonymous().get("/api/search/suggestions?size=20&q=" + family).text();
            if (unseenBulkWrites() > 0) {
                searchesWhileOpen++;
                if (found > 0) {
                    seen.add(found + " sources");
                }
                if (suggested.contains(family)) {
                    seen.add("suggestions " + suggested);
                }
            }
        }
        Api.Reply reply = importing.join();
        assertEquals(200, reply.status(), reply::toString);
        assertTrue(searchesWhileOpen > 0, "searches ran while the import wrote");
        assertEquals(List.of(), seen, "nothing of the import is found before it commits");
        assertEquals(entries, reply.json().getJsonArray("created").size());
        assertEquals(0, unseenBulkWrites(), "nothing is left hidden once it returned");
        assertEquals(entries, Api.anonymous().get("/api/search?kind=source&size=1&q=" + word).json().getInt("total"),
                "every source is found as soon as the import returned");
        assertTrue(Api.anonymous().get("/api/search/suggestions?size=20&q=" + family).text().contains(family),
                "so is the authority record it created");
    }

    @Test
    void anImportRolledBackLeavesNoDocumentBehind() {
        String word = letters("rolledback");
        String family = letters("Qx");
        int entries = 20000;
        CompletableFuture<Api.Reply> importing = importInTheBackground(word, family, entries);
        assertTrue(Waiting.until(this::unseenBulkWrites, n -> n > 0, Duration.ofSeconds(60), Duration.ofMillis(10)),
                "the import starts writing");
        // a rebuild empties the index under the import, which then fails and rolls back; what it sends after the
        // rebuild's purge is in the index until the rollback deletes it again
        Api.Reply rebuild = Api.as("admin").post("/api/search/index", "application/json", "");
        assertEquals(202, rebuild.status(), rebuild::toString);
        Api.Reply reply = importing.join();
        assertEquals(409, reply.status(), reply::toString);
        assertTrue(reply.json().getString("detail").contains("rebuilt"), reply::toString);
        assertTrue(Waiting.until(() -> Api.anonymous().get("/api/search/index").json(),
                        p -> !p.getBoolean("running") && p.getInt("unseenBulkWrites") == 0,
                        Duration.ofSeconds(120), Duration.ofMillis(50)),
                "the rebuild ends and the rolled-back import's documents are deleted");
        JsonObject progress = Api.anonymous().get("/api/search/index").json();
        assertFalse(progress.containsKey("failure"), progress::toString);
        assertEquals(0, Api.anonymous().get("/api/search?kind=source&size=1&q=" + word).json().getInt("total"),
                "no source of the rolled-back import is found");
        assertFalse(Api.anonymous().get("/api/search/suggestions?size=20&q=" + family).text().contains(family),
                "nor the authority record it had created");
        assertEquals(0, librarian.get("/api/sources?q=" + word).json().getInt("total"), "nothing is stored");
    }

    private CompletableFuture<Api.Reply> importInTheBackground(String word, String family, int entries) {
        String file = bibtex(word, family, entries);
        return CompletableFuture.supplyAsync(() -> librarian.post("/api/import", BIBTEX, file));
    }

    private int unseenBulkWrites() {
        return Api.anonymous().get("/api/search/index").json().getInt("unseenBulkWrites");
    }

    /** Books with a title word and an author of this run's own, none a duplicate of another. */
    private static String bibtex(String word, String family, int entries) {
        StringBuilder bib = new StringBuilder();
        for (int i = 0; i < entries; i++) {
            bib.append("@book{e").append(i).append(",\n  title = {Written early ").append(word).append(' ').append(i)
                    .append("},\n  author = {").append(family).append(", Ann and Other").append(i % 97)
                    .append(", Ben},\n  publisher = {Test Press},\n  year = {2004}\n}\n\n");
        }
        return bib.toString();
    }

    private String letters(String prefix) {
        StringBuilder word = new StringBuilder(prefix);
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
