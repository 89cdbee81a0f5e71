package org.ariadne.catalog.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.ariadne.catalog.domain.Contributor;
import org.ariadne.catalog.domain.ContributorRepository;

import java.util.List;

/** The authority records of people and organisations, for pickers and contributor pages. */
@Stateless
public class ContributorService {

    @Inject
    ContributorRepository contributors;

    @PermitAll
    public List<ContributorRecord> suggest(String text, int max) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return contributors.suggest(text.strip(), Math.min(Math.max(max, 1), 50)).stream()
                .map(ContributorRecord::of).toList();
    }

    /** A contributor as pickers show it. */
    public record ContributorRecord(long id, String kind, String displayName, String sortName, String family,
                                    String given, String literal) {

        static ContributorRecord of(Contributor contributor) {
            return new ContributorRecord(contributor.id(), contributor.kind().name(), contributor.displayName(),
                    contributor.sortName(), contributor.family(), contributor.given(), contributor.literal());
        }
    }
}
