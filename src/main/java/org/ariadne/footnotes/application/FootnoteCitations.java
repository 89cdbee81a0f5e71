package org.ariadne.footnotes.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ariadne.catalog.domain.SourceReferences;
import org.ariadne.catalog.domain.SourceUsage;
import org.ariadne.footnotes.domain.FootnoteRepository;

/** Keeps a source that footnotes cite from being deleted, and leads footnotes to the survivor of a merge. */
@ApplicationScoped
public class FootnoteCitations implements SourceUsage, SourceReferences {

    @Inject
    FootnoteRepository footnotes;

    @Override
    public String describeUsesOf(long sourceId) {
        FootnoteRepository.Uses uses = footnotes.usesOf(sourceId);
        if (uses.none()) {
            return "";
        }
        return uses.footnotes() + (uses.footnotes() == 1 ? " footnote" : " footnotes") + " of "
                + uses.sources() + (uses.sources() == 1 ? " source" : " sources") + " cite it";
    }

    @Override
    public void redirect(MergePlan merge) {
        if (merge.textFromLoser()) {
            footnotes.moveFootnotes(merge.loser(), merge.survivor());
        } else {
            footnotes.removeFootnotesOf(merge.loser());
        }
        footnotes.redirectCitations(merge.loser(), merge.survivor());
    }
}
