package org.ariadne.claims.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ariadne.catalog.domain.SourceReferences;
import org.ariadne.catalog.domain.SourceUsage;
import org.ariadne.claims.domain.ClaimRepository;

/** Keeps a source that claims cite from being deleted, and leads claim citations to the survivor of a merge. */
@ApplicationScoped
public class ClaimCitations implements SourceUsage, SourceReferences {

    @Inject
    ClaimRepository claims;

    @Override
    public String describeUsesOf(long sourceId) {
        ClaimRepository.Uses uses = claims.usesOf(sourceId);
        if (uses.none()) {
            return "";
        }
        return uses.citations() + (uses.citations() == 1 ? " citation" : " citations") + " of "
                + uses.claims() + (uses.claims() == 1 ? " claim" : " claims") + " cite it";
    }

    @Override
    public void redirect(MergePlan merge) {
        claims.redirectCitations(merge.loser(), merge.survivor());
    }
}
