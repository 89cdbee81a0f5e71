package org.ariadne.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.ariadne.catalog.application.SourceDraft;
import org.ariadne.catalog.application.SourceRecord;
import org.ariadne.catalog.application.SourceService;
import org.ariadne.footnotes.application.CitationDraft;
import org.ariadne.footnotes.application.FootnoteService;
import org.ariadne.security.application.PasswordHasher;
import org.ariadne.security.domain.Roles;
import org.ariadne.security.domain.User;
import org.ariadne.security.domain.UserRepository;
import org.ariadne.shared.infrastructure.Database;
import org.ariadne.shared.infrastructure.DatabaseMigration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * First start on a new data directory. The embedded default gets the demo users (each with its name as password,
 * announced in the log), the demo catalogue and the demo's own sample texts with their footnotes; a production
 * database gets no default password: its first administrator comes from ARIADNE_ADMIN_PASSWORD, if set.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "SearchSchema"})
@RunAs(Roles.LIBRARIAN)
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    /**
     * The demo users' salted PBKDF2 hashes (each user's name is the password, as the README says), computed once in
     * the format and with the parameters of {@link PasswordHasher}: hashing four passwords at 210,000 iterations
     * each took about two seconds of a first start's CPU. Users created later are hashed as always.
     */
    static final Map<String, String> DEMO_PASSWORD_HASHES = Map.of(
            Roles.LIBRARIAN, "PBKDF2WithHmacSHA256:210000:SrdXkLNNSCU8lemluvfBbtEqeQAW7+fVqq5PWrBKEEQ="
                    + ":KHaY7LP1LiZOORMHk3Sa7NvIL8GrbHGAzaWOLXjJbWg=",
            Roles.WRITER, "PBKDF2WithHmacSHA256:210000:2ELbU4zyveSWUhJcD1dsEzNRyMQqsHkVDXYWf1SAHvw="
                    + ":968Yw6FNn6OhpUjXkwv3p0NHXRXuqFBsrxZQvOxaVBU=",
            Roles.REVIEWER, "PBKDF2WithHmacSHA256:210000:Uh5Ozo3vTWEJukxWzwXD+dWtPI9Wh6ctnDy8UaifOj8="
                    + ":hAX2FaK3LWj6gXlKCcnh7PWTw2PUeyCwUQf1a1tgWM8=",
            Roles.ADMIN, "PBKDF2WithHmacSHA256:210000:rVe2hZ3O7LKy2IcJJsR8d4gun8vhsM1Ao9sK8cz9AS8="
                    + ":67Cm/iVU5hhWpVcwzkXFNp3Pt3An+DQ3/p9G4KnDTbw=");

    /** The reading note's first paragraph, as the essay's note 2 quotes it: three works are cited inside it. */
    static final String READING_NOTE_PASSAGE = "people sent back across the northern border are questioned and often "
            + "punished. Monitors have recorded returnees who were branded as traitors after their return. Security "
            + "analysts add that any softening on the Chinese side could draw far larger numbers across the river.";

    @EJB
    DatabaseMigration migration;

    @EJB
    SourceService sources;

    @EJB
    FootnoteService footnotes;

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    /**
     * {@code ARIADNE_DEMO_CATALOGUE=false} starts the embedded default with the demo users only and no archive:
     * an empty instance, e.g. to restore a bag into.
     */
    private static boolean demoCatalogueWanted() {
        String wanted = System.getenv("ARIADNE_DEMO_CATALOGUE");
        return wanted == null || !wanted.strip().equalsIgnoreCase("false");
    }

    /** The ids of the demo sources catalogued at this start, by title; empty when nothing was loaded now. */
    private final Map<String, Long> catalogued = new HashMap<>();

    @PostConstruct
    void firstStart() {
        if (Database.isEmbedded()) {
            if (users.count() == 0) {
                createDemoUsers();
            }
            if (migration.freshDatabase() && demoCatalogueWanted()) {
                loadDemoCatalogue();
            }
        } else if (users.count() == 0) {
            createFirstAdministrator();
        }
    }

    private void loadDemoCatalogue() {
        for (SourceDraft draft : DemoCatalogue.drafts()) {
            SourceRecord created = sources.create(draft);
            catalogued.put(created.title(), created.id());
        }
        for (DemoCatalogue.SampleText sample : DemoCatalogue.sampleTexts()) {
            SourceRecord created = sources.create(sample.draft());
            catalogued.put(created.title(), created.id());
            sources.archiveText(created.id(), resource(sample.resource()), "text/plain", "UTF-8");
        }
        // A librarian's corrections: the essay's note 2 quotes the passage of the reading note it relies on, and
        // the news article cited by the softer-line text is confirmed (its note names no page).
        footnotes.correct(catalogued.get(DemoCatalogue.ESSAY), 2, List.of(new CitationDraft(
                catalogued.get(DemoCatalogue.READING_NOTE), "3", "paragraph", READING_NOTE_PASSAGE)));
        footnotes.correct(catalogued.get(DemoCatalogue.SOFTER_LINE), 1, List.of(new CitationDraft(
                catalogued.get(DemoCatalogue.NEWS_000), null, null, null)));
        LOG.info(() -> "Embedded demo: catalogued " + catalogued.size() + " demo sources, three with archived texts.");
    }

    /** Demo source ids catalogued at this start (empty if the data directory already had its data). */
    @PermitAll
    public Map<String, Long> cataloguedNow() {
        return Map.copyOf(catalogued);
    }

    private static byte[] resource(String name) {
        try (InputStream in = DemoData.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Demo text " + name + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void createDemoUsers() {
        for (String role : Roles.ALL) {
            users.add(User.of(role, DEMO_PASSWORD_HASHES.get(role), Set.of(role), clock.instant()));
        }
        LOG.warning("Embedded demo: created the demo users librarian, writer, reviewer and admin, each with its "
                + "name as password. Never use the embedded default in production.");
    }

    private void createFirstAdministrator() {
        String password = System.getenv("ARIADNE_ADMIN_PASSWORD");
        if (password == null || password.isBlank()) {
            LOG.warning("No users yet and ARIADNE_ADMIN_PASSWORD is not set: nobody can log in to change data.");
            return;
        }
        users.add(User.of("admin", hasher.hash(password.toCharArray()), Set.of(Roles.ADMIN), clock.instant()));
        LOG.info("Created the first administrator, admin, with the password from ARIADNE_ADMIN_PASSWORD.");
    }

    static SourceDraft draft(Map<String, Object> item) {
        return new SourceDraft(item, Set.of("demo"), Set.of("North Korean refugees"));
    }
}
