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
import org.ariadne.shared.domain.ConflictException;
import org.ariadne.shared.domain.Fields;
import org.ariadne.shared.domain.History;
import org.ariadne.shared.domain.InputProblem;
import org.ariadne.shared.domain.InvalidInputException;
import org.ariadne.shared.domain.NotFoundException;
import org.ariadne.shared.domain.RevisionNotFoundException;
import org.ariadne.shared.domain.RevisionView;
import org.ariadne.shared.domain.StaleVersionException;
import org.ariadne.shared.domain.Versioned;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/** Reading the footnotes of a source, and a librarian's corrections of what they cite. */
@Stateless
public class FootnoteService {

    @Inject
    SourceRepository sources;

    @Inject
    FootnoteRepository footnotes;

    @Inject
    History versions;

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

    /** Every revision of footnote with what it changed, oldest first, and its current version. */
    @PermitAll
    public Versioned<List<RevisionView>> revisions(long sourceId, int number) {
        return revisions(sourceId, number, Fields::sourceById);
    }

    /** {@link #revisions(long, int)} with each cited source named by {@code source} (from its id). */
    @PermitAll
    public Versioned<List<RevisionView>> revisions(long sourceId, int number, LongFunction<String> source) {
        List<RevisionView> views = RevisionView.all(versions.of(Footnote.class,
                Map.of("sourceId", sourceId, "number", number)), footnote -> footnote.fields(source));
        if (views.isEmpty()) {
            throw new NotFoundException("Footnote", number + " of source " + sourceId);
        }
        return new Versioned<>(views, footnotes.findBySourceAndNumber(sourceId, number).map(Footnote::version).orElse(null));
    }

    /** One revision of footnote: its fields after it and what it changed. */
    @PermitAll
    public Versioned<RevisionView> revision(long sourceId, int number, long revision) {
        Versioned<List<RevisionView>> all = revisions(sourceId, number);
        return new Versioned<>(all.value().stream().filter(view -> view.revision().number() == revision).findFirst()
                .orElseThrow(() -> new RevisionNotFoundException("footnote", number + " of source " + sourceId, revision)), all.version());
    }

    private Footnote earlier(long sourceId, int number, long revision) {
        History.Snapshot<Footnote> snapshot = versions.of(Footnote.class, Map.of("sourceId", sourceId, "number", number)).stream()
                .filter(s -> s.revision().number() == revision).findFirst()
                .orElseThrow(() -> new RevisionNotFoundException("footnote", number + " of source " + sourceId, revision));
        if (snapshot.state() == null) {
            throw new ConflictException("Revision " + revision + " deleted footnote " + number + " of source " + sourceId + "; restore one before it.");
        }
        return snapshot.state();
    }

    /**
     * Takes back what an earlier revision of a footnote cited (and whether it was corrected), as a new revision.
     * The note must still have that revision's text: after the source's text is archived anew it is another note.
     *
     * @throws StaleVersionException if the note changed since {@code expectedVersion}
     */
    @RolesAllowed(Roles.LIBRARIAN)
    public Versioned<FootnoteRecord> restore(long sourceId, int number, long revision, long expectedVersion) {
        Footnote footnote = footnotes.findBySourceAndNumber(sourceId, number).orElseThrow(() -> new ConflictException(
                "Source " + sourceId + " has no footnote " + number + " any more; its history is kept, but there is "
                        + "no note to take back a version."));
        Footnote earlier = earlier(sourceId, number, revision);
        if (!footnote.hasVersion(expectedVersion)) {
            throw new StaleVersionException("Footnote", number + " of source " + sourceId);
        }
        if (!footnote.restore(earlier)) {
            throw new ConflictException("Footnote " + number + " of source " + sourceId + " has another text since "
                    + "revision " + revision + " (the source's text was archived again); correct it instead.");
        }
        footnotes.flush();
        return new Versioned<>(FootnoteRecord.of(footnote), footnote.version());
    }
}
