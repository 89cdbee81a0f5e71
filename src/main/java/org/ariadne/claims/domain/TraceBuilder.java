package org.ariadne.claims.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Traces a claim back through its citations and the footnotes of the quoted passages to the primary sources.
 *
 * <p>The rules:
 * <ul>
 *   <li>Each citation's quote is anchored in the cited source's archived text ({@link AnchorableText}); the
 *       passage's footnotes are those {@link FootnotePlacement} assigns to it; each footnote's citations
 *       become its {@code cites}.</li>
 *   <li>A cite whose citation carries a quote is anchored in the cited work's text and the trace goes on
 *       from that passage's own footnotes, as deep as the chain goes.</li>
 *   <li>A chain ends at a cite (or a claim citation) with no further footnotes: no quote, a work without
 *       archived text, a quote that is not found, or a passage without footnotes. The works where chains end
 *       are the {@code primarySources}, distinct, in the order first reached (depth first).</li>
 *   <li>A cite whose passage is already on the current path (same source, and its range overlaps one on the
 *       path, so that quoting a sentence with or without its full stop is the same passage) is a cycle: the
 *       branch stops there, is reported, and is not a primary source. A trace deeper than {@link #MAX_DEPTH} stops
 *       likewise.</li>
 *   <li>Problems, in plain words naming the source's title and the note number: quote not found; a quote
 *       that cannot be checked because the work has no archived text (a work without text and without a
 *       quote to check is just a primary source); a footnote with no parsed citation; a cycle; a source not
 *       in the catalogue; and, for claim citations, an archived text whose digest changed since the quote
 *       was checked (the quote is then re-anchored and the problem says whether it is still there).
 *       Each distinct problem is reported once.</li>
 * </ul>
 * Work per trace is bounded by what its chains reach: each source is read once, each (source, quote)
 * anchored once and each archived text normalised at most once, and a passage reached twice is expanded
 * once. A claim citation whose checked anchor still stands in an unchanged text needs no normalisation.
 *
 * <p>Thread-safe if its {@link TraceSources} is: all state of a trace lives in the call.
 */
public final class TraceBuilder {

    /** Chains deeper than this are cut (and reported); real ones are a handful of levels deep. */
    public static final int MAX_DEPTH = 32;

    private static final int QUOTE_IN_PROBLEM = 60;

    private final TraceSources sources;

    public TraceBuilder(TraceSources sources) {
        this.sources = Objects.requireNonNull(sources, "sources");
    }

    public Trace trace(ClaimView claim) {
        return new Run().trace(claim);
    }

    /** The state of one trace. */
    private final class Run {
        private final Map<String, Work> works = new HashMap<>();
        private final Map<String, List<TraceFootnote>> expanded = new HashMap<>();
        private final Map<String, List<QuoteAnchor>> path = new HashMap<>();
        private final Set<String> primarySources = new LinkedHashSet<>();
        private final Set<String> problems = new LinkedHashSet<>();
        private int cyclesCut;

        Trace trace(ClaimView claim) {
            List<TraceCitation> citations = new ArrayList<>(claim.citations().size());
            for (CitationView citation : claim.citations()) {
                citations.add(citation(citation));
            }
            return new Trace(new ClaimRef(claim.id(), claim.text()), citations,
                    List.copyOf(primarySources), List.copyOf(problems));
        }

        private TraceCitation citation(CitationView c) {
            Work work = work(c.sourceId());
            List<TraceFootnote> none = List.of();
            if (work.view.isEmpty()) {
                problems.add("The cited source " + c.sourceId() + " is not in the catalogue.");
                return new TraceCitation(work.ref(), c.locator(), c.quote(), false, c.stance(), none);
            }
            if (isBlank(c.quote())) {
                primarySources.add(work.id);
                return new TraceCitation(work.ref(), c.locator(), c.quote(), false, c.stance(), none);
            }
            if (work.text().isEmpty()) {
                problems.add(work.quoted() + " has no archived text, so the quote " + quoted(c.quote())
                        + " could not be checked.");
                primarySources.add(work.id);
                return new TraceCitation(work.ref(), c.locator(), c.quote(), false, c.stance(), none);
            }
            Optional<QuoteAnchor> anchor = anchorOfClaimCitation(work, c);
            if (anchor.isEmpty()) {
                primarySources.add(work.id);
                return new TraceCitation(work.ref(), c.locator(), c.quote(), false, c.stance(), none);
            }
            enter(work, anchor.get());
            List<TraceFootnote> footnotes = passage(work, anchor.get(), 1);
            leave(work);
            if (footnotes.isEmpty()) {
                primarySources.add(work.id);
            }
            return new TraceCitation(work.ref(), c.locator(), c.quote(), true, c.stance(), footnotes);
        }

        /** Anchors a claim citation's quote, re-checking it if the text changed since it was checked. */
        private Optional<QuoteAnchor> anchorOfClaimCitation(Work work, CitationView c) {
            ArchivedText text = work.text().orElseThrow();
            QuoteAnchor checked = c.checkedAnchor();
            boolean changed = c.checkedSha256() != null && !c.checkedSha256().equalsIgnoreCase(text.sha256());
            if (!changed) {
                if (checked != null && checked.standsIn(text.content())) {
                    return Optional.of(checked);
                }
                Optional<QuoteAnchor> anchor = work.anchor(c.quote());
                if (anchor.isEmpty()) {
                    problems.add("The quote " + quoted(c.quote()) + " is not found in " + work.quoted() + ".");
                }
                return anchor;
            }
            Optional<QuoteAnchor> anchor = checked != null ? work.reanchor(checked) : Optional.empty();
            if (anchor.isEmpty()) {
                anchor = work.anchor(c.quote());
            }
            problems.add("The archived text of " + work.quoted() + " changed since the quote " + quoted(c.quote())
                    + " was checked; " + (anchor.isPresent() ? "the quote is still there." : "the quote is no longer found."));
            return anchor;
        }

        /** The footnotes of a passage, each followed into the works it cites. */
        private List<TraceFootnote> passage(Work work, QuoteAnchor anchor, int depth) {
            String key = passageKey(work, anchor);
            List<TraceFootnote> done = expanded.get(key);
            if (done != null) {
                return done;
            }
            int cyclesBefore = cyclesCut;
            List<TraceFootnote> footnotes = new ArrayList<>();
            for (int number : work.placement().footnotesFor(anchor.start(), anchor.end())) {
                FootnoteView note = work.note(number);
                if (note.citations().isEmpty()) {
                    problems.add("Note " + number + " of " + work.quoted() + " has no parsed citation.");
                }
                List<TraceCite> cites = new ArrayList<>(note.citations().size());
                for (FootnoteCitationView citation : note.citations()) {
                    cites.add(cite(work, note, citation, depth));
                }
                footnotes.add(new TraceFootnote(note.number(), note.text(), cites));
            }
            List<TraceFootnote> result = List.copyOf(footnotes);
            if (cyclesCut == cyclesBefore) {
                expanded.put(key, result); // a branch cut by a cycle depends on the path: never reused
            }
            return result;
        }

        private TraceCite cite(Work from, FootnoteView note, FootnoteCitationView c, int depth) {
            Work work = work(c.sourceId());
            String where = "Note " + note.number() + " of " + from.quoted();
            boolean hasQuote = !isBlank(c.quote());
            Boolean notFound = hasQuote ? Boolean.FALSE : null;
            List<TraceFootnote> none = List.of();
            if (work.view.isEmpty()) {
                problems.add(where + " cites the source " + c.sourceId() + ", which is not in the catalogue.");
                return new TraceCite(work.ref(), c.locator(), c.quote(), notFound, none);
            }
            if (!hasQuote) {
                primarySources.add(work.id);
                return new TraceCite(work.ref(), c.locator(), c.quote(), null, none);
            }
            if (work.text().isEmpty()) {
                problems.add(where + " quotes " + work.quoted() + ", which has no archived text, so the quote "
                        + quoted(c.quote()) + " could not be checked.");
                primarySources.add(work.id);
                return new TraceCite(work.ref(), c.locator(), c.quote(), false, none);
            }
            Optional<QuoteAnchor> anchor = work.anchor(c.quote());
            if (anchor.isEmpty()) {
                problems.add(where + ": the quote " + quoted(c.quote()) + " is not found in " + work.quoted() + ".");
                primarySources.add(work.id);
                return new TraceCite(work.ref(), c.locator(), c.quote(), false, none);
            }
            if (isOnPath(work, anchor.get())) {
                cyclesCut++;
                problems.add("Cycle: " + lowerFirst(where) + " leads back to a passage of " + work.quoted()
                        + " already on this trace; the branch stops there.");
                return new TraceCite(work.ref(), c.locator(), c.quote(), true, none);
            }
            if (depth >= MAX_DEPTH) {
                cyclesCut++;
                problems.add("The trace stops after " + MAX_DEPTH + " levels at " + lowerFirst(where) + ".");
                return new TraceCite(work.ref(), c.locator(), c.quote(), true, none);
            }
            enter(work, anchor.get());
            List<TraceFootnote> footnotes = passage(work, anchor.get(), depth + 1);
            leave(work);
            if (footnotes.isEmpty()) {
                primarySources.add(work.id);
            }
            return new TraceCite(work.ref(), c.locator(), c.quote(), true, footnotes);
        }

        private void enter(Work work, QuoteAnchor passage) {
            path.computeIfAbsent(work.id, id -> new ArrayList<>()).add(passage);
        }

        private void leave(Work work) {
            List<QuoteAnchor> passages = path.get(work.id);
            passages.remove(passages.size() - 1);
        }

        private boolean isOnPath(Work work, QuoteAnchor passage) {
            for (QuoteAnchor onPath : path.getOrDefault(work.id, List.of())) {
                if (passage.start() < onPath.end() && onPath.start() < passage.end()) {
                    return true;
                }
            }
            return false;
        }

        private Work work(String sourceId) {
            Work known = works.get(sourceId);
            if (known != null) {
                return known;
            }
            Work work = new Work(sourceId, sources.source(sourceId));
            works.put(sourceId, work);
            work.view.map(SourceView::fixityFailure).ifPresent(failure -> problems.add("The archived text of "
                    + work.quoted() + " failed its fixity check: it " + failure + ". What is quoted from it cannot"
                    + " be trusted until the file is repaired or the text archived again."));
            return work;
        }
    }

    /** A source as one trace uses it; everything derived from its text is computed on first use. */
    private final class Work {
        final String id;
        final Optional<SourceView> view;
        private final Map<String, Optional<QuoteAnchor>> anchors = new HashMap<>();
        private AnchorableText anchorable;
        private FootnotePlacement placement;
        private Map<Integer, FootnoteView> notes;

        Work(String id, Optional<SourceView> view) {
            this.id = id;
            this.view = view == null ? Optional.empty() : view;
        }

        SourceRef ref() {
            return new SourceRef(id, view.map(SourceView::title).orElse(null));
        }

        /** The title in quotation marks, for problems (the id if the title is missing). */
        String quoted() {
            String title = view.map(SourceView::title).filter(t -> !t.isBlank()).orElse(id);
            return "“" + title + "”";
        }

        Optional<ArchivedText> text() {
            return view.flatMap(SourceView::text);
        }

        Optional<QuoteAnchor> anchor(String quote) {
            return anchors.computeIfAbsent(quote, q -> anchorable().anchor(q, OptionalInt.empty()));
        }

        Optional<QuoteAnchor> reanchor(QuoteAnchor previous) {
            return anchorable().reanchor(previous);
        }

        AnchorableText anchorable() {
            if (anchorable == null) {
                anchorable = AnchorableText.of(text().orElseThrow().content());
            }
            return anchorable;
        }

        FootnotePlacement placement() {
            if (placement == null) {
                String content = text().orElseThrow().content();
                List<FootnotePlacement.Marker> markers = new ArrayList<>();
                for (FootnoteView note : notes().values()) {
                    if (note.markerStart() >= 0 && note.markerEnd() >= note.markerStart()
                            && note.markerEnd() <= content.length()) {
                        markers.add(new FootnotePlacement.Marker(note.number(), note.markerStart(), note.markerEnd()));
                    }
                }
                placement = FootnotePlacement.of(content, markers);
            }
            return placement;
        }

        FootnoteView note(int number) {
            return notes().get(number);
        }

        private Map<Integer, FootnoteView> notes() {
            if (notes == null) {
                notes = new LinkedHashMap<>();
                for (FootnoteView note : sources.footnotes(id)) {
                    notes.putIfAbsent(note.number(), note);
                }
            }
            return notes;
        }
    }

    private static String passageKey(Work work, QuoteAnchor anchor) {
        return work.id + '@' + anchor.start() + '-' + anchor.end();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String quoted(String quote) {
        String q = quote.strip();
        return "“" + (q.length() > QUOTE_IN_PROBLEM ? q.substring(0, QUOTE_IN_PROBLEM) + "…" : q) + "”";
    }

    private static String lowerFirst(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
