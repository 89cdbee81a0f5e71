package org.ariadne.claims.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import org.ariadne.catalog.domain.Source;
import org.ariadne.catalog.domain.SourceRepository;
import org.ariadne.claims.domain.AnchorableText;
import org.ariadne.claims.domain.ArchivedText;
import org.ariadne.claims.domain.Claim;
import org.ariadne.claims.domain.ClaimCitation;
import org.ariadne.claims.domain.ClaimRepository;
import org.ariadne.claims.domain.ClaimStatus;
import org.ariadne.claims.domain.FootnoteView;
import org.ariadne.claims.domain.QuoteAnchor;
import org.ariadne.claims.domain.SourceView;
import org.ariadne.claims.domain.Stance;
import org.ariadne.claims.domain.Trace;
import org.ariadne.claims.domain.TraceBuilder;
import org.ariadne.claims.domain.TraceSources;
import org.ariadne.claims.domain.Verdict;
import org.ariadne.claims.domain.VerdictKind;
import org.ariadne.footnotes.domain.Citation;
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

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;

/** Claims: a writer states and cites them, a reviewer rules on them, anyone reads them and traces them. */
@Stateless
public class ClaimService {

    /** The longest locator the schema keeps (claim_citation.locator). */
    static final int MAX_LOCATOR = 1000;

    @Inject
    ClaimRepository claims;

    @Inject
    SourceRepository sources;

    @Inject
    TraceSources catalogue;

    @Inject
    History versions;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /**
     * States a claim with the passages it cites, checking each quote against the cited source's archived text.
     *
     * @throws InvalidInputException naming {@code text}, {@code citations[i].source}, {@code citations[i].stance} or
     *                               {@code citations[i].label}
     */
    @RolesAllowed(Roles.WRITER)
    public ClaimRecord create(@NotNull ClaimDraft draft) {
        List<InputProblem> problems = new ArrayList<>();
        if (draft.text() == null || draft.text().isBlank()) {
            problems.add(InputProblem.ofField("text", "Give the text of the claim."));
        }
        List<Stance> stances = new ArrayList<>();
        for (int i = 0; i < draft.citations().size(); i++) {
            ClaimDraft.CitationDraft c = draft.citations().get(i);
            String field = "citations[" + i + "]";
            if (c.source() == null) {
                problems.add(InputProblem.ofField(field + ".source", "Give the id of the catalogued source cited."));
            } else if (sources.find(c.source()).isEmpty()) {
                problems.add(InputProblem.ofField(field + ".source",
                        "There is no catalogued source " + c.source() + "."));
            }
            Stance stance = Stance.SUPPORTS;
            if (c.stance() != null) {
                try {
                    stance = Stance.fromWireName(c.stance());
                } catch (IllegalArgumentException e) {
                    problems.add(InputProblem.ofField(field + ".stance",
                            "The stance is one of supports, disputes or mentions, not \"" + c.stance() + "\"."));
                }
            }
            stances.add(stance);
            if (c.locator() != null && c.locator().length() > MAX_LOCATOR) {
                problems.add(InputProblem.ofField(field + ".locator",
                        "A locator has at most " + MAX_LOCATOR + " characters, such as \"17-18\"."));
            }
            if (c.label() != null && !c.label().isBlank() && !Citation.LABELS.contains(c.label())) {
                problems.add(InputProblem.ofField(field + ".label",
                        "\"" + c.label() + "\" is not a CSL locator term such as page or paragraph."));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The claim is not valid: " + problems.get(0).message(), problems);
        }
        Instant now = clock.instant();
        Claim claim = Claim.state(draft.text(), caller(), now);
        for (int i = 0; i < draft.citations().size(); i++) {
            ClaimDraft.CitationDraft c = draft.citations().get(i);
            Optional<ArchivedText> text = catalogue.source(String.valueOf(c.source())).flatMap(SourceView::text);
            QuoteAnchor anchor = null;
            if (c.quote() != null && !c.quote().isBlank() && text.isPresent()) {
                anchor = AnchorableText.of(text.get().content()).anchor(c.quote()).orElse(null);
            }
            claim.cite(c.source(), c.locator(), c.label(), c.quote(), stances.get(i), anchor,
                    text.map(ArchivedText::sha256).orElse(null), now);
        }
        claims.add(claim);
        claims.flush();
        return record(claim);
    }

    @PermitAll
    public ClaimRecord get(long id) {
        return record(claims.get(id));
    }

    /** The claims with one of these statuses (all if none), newest first. */
    @PermitAll
    public ClaimPage list(@NotNull List<ClaimStatus> statuses, int page, int size) {
        List<Claim> found = claims.list(statuses, page, size);
        Map<Long, String> titles = titles(found);
        return new ClaimPage(claims.count(statuses), found.stream().map(c -> ClaimRecord.of(c, titles)).toList());
    }

    /**
     * A reviewer rules on a claim.
     *
     * @throws InvalidInputException naming {@code verdict} if it is not verified, disputed or needs-source
     */
    @RolesAllowed(Roles.REVIEWER)
    public ClaimRecord judge(long id, String verdict, String comment) {
        Claim claim = claims.get(id);
        VerdictKind kind;
        try {
            kind = VerdictKind.fromWireName(verdict);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.ofField("verdict",
                    "The verdict is one of verified, disputed or needs-source, not \"" + verdict + "\".");
        }
        claim.record(new Verdict(kind, comment, caller(), clock.instant()));
        claims.flush();
        return record(claim);
    }

    /** Every revision of claim with what it changed, oldest first, and its current version. */
    @PermitAll
    public Versioned<List<RevisionView>> revisions(long id) {
        return revisions(id, Fields::sourceById);
    }

    /** {@link #revisions(long)} with each cited source named by {@code source} (from its id). */
    @PermitAll
    public Versioned<List<RevisionView>> revisions(long id, LongFunction<String> source) {
        List<RevisionView> views = RevisionView.all(versions.of(Claim.class, id), claim -> claim.fields(source));
        if (views.isEmpty()) {
            throw new NotFoundException("Claim", id);
        }
        return new Versioned<>(views, claims.find(id).map(Claim::version).orElse(null));
    }

    /** One revision of claim: its fields after it and what it changed. */
    @PermitAll
    public Versioned<RevisionView> revision(long id, long revision) {
        Versioned<List<RevisionView>> all = revisions(id);
        return new Versioned<>(all.value().stream().filter(view -> view.revision().number() == revision).findFirst()
                .orElseThrow(() -> new RevisionNotFoundException("claim", id, revision)), all.version());
    }

    private Claim earlier(long id, long revision) {
        History.Snapshot<Claim> snapshot = versions.of(Claim.class, id).stream()
                .filter(s -> s.revision().number() == revision).findFirst()
                .orElseThrow(() -> new RevisionNotFoundException("claim", id, revision));
        if (snapshot.state() == null) {
            throw new ConflictException("Revision " + revision + " deleted claim " + id + "; restore one before it.");
        }
        return snapshot.state();
    }

    /**
     * Takes back the text and citations an earlier revision of a claim had, as a new revision; verdicts stay.
     *
     * @throws StaleVersionException if the claim changed since {@code expectedVersion}
     */
    @RolesAllowed(Roles.WRITER)
    public Versioned<ClaimRecord> restore(long id, long revision, long expectedVersion) {
        Claim claim = claims.find(id).orElseThrow(() -> new ConflictException(
                "Claim " + id + " was deleted; its history is kept, but a deleted claim cannot take back a version."));
        Claim earlier = earlier(id, revision);
        if (!claim.hasVersion(expectedVersion)) {
            throw new StaleVersionException("Claim", id);
        }
        claim.restore(earlier, clock.instant());
        claims.flush();
        return new Versioned<>(record(claim), claim.version());
    }

    /** The claim's trace back through the footnotes of the passages it quotes to the primary sources. */
    @PermitAll
    public Trace trace(long id) {
        Claim claim = claims.get(id);
        TraceSources once = new ReadOnce(catalogue);
        return new TraceBuilder(once).trace(claim.view(
                sourceId -> once.source(String.valueOf(sourceId)).flatMap(SourceView::text).orElse(null)));
    }

    private ClaimRecord record(Claim claim) {
        return ClaimRecord.of(claim, titles(List.of(claim)));
    }

    private Map<Long, String> titles(List<Claim> found) {
        Set<Long> ids = new HashSet<>();
        found.forEach(claim -> claim.citations().forEach(c -> ids.add(c.sourceId())));
        Map<Long, String> titles = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Source source : sources.findAllById(List.copyOf(ids))) {
                titles.put(source.id(), source.title());
            }
        }
        return titles;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    /** Reads each source once per trace, though both the claim's citations and the trace ask for it. */
    private static final class ReadOnce implements TraceSources {
        private final TraceSources sources;
        private final Map<String, Optional<SourceView>> read = new HashMap<>();

        ReadOnce(TraceSources sources) {
            this.sources = sources;
        }

        @Override
        public Optional<SourceView> source(String sourceId) {
            return read.computeIfAbsent(sourceId, sources::source);
        }

        @Override
        public List<FootnoteView> footnotes(String sourceId) {
            return sources.footnotes(sourceId);
        }
    }
}
