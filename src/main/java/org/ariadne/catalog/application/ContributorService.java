package org.ariadne.catalog.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.ariadne.catalog.domain.Contributor;
import org.ariadne.catalog.domain.ContributorRepository;
import org.ariadne.catalog.domain.Source;
import org.ariadne.catalog.domain.csl.PersonName;
import org.ariadne.security.domain.Roles;
import org.ariadne.shared.domain.ConflictException;
import org.ariadne.shared.domain.History;
import org.ariadne.shared.domain.InvalidInputException;
import org.ariadne.shared.domain.NotFoundException;
import org.ariadne.shared.domain.RevisionNotFoundException;
import org.ariadne.shared.domain.RevisionView;
import org.ariadne.shared.domain.StaleVersionException;
import org.ariadne.shared.domain.Versioned;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The authority records of people and organisations: pickers, contributor pages, and variant names. Adding a
 * variant that another record goes by merges that record into this one, with all its credits.
 */
@Stateless
public class ContributorService {

    static final int WORKS_SHOWN = 200;

    @Inject
    ContributorRepository contributors;

    @Inject
    History versions;

    @PermitAll
    public List<ContributorRecord> suggest(String text, int max) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return contributors.suggest(text.strip(), Math.min(Math.max(max, 1), 50)).stream()
                .map(ContributorRecord::of).toList();
    }

    @PermitAll
    public ContributorDetail get(long id) {
        return detail(contributors.get(id));
    }

    /**
     * Records another written form of a contributor's name ("Haggard, S."). Works crediting that form link to
     * this record from now on; a record that existed for that form is merged into this one.
     */
    @RolesAllowed(Roles.LIBRARIAN)
    public ContributorDetail addVariant(long id, String written) {
        Contributor target = contributors.get(id);
        PersonName name = Optional.ofNullable(written).filter(w -> !w.isBlank()).flatMap(PersonName::parse)
                .filter(parsed -> !parsed.isEmpty())
                .orElseThrow(() -> InvalidInputException.ofField("name",
                        "Write the name as \"Family, Given\", or an organisation's name."));
        Optional<Contributor> other = contributors.findByNameKey(name.authorityKey())
                .filter(found -> !found.id().equals(target.id()));
        if (other.isPresent()) {
            target.absorb(other.get());
            contributors.moveCredits(other.get(), target);
            contributors.remove(other.get());
        } else {
            target.addVariant(name);
        }
        return detail(target);
    }

    /** Every revision of contributor with what it changed, oldest first, and its current version. */
    @PermitAll
    public Versioned<List<RevisionView>> revisions(long id) {
        List<RevisionView> views = RevisionView.all(versions.of(Contributor.class, id), Contributor::fields);
        if (views.isEmpty()) {
            throw new NotFoundException("Contributor", id);
        }
        return new Versioned<>(views, contributors.find(id).map(Contributor::version).orElse(null));
    }

    /** One revision of contributor: its fields after it and what it changed. */
    @PermitAll
    public Versioned<RevisionView> revision(long id, long revision) {
        Versioned<List<RevisionView>> all = revisions(id);
        return new Versioned<>(all.value().stream().filter(view -> view.revision().number() == revision).findFirst()
                .orElseThrow(() -> new RevisionNotFoundException("contributor", id, revision)), all.version());
    }

    private Contributor earlier(long id, long revision) {
        History.Snapshot<Contributor> snapshot = versions.of(Contributor.class, id).stream()
                .filter(s -> s.revision().number() == revision).findFirst()
                .orElseThrow(() -> new RevisionNotFoundException("contributor", id, revision));
        if (snapshot.state() == null) {
            throw new ConflictException("Revision " + revision + " deleted contributor " + id + "; restore one before it.");
        }
        return snapshot.state();
    }

    /**
     * Takes back the name and variant names an earlier revision of a contributor had, as a new revision.
     *
     * @throws StaleVersionException if the record changed since {@code expectedVersion}
     */
    @RolesAllowed(Roles.LIBRARIAN)
    public Versioned<ContributorDetail> restore(long id, long revision, long expectedVersion) {
        Contributor contributor = contributors.find(id).orElseThrow(() -> new ConflictException("Contributor " + id
                + " was merged into another record or removed; its history is kept, but it cannot take back a version."));
        Contributor earlier = earlier(id, revision);
        if (!contributor.hasVersion(expectedVersion)) {
            throw new StaleVersionException("Contributor", id);
        }
        contributor.restore(earlier);
        contributors.flush();
        return new Versioned<>(detail(contributor), contributor.version());
    }

    private ContributorDetail detail(Contributor contributor) {
        List<Source> works = contributors.worksOf(contributor, WORKS_SHOWN);
        return new ContributorDetail(ContributorRecord.of(contributor),
                contributor.variants().stream().map(Contributor.Variant::displayName).sorted().toList(),
                contributors.countWorksOf(contributor),
                works.stream().sorted(Comparator.comparing(Source::titleKey))
                        .map(source -> new WorkRef(source.id(), source.title())).toList());
    }

    /** A contributor as pickers show it. */
    public record ContributorRecord(long id, String kind, String displayName, String sortName, String family,
                                    String given, String literal) {

        static ContributorRecord of(Contributor contributor) {
            return new ContributorRecord(contributor.id(), contributor.kind().name(), contributor.displayName(),
                    contributor.sortName(), contributor.family(), contributor.given(), contributor.literal());
        }
    }

    /** A contributor with its variant names and (the first {@value #WORKS_SHOWN} of) its works. */
    public record ContributorDetail(ContributorRecord contributor, List<String> variants, long workCount,
                                    List<WorkRef> works) {
    }

    public record WorkRef(long id, String title) {
    }
}
