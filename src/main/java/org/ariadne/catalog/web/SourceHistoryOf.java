package org.ariadne.catalog.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ariadne.catalog.application.SourceService;
import org.ariadne.security.domain.Roles;
import org.ariadne.shared.domain.NotFoundException;
import org.ariadne.shared.domain.RevisionView;
import org.ariadne.shared.domain.Versioned;
import org.ariadne.shared.web.HistoryOf;

import java.util.List;

/** The history page for sources ({@code kind=source}). */
@ApplicationScoped
public class SourceHistoryOf implements HistoryOf {

    @Inject
    SourceService sources;

    @Override
    public String kind() {
        return "source";
    }

    @Override
    public String restoringRole() {
        return Roles.LIBRARIAN;
    }

    @Override
    public Versioned<List<RevisionView>> revisions(String key) {
        return sources.revisions(Long.parseLong(key));
    }

    @Override
    public void restore(String key, long revision, long expectedVersion) {
        sources.restore(Long.parseLong(key), revision, expectedVersion);
    }

    @Override
    public boolean restoresDeleted() {
        return true;
    }

    @Override
    public void restoreDeleted(String key, long revision) {
        sources.restoreDeleted(Long.parseLong(key), revision);
    }

    @Override
    public String title(String key) {
        try {
            return sources.get(Long.parseLong(key)).title();
        } catch (NotFoundException e) {
            return "#" + key;
        }
    }

    @Override
    public String page(String key) {
        return "/sources/" + Long.parseLong(key);
    }
}
