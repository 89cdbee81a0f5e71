package org.ariadne.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.ariadne.catalog.application.SourceDraft;
import org.ariadne.catalog.application.SourceService;
import org.ariadne.security.application.PasswordHasher;
import org.ariadne.security.domain.Roles;
import org.ariadne.security.domain.User;
import org.ariadne.security.domain.UserRepository;
import org.ariadne.shared.infrastructure.Database;
import org.ariadne.shared.infrastructure.DatabaseMigration;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * First start on a new data directory. The embedded default gets the demo users (each with its name as password,
 * announced in the log) and the demo catalogue; a production database gets no default password: its first
 * administrator comes from ARIADNE_ADMIN_PASSWORD, if set.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@RunAs(Roles.LIBRARIAN)
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @EJB
    DatabaseMigration migration;

    @EJB
    SourceService sources;

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    @PostConstruct
    void firstStart() {
        if (Database.isEmbedded()) {
            if (users.count() == 0) {
                createDemoUsers();
            }
            if (migration.freshDatabase()) {
                DemoCatalogue.drafts().forEach(draft -> sources.create(draft));
                LOG.info(() -> "Embedded demo: catalogued " + DemoCatalogue.drafts().size() + " demo sources.");
            }
        } else if (users.count() == 0) {
            createFirstAdministrator();
        }
    }

    private void createDemoUsers() {
        for (String role : Roles.ALL) {
            users.add(User.of(role, hasher.hash(role.toCharArray()), Set.of(role), clock.instant()));
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
