package org.ariadne.claims.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ariadne.catalog.web.SourceNames;
import org.ariadne.claims.application.ClaimService;
import org.ariadne.security.domain.Roles;
import org.ariadne.shared.domain.NotFoundException;
import org.ariadne.shared.domain.RevisionView;
import org.ariadne.shared.domain.Versioned;
import org.ariadne.shared.web.HistoryOf;

import java.util.List;

/** The history page for claims ({@code kind=claim}). */
@ApplicationScoped
public class ClaimHistoryOf implements HistoryOf {

    @Inject
    ClaimService claims;

    @Inject
    SourceNames sourceNames;

    @Override
    public String kind() {
        return "claim";
    }

    @Override
    public String restoringRole() {
        return Roles.WRITER;
    }

    @Override
    public Versioned<List<RevisionView>> revisions(String key) {
        return claims.revisions(Long.parseLong(key), sourceNames.byTitle());
    }

    @Override
    public void restore(String key, long revision, long expectedVersion) {
        claims.restore(Long.parseLong(key), revision, expectedVersion);
    }

    @Override
    public String title(String key) {
        try {
            return claims.get(Long.parseLong(key)).text();
        } catch (NotFoundException e) {
            return "#" + key;
        }
    }

    @Override
    public String page(String key) {
        return "/claims/" + Long.parseLong(key);
    }
}
