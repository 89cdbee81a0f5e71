package org.ariadne.catalog.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ariadne.catalog.application.ContributorService;
import org.ariadne.security.domain.Roles;
import org.ariadne.shared.domain.NotFoundException;
import org.ariadne.shared.domain.RevisionView;
import org.ariadne.shared.domain.Versioned;
import org.ariadne.shared.web.HistoryOf;

import java.util.List;

/** The history page for contributors, the authority records ({@code kind=contributor}). */
@ApplicationScoped
public class ContributorHistoryOf implements HistoryOf {

    @Inject
    ContributorService contributors;

    @Override
    public String kind() {
        return "contributor";
    }

    @Override
    public String restoringRole() {
        return Roles.LIBRARIAN;
    }

    @Override
    public Versioned<List<RevisionView>> revisions(String key) {
        return contributors.revisions(Long.parseLong(key));
    }

    @Override
    public void restore(String key, long revision, long expectedVersion) {
        contributors.restore(Long.parseLong(key), revision, expectedVersion);
    }

    @Override
    public String title(String key) {
        try {
            return contributors.get(Long.parseLong(key)).contributor().displayName();
        } catch (NotFoundException e) {
            return "#" + key;
        }
    }

    @Override
    public String page(String key) {
        return null;
    }
}
