package org.ariadne.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import org.ariadne.claims.application.ClaimDraft;
import org.ariadne.claims.application.ClaimDraft.CitationDraft;
import org.ariadne.claims.application.ClaimService;
import org.ariadne.security.domain.Roles;

import java.util.List;
import java.util.Map;

/**
 * The demo's claims, stated by a writer on the first start of the embedded default: one whose trace runs two
 * levels deep (essay → reading note → the three works of article 002), one that one text supports and another
 * disputes, and one that still needs a citation.
 */
@Singleton
@Startup
@DependsOn("DemoData")
@RunAs(Roles.WRITER)
public class DemoClaims {

    @EJB
    DemoData demo;

    @EJB
    ClaimService claims;

    @PostConstruct
    void firstStart() {
        Map<String, Long> ids = demo.cataloguedNow();
        if (ids.isEmpty()) {
            return;
        }
        long essay = ids.get(DemoCatalogue.ESSAY);
        long softerLine = ids.get(DemoCatalogue.SOFTER_LINE);
        claims.create(new ClaimDraft("People returned to North Korea from China are questioned and often punished.",
                List.of(new CitationDraft(essay, "2", "paragraph",
                        "Those who are handed back face questioning and punishment", "supports"))));
        claims.create(new ClaimDraft("China returns every defector it arrests.", List.of(
                new CitationDraft(essay, "2", "paragraph",
                        "China's practice of returning the defectors it arrests has outlasted every round of foreign criticism",
                        "supports"),
                new CitationDraft(softerLine, "2", "paragraph",
                        "some people arrested after crossing are now released with a fine instead of being returned",
                        "disputes"))));
        claims.create(new ClaimDraft("Returnees who met South Koreans while away are punished more harshly.", List.of()));
    }
}
