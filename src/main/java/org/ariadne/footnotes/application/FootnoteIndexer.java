package org.ariadne.footnotes.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ariadne.catalog.domain.ContributorRepository;
import org.ariadne.catalog.domain.Crediting;
import org.ariadne.catalog.domain.CslItem;
import org.ariadne.catalog.domain.Source;
import org.ariadne.catalog.domain.SourceRepository;
import org.ariadne.catalog.domain.TextAnalyser;
import org.ariadne.catalog.domain.csl.WorkIdentity;
import org.ariadne.footnotes.domain.CatalogueMatcher;
import org.ariadne.footnotes.domain.Citation;
import org.ariadne.footnotes.domain.CitedWork;
import org.ariadne.footnotes.domain.ExtractedNote;
import org.ariadne.footnotes.domain.Footnote;
import org.ariadne.footnotes.domain.FootnoteAnalysis;
import org.ariadne.footnotes.domain.FootnoteExtractor;
import org.ariadne.footnotes.domain.FootnoteRepository;
import org.ariadne.footnotes.domain.FootnoteResolver;
import org.ariadne.footnotes.domain.ResolvedCitation;
import org.ariadne.footnotes.domain.ResolvedNote;
import org.ariadne.footnotes.domain.TextFormat;
import org.ariadne.shared.domain.InvalidInputException;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the footnotes of a newly archived text, links what they cite to catalogued works (cataloguing the works not
 * yet known) and stores them in place of the source's earlier footnotes. Runs inside the archiving transaction of
 * {@code SourceService.archiveText}, so it has none of its own.
 */
@ApplicationScoped
public class FootnoteIndexer implements TextAnalyser {

    @Inject
    SourceRepository sources;

    @Inject
    ContributorRepository contributors;

    @Inject
    FootnoteRepository footnotes;

    @Inject
    Clock clock;

    @Inject
    Principal caller;

    @Override
    public int analyse(Source source, String text, String mediaType) {
        List<ExtractedNote> extracted = TextFormat.findByMediaType(mediaType)
                .map(format -> new FootnoteExtractor().extract(text, format))
                .orElse(List.of());
        FootnoteAnalysis analysis = new FootnoteResolver().resolve(extracted);
        List<CatalogueLink> links = link(analysis.works(), source.id());

        Map<Integer, Deque<Footnote>> previous = new HashMap<>();
        for (Footnote footnote : footnotes.findBySource(source.id())) {
            previous.computeIfAbsent(footnote.number(), n -> new ArrayDeque<>()).add(footnote);
        }
        List<Footnote> added = new ArrayList<>();
        for (ResolvedNote note : analysis.notes()) {
            List<Citation> citations = new ArrayList<>();
            Set<String> problems = new LinkedHashSet<>(note.problems());
            for (ResolvedCitation cited : note.citations()) {
                CatalogueLink link = links.get(cited.workIndex());
                if (link.problem() != null) {
                    problems.add(link.problem());
                }
                if (link.sourceId() != null) {
                    citations.add(Citation.found(link.sourceId(), cited.locator(), cited.label(), cited.ibid(),
                            cited.shortForm()));
                }
            }
            Footnote earlier = previous.getOrDefault(note.number(), new ArrayDeque<>()).poll();
            if (earlier != null) {
                earlier.foundAgain(note.text(), note.markerStart(), note.markerEnd(), citations, List.copyOf(problems));
            } else {
                added.add(Footnote.found(source.id(), note.number(), note.text(), note.markerStart(),
                        note.markerEnd(), citations, List.copyOf(problems)));
            }
        }
        previous.values().forEach(left -> left.forEach(footnotes::remove));
        footnotes.addAll(added);
        return analysis.notes().size();
    }

    /**
     * Each cited work's catalogued source, in the order of the analysis's works. The catalogue is asked for all the
     * works' keys and contributors at once; a work catalogued here is a candidate for the works after it.
     */
    private List<CatalogueLink> link(List<CitedWork> works, long citingSourceId) {
        List<WorkIdentity> identities = works.stream().map(work -> WorkIdentity.of(work.csl())).toList();
        CatalogueMatcher matcher = new CatalogueMatcher(sources);
        matcher.prefetchWorks(identities);
        List<CslItem> uncatalogued = new ArrayList<>();
        for (int i = 0; i < works.size(); i++) {
            CslItem valid = matcher.candidatesFor(identities.get(i), citingSourceId).isEmpty()
                    ? validOrNull(works.get(i).csl()) : null;
            if (valid != null) {
                uncatalogued.add(valid);
            }
        }
        Crediting crediting = new Crediting(contributors);
        crediting.prefetch(uncatalogued);
        Instant now = clock.instant();
        List<CatalogueLink> links = new ArrayList<>(works.size());
        for (int i = 0; i < works.size(); i++) {
            CitedWork work = works.get(i);
            List<Source> candidates = matcher.candidatesFor(identities.get(i), citingSourceId);
            if (candidates.size() == 1) {
                links.add(new CatalogueLink(candidates.get(0).id(), null));
            } else if (candidates.size() > 1) {
                links.add(new CatalogueLink(candidates.get(0).id(), CatalogueMatcher.ambiguity(candidates)));
            } else {
                links.add(catalogue(work, crediting, matcher, now));
            }
        }
        return links;
    }

    private CatalogueLink catalogue(CitedWork work, Crediting crediting, CatalogueMatcher matcher, Instant now) {
        try {
            Source created = crediting.catalogue(CslItem.validated(work.csl()), Set.of(), Set.of(), callerName(), now);
            sources.add(created);
            matcher.register(created);
            return new CatalogueLink(created.id(), null);
        } catch (InvalidInputException e) {
            return new CatalogueLink(null, "The cited work could not be catalogued from the note: "
                    + e.getMessage());
        }
    }

    private static CslItem validOrNull(Map<String, Object> csl) {
        try {
            return CslItem.validated(csl);
        } catch (InvalidInputException e) {
            return null;
        }
    }

    private String callerName() {
        return caller == null || caller.getName() == null ? null : caller.getName();
    }

    /** The source a cited work was linked to (null if none could be), and what a librarian must look at. */
    private record CatalogueLink(Long sourceId, String problem) {
    }
}
