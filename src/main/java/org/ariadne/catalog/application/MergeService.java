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
import org.ariadne.catalog.domain.SourceMerge;
import org.ariadne.catalog.domain.SourceMergedException;
import org.ariadne.catalog.domain.SourceMerges;
import org.ariadne.catalog.domain.SourceReferences;
import org.ariadne.catalog.domain.SourceRepository;
import org.ariadne.security.domain.Roles;
import org.ariadne.shared.domain.ConflictException;
import org.ariadne.shared.domain.History;
import org.ariadne.shared.domain.InvalidInputException;
import org.ariadne.shared.domain.StaleVersionException;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Merging two records of one work: the survivor keeps its id and takes the best of both descriptions, everything
 * that pointed at the loser (footnote citations, claim citations, collection memberships, the archived text and its
 * footnotes) points at the survivor, and the loser is deleted, its id leading to the survivor from then on. One
 * transaction: a merge happens completely or not at all.
 */
@Stateless
public class MergeService {

    @Inject
    SourceRepository sources;

    @Inject
    ContributorRepository contributors;

    @Inject
    SourceMerges merges;

    @Inject
    History history;

    @Inject
    Instance<SourceReferences> references;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** What merging {@code loserId} into {@code survivorId} would give with the default choices. */
    @PermitAll
    public MergePreview preview(long survivorId, long loserId) {
        Source survivor = sources.get(survivorId);
        Source loser = loser(survivorId, loserId);
        SourceMerge merge = new SourceMerge(survivor.itemTree(), loser.itemTree());
        return new MergePreview(SourceRecord.of(survivor), SourceRecord.of(loser), merge.fields(),
                SourceMerge.union(survivor.tags(), loser.tags()), SourceMerge.union(survivor.subjects(), loser.subjects()),
                textConflict(survivor, loser));
    }

    /**
     * Merges the loser into the survivor with the given choices per field over the defaults.
     *
     * @param expectedVersion the survivor's version the librarian looked at, or null not to check
     * @throws StaleVersionException if the survivor changed since {@code expectedVersion}
     * @throws ConflictException     if both records have archived texts and they differ
     * @throws InvalidInputException naming {@code loser} or {@code choose.<field>}
     */
    @RolesAllowed(Roles.LIBRARIAN)
    public SourceRecord merge(long survivorId, long loserId, Long expectedVersion, @NotNull Map<String, String> choices) {
        Source survivor = sources.get(survivorId);
        if (expectedVersion != null && !survivor.hasVersion(expectedVersion)) {
            throw new StaleVersionException("Source", survivorId);
        }
        Source loser = loser(survivorId, loserId);
        String conflict = textConflict(survivor, loser);
        if (conflict != null) {
            throw new ConflictException(conflict);
        }
        SourceMerge merge = new SourceMerge(survivor.itemTree(), loser.itemTree());
        CslItem item = CslItem.validated(merge.mergedItem(choices));
        String by = caller();
        Instant at = clock.instant();
        survivor.describe(item, SourceMerge.union(survivor.tags(), loser.tags()),
                SourceMerge.union(survivor.subjects(), loser.subjects()), by, at);
        survivor.credit(new Crediting(contributors).creditsOf(item, at));
        boolean textFromLoser = survivor.text().isEmpty() && loser.text().isPresent();
        if (textFromLoser) {
            ArchivedText text = loser.text().get();
            survivor.archive(new ArchivedText(text.mediaType(), text.charset(), text.bytes(), text.sha256(),
                    text.footnotes(), text.archivedAt(), text.archivedBy()), by, at);
        }
        sources.flush();
        SourceReferences.MergePlan plan = new SourceReferences.MergePlan(loserId, survivorId, textFromLoser);
        for (SourceReferences module : references) {
            module.redirect(plan);
        }
        merges.record(loserId, survivorId, by, at);
        history.noteCurrentChange("Source " + loserId + " merged into source " + survivorId + ".");
        sources.remove(loser);
        sources.flush();
        return SourceRecord.of(survivor);
    }

    private Source loser(long survivorId, long loserId) {
        if (loserId == survivorId) {
            throw InvalidInputException.ofField("loser", "A source cannot be merged with itself; name its duplicate.");
        }
        return sources.find(loserId).orElseThrow(() -> InvalidInputException.ofField("loser",
                merges.survivorOf(loserId).map(s -> new SourceMergedException(loserId, s).getMessage())
                        .orElse("The catalogue has no source with id " + loserId + ".")));
    }

    /** Two different archived texts cannot become one; the librarian must decide which text is the work's. */
    private static String textConflict(Source survivor, Source loser) {
        if (survivor.text().isPresent() && loser.text().isPresent()
                && !survivor.text().get().sha256().equals(loser.text().get().sha256())) {
            return "Both sources have an archived text and the texts differ (sha-256 "
                    + survivor.text().get().sha256().substring(0, 12) + "… and "
                    + loser.text().get().sha256().substring(0, 12) + "…): merging would lose one of them with its footnotes"
                    + " and quoted passages. Archive the right text on both first, or keep the records apart.";
        }
        return null;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
