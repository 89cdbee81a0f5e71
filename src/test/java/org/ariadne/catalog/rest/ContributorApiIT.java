package org.ariadne.catalog.rest;

import jakarta.json.JsonObject;
import org.ariadne.it.Api;
import org.ariadne.it.Deployments;
import org.ariadne.it.TestUsers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Contributors are shared authority records: one person across all their works, under every form of the name. */
@ExtendWith(ArquillianExtension.class)
class ContributorApiIT {

    private final Api librarian = Api.as("librarian");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ariadne();
    }

    @BeforeEach
    void users() {
        TestUsers.ensure();
    }

    private String contributorOf(String family, String given, String title) {
        JsonObject source = librarian.post("/api/sources", "application/json",
                "{\"type\":\"book\",\"title\":\"" + title + "\",\"author\":[{\"family\":\"" + family
                        + "\",\"given\":\"" + given + "\"}]}").json();
        return source.getJsonObject("custom").getJsonArray("contributors").getJsonObject(0).getString("id");
    }

    @Test
    void oneRecordPerPersonAcrossWorks() {
        String family = "Zubrowski" + UUID.randomUUID().toString().substring(0, 6);
        String first = contributorOf(family, "Stephen", "First work of " + family);
        String second = contributorOf(family, "Stephen", "Second work of " + family);
        assertEquals(first, second);
        JsonObject record = Api.anonymous().get("/api/contributors/" + first).json();
        assertEquals(2, record.getInt("workCount"));
        assertEquals(family, record.getString("family"));
    }

    @Test
    void aVariantNameMergesTheRecordThatWentByItWithAllItsWorks() {
        String family = "Quellmann" + UUID.randomUUID().toString().substring(0, 6);
        String full = contributorOf(family, "Stephen", "Full name work of " + family);
        String initials = contributorOf(family, "S.", "Initials work of " + family);
        assertTrue(!full.equals(initials), "different written forms start as different records");

        Api.Reply merged = librarian.post("/api/contributors/" + full + "/variants", "application/json",
                "{\"name\":\"" + family + ", S.\"}");
        assertEquals(201, merged.status(), merged::toString);
        JsonObject record = merged.json();
        assertEquals(2, record.getInt("workCount"));
        Set<String> titles = record.getJsonArray("works").stream()
                .map(w -> w.asJsonObject().getString("title")).collect(Collectors.toSet());
        assertEquals(Set.of("Full name work of " + family, "Initials work of " + family), titles);
        assertEquals(404, Api.anonymous().get("/api/contributors/" + initials).status());

        assertEquals(full, contributorOf(family, "S.", "Later work of " + family),
                "a new work crediting the variant links to the same record");
    }

    @Test
    void variantsNeedALibrarianAndAName() {
        String id = contributorOf("Varga" + UUID.randomUUID().toString().substring(0, 6), "Ilona", "Guarded " + UUID.randomUUID());
        assertEquals(401, Api.anonymous().post("/api/contributors/" + id + "/variants", "application/json",
                "{\"name\":\"Varga, I.\"}").status());
        assertEquals(400, librarian.post("/api/contributors/" + id + "/variants", "application/json", "{}").status());
        assertEquals(404, Api.anonymous().get("/api/contributors/999999999").status());
        assertTrue(Api.anonymous().get("/api/contributors?q=Varga").jsonArray().size() >= 1);
    }
}
