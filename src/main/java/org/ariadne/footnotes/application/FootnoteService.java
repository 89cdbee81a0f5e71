package org.ariadne.footnotes.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import org.ariadne.catalog.domain.SourceRepository;
import org.ariadne.footnotes.domain.Citation;
import org.ariadne.footnotes.domain.Footnote;
import org.ariadne.footnotes.domain.FootnoteRepository;
import org.ariadne.security.domain.Roles;
import org.ariadne.shared.domain.InputProblem;
import org.ariadne.shared.domain.InvalidInputException;
import org.ariadne.shared.domain.NotFoundException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reading the footnotes of a source, and a librarian's corrections of what they cite. */
@Stateless
public class FootnoteService {

    @Inject
    SourceRepository sources;

    @Inject
    FootnoteRepository footnotes;

    /** @throws org.ariadne.catalog.domain.SourceNotFoundException if there is no such source */
    @PermitAll
    public List<FootnoteRecord> ofSource(long sourceId) {
        sources.get(sourceId);
        return footnotes.findBySource(sourceId).stream().map(FootnoteRecord::of).toList();
    }

    /**
     * The footnotes of a source with the titles of the works they cite, for reviewing them side by side with the text;
     * the titles come in one query.
     *
     * @throws org.ariadne.catalog.domain.SourceNotFoundException if there is no such source
     */
    @PermitAll
    public FootnoteReview review(long sourceId) {
        List<FootnoteRecord> notes = ofSource(sourceId);
        List<Long> cited = notes.stream().flatMap(n -> n.citations().stream())
                .map(FootnoteRecord.CitationRecord::source).distinct().toList();
        Map<Long, String> titles = new HashMap<>();
        sources.findAllById(cited).forEach(s -> titles.put(s.id(), s.title()));
        return new FootnoteReview(notes, titles);
    }

    /** Every footnote, in every archived text, that cites the source (empty when none does, or no such source). */
    @PermitAll
    public List<FootnoteRepository.CitingNote> citing(long citedSourceId) {
        return footnotes.citing(citedSourceId);
    }

    /**
     * Replaces what a footnote cites with what a librarian states, and marks it corrected so that archiving the same
     * text again keeps the correction.
     *
     * @throws InvalidInputException naming {@code citations[i].source} or {@code citations[i].label} when wrong
     * @throws NotFoundException     if the source or the note does not exist
     */
    @RolesAllowed(Roles.LIBRARIAN)
    public FootnoteRecord correct(long sourceId, int number, @NotNull List<CitationDraft> drafts) {
        sources.get(sourceId);
        Footnote footnote = footnotes.findBySourceAndNumber(sourceId, number)
                .orElseThrow(() -> new NotFoundException("Footnote", number + " of source " + sourceId));
        List<InputProblem> problems = new ArrayList<>();
        List<Citation> citations = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            CitationDraft draft = drafts.get(i);
            String field = "citations[" + i + "]";
            if (draft.source() == null) {
                problems.add(InputProblem.ofField(field + ".source", "Give the id of the catalogued work cited."));
                continue;
            }
            if (draft.source() == sourceId) {
                problems.add(InputProblem.ofField(field + ".source", "A footnote cannot cite the text it belongs to."));
                continue;
            }
            if (sources.find(draft.source()).isEmpty()) {
                problems.add(InputProblem.ofField(field + ".source",
                        "There is no catalogued source " + draft.source() + "."));
                continue;
            }
            try {
                citations.add(Citation.stated(draft.source(), draft.locator(), draft.label(), draft.quote()));
            } catch (IllegalArgumentException e) {
                problems.add(InputProblem.ofField(field + ".label", e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The correction is not valid: " + problems.get(0).message(), problems);
        }
        footnote.correct(citations);
        return FootnoteRecord.of(footnote);
    }
}
