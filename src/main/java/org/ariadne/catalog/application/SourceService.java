package org.ariadne.catalog.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import org.ariadne.catalog.domain.ArchivedText;
import org.ariadne.catalog.domain.ContributorRepository;
import org.ariadne.catalog.domain.Crediting;
import org.ariadne.catalog.domain.CslItem;
import org.ariadne.catalog.domain.Source;
import org.ariadne.catalog.domain.SourceMerges;
import org.ariadne.catalog.domain.SourceNotFoundException;
import org.ariadne.catalog.domain.SourcePage;
import org.ariadne.catalog.domain.SourceQuery;
import org.ariadne.catalog.domain.SourceRepository;
import org.ariadne.catalog.domain.SourceUsage;
import org.ariadne.catalog.domain.TextAnalyser;
import org.ariadne.catalog.domain.TextStore;
import org.ariadne.security.domain.Roles;
import org.ariadne.shared.domain.ConflictException;
import org.ariadne.shared.domain.History;
import org.ariadne.shared.domain.InvalidInputException;
import org.ariadne.shared.domain.NotFoundException;
import org.ariadne.shared.domain.RevisionNotFoundException;
import org.ariadne.shared.domain.RevisionView;
import org.ariadne.shared.domain.StaleVersionException;
import org.ariadne.shared.domain.Versioned;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Cataloguing: create, describe, list and remove sources, and archive their texts. */
@Stateless
public class SourceService {

    @Inject
    SourceRepository sources;

    @Inject
    ContributorRepository contributors;

    @Inject
    TextStore texts;

    @Inject
    Instance<SourceUsage> usages;

    @Inject
    Instance<TextAnalyser> analysers;

    @Inject
    History versions;

    @Inject
    SourceMerges merges;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @RolesAllowed(Roles.LIBRARIAN)
    public SourceRecord create(@NotNull SourceDraft draft) {
        CslItem item = CslItem.validated(draft.item());
        Source source = Source.catalogue(item, draft.tags(), draft.subjects(), caller(), clock.instant());
        source.credit(credits(item));
        sources.add(source);
        return SourceRecord.of(source);
    }

    @PermitAll
    public SourceRecord get(long id) {
        return SourceRecord.of(sources.get(id));
    }

    /** The titles of the sources of these ids that exist, by id (for pickers that show many at once). */
    @PermitAll
    public Map<Long, String> titles(@NotNull List<Long> ids) {
        Map<Long, String> titles = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            sources.findAllById(ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .forEach(source -> titles.put(source.id(), source.title()));
        }
        return titles;
    }

    @PermitAll
    public Page<SourceRecord> list(@NotNull SourceQuery query) {
        SourcePage page = sources.list(query);
        return new Page<>(page.total(), page.items().stream().map(SourceRecord::of).toList());
    }

    /**
     * Replaces a source's description, if the caller edited the current version.
     *
     * @throws StaleVersionException if someone changed the source since {@code expectedVersion}
     */
    @RolesAllowed(Roles.LIBRARIAN)
    public SourceRecord update(long id, long expectedVersion, @NotNull SourceDraft draft) {
        Source source = sources.get(id);
        if (!source.hasVersion(expectedVersion)) {
            throw new StaleVersionException("Source", id);
        }
        CslItem item = CslItem.validated(draft.item());
        source.describe(item, draft.tags(), draft.subjects(), caller(), clock.instant());
        source.credit(credits(item));
        sources.flush();
        return SourceRecord.of(source);
    }

    /** @throws ConflictException if footnotes or claims still cite the source */
    @RolesAllowed(Roles.LIBRARIAN)
    public void delete(long id, Long expectedVersion) {
        Source source = sources.get(id);
        if (expectedVersion != null && !source.hasVersion(expectedVersion)) {
            throw new StaleVersionException("Source", id);
        }
        List<String> uses = new ArrayList<>();
        for (SourceUsage usage : usages) {
            String use = usage.describeUsesOf(id);
            if (use != null && !use.isBlank()) {
                uses.add(use);
            }
        }
        if (!uses.isEmpty()) {
            throw new ConflictException("Source " + id + " is still cited: " + String.join("; ", uses)
                    + ". Remove or re-link those citations first.");
        }
        sources.remove(source);
    }

    /**
     * Archives the exact bytes of a source's text and finds its footnotes.
     *
     * @throws InvalidInputException if the bytes are not valid in the declared charset or the type is not a text
     */
    @RolesAllowed(Roles.LIBRARIAN)
    public TextReceipt archiveText(long id, @NotNull byte[] bytes, @NotNull String mediaType, String charsetName) {
        return archive(sources.get(id), bytes, mediaType, charsetName);
    }

    private TextReceipt archive(Source source, byte[] bytes, String mediaType, String charsetName) {
        TextDecoding decoded = TextDecoding.decode(bytes, mediaType, charsetName);
        String sha256 = texts.store(bytes);
        int footnotes = 0;
        for (TextAnalyser analyser : analysers) {
            footnotes += analyser.analyse(source, decoded.text(), decoded.mediaType());
        }
        source.archive(new ArchivedText(decoded.mediaType(), decoded.charset(), bytes.length, sha256, footnotes,
                clock.instant(), caller()), caller(), clock.instant());
        return new TextReceipt(sha256, bytes.length, footnotes);
    }

    @PermitAll
    public ArchivedContent readText(long id) {
        Source source = sources.get(id);
        ArchivedText text = source.text().orElseThrow(
                () -> new NotFoundException("Archived text of source", id));
        byte[] bytes = texts.read(text.sha256()).orElseThrow(
                () -> new NotFoundException("Archived file of source", id));
        return new ArchivedContent(bytes, text.mediaType(), text.charset(), text.sha256());
    }

    private List<Source.Credit> credits(CslItem item) {
        return new Crediting(contributors).creditsOf(item, clock.instant());
    }

    /** Every revision of a source with what it changed, oldest first, and the source's current version. */
    @PermitAll
    public Versioned<List<RevisionView>> revisions(long id) {
        List<RevisionView> views = RevisionView.all(versions.of(Source.class, id), Source::fields);
        if (views.isEmpty()) {
            throw new SourceNotFoundException(id);
        }
        return new Versioned<>(views, sources.find(id).map(Source::version).orElse(null));
    }

    /** One revision of a source: its fields after it and what it changed. */
    @PermitAll
    public Versioned<RevisionView> revision(long id, long revision) {
        Versioned<List<RevisionView>> all = revisions(id);
        return new Versioned<>(all.value().stream().filter(view -> view.revision().number() == revision).findFirst()
                .orElseThrow(() -> new RevisionNotFoundException("source", id, revision)), all.version());
    }

    /**
     * Describes a source again as an earlier revision described it (its CSL item, tags and subject headings), as a
     * new revision: nothing is erased. The archived text stays as it is; texts are archived, not edited.
     *
     * @throws StaleVersionException if the source changed since {@code expectedVersion}
     * @throws ConflictException     if the source was deleted or the revision is the one that deleted it
     */
    @RolesAllowed(Roles.LIBRARIAN)
    public SourceRecord restore(long id, long revision, long expectedVersion) {
        List<History.Snapshot<Source>> snapshots = versions.of(Source.class, id);
        History.Snapshot<Source> snapshot = snapshots.stream()
                .filter(s -> s.revision().number() == revision).findFirst()
                .orElseThrow(() -> new RevisionNotFoundException("source", id, revision));
        Source source = sources.find(id).orElseThrow(() -> new ConflictException(
                "Source " + id + " was deleted; its history is kept. To catalogue it again as this revision described "
                        + "it, send If-None-Match: * instead of If-Match."));
        if (!source.hasVersion(expectedVersion)) {
            throw new StaleVersionException("Source", id);
        }
        Source earlier = snapshot.state();
        if (earlier == null) {
            throw new ConflictException("Revision " + revision + " deleted source " + id + "; restore one before it.");
        }
        CslItem item = earlier.item();
        source.describe(item, Set.copyOf(earlier.tags()), Set.copyOf(earlier.subjects()), caller(), clock.instant());
        source.credit(credits(item));
        sources.flush();
        return SourceRecord.of(source);
    }

    /**
     * Catalogues a deleted source again, under its id, as one of its revisions described it (CSL item, tags,
     * subject headings), as a new revision: its history goes on, nothing is erased. If that revision had an archived
     * text whose file is still kept, the text is archived again (its footnotes found anew). The request's
     * {@code If-None-Match: *} is the precondition: the source must not exist (again) by now.
     *
     * @throws StaleVersionException if the source exists (was never deleted, or was restored meanwhile)
     * @throws ConflictException     if it was merged into another (its id leads there) or the revision deleted it
     */
    @RolesAllowed(Roles.LIBRARIAN)
    public SourceRecord restoreDeleted(long id, long revision) {
        List<History.Snapshot<Source>> snapshots = versions.of(Source.class, id);
        History.Snapshot<Source> snapshot = snapshots.stream()
                .filter(s -> s.revision().number() == revision).findFirst()
                .orElseThrow(() -> new RevisionNotFoundException("source", id, revision));
        if (sources.find(id).isPresent()) {
            throw new StaleVersionException("Source", id);
        }
        merges.survivorOf(id).ifPresent(survivor -> {
            throw new ConflictException("Source " + id + " was merged into source " + survivor
                    + ": its id leads there, so it cannot be catalogued again.");
        });
        Source earlier = snapshot.state();
        if (earlier == null) {
            throw new ConflictException("Revision " + revision + " deleted source " + id + "; restore one before it.");
        }
        // its versions are in its history (migration V18); each revision raised the version at least once
        long lastVersion = Math.max(snapshots.size(), snapshots.stream().map(History.Snapshot::state)
                .filter(java.util.Objects::nonNull).mapToLong(Source::version).max().orElse(0));
        Source source = sources.addAgain(Source.catalogueAgain(earlier, lastVersion, caller(), clock.instant()));
        source.credit(credits(source.item()));
        earlier.text().ifPresent(text -> texts.read(text.sha256()).ifPresent(bytes ->
                archive(source, bytes, text.mediaType(), text.charset())));
        versions.noteCurrentChange("Source " + id + " catalogued again as revision " + revision + " described it.");
        sources.flush();
        return SourceRecord.of(source);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
