package org.ariadne.exchange.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import org.ariadne.catalog.domain.ContributorRepository;
import org.ariadne.catalog.domain.Crediting;
import org.ariadne.catalog.domain.CslItem;
import org.ariadne.catalog.domain.Source;
import org.ariadne.catalog.domain.SourceRepository;
import org.ariadne.exchange.domain.CatalogueIndex;
import org.ariadne.exchange.domain.ImportFormat;
import org.ariadne.exchange.domain.ImportedEntry;
import org.ariadne.exchange.domain.WorkIdentity;
import org.ariadne.footnotes.domain.CatalogueMatcher;
import org.ariadne.security.domain.Roles;
import org.ariadne.shared.domain.InputProblem;
import org.ariadne.shared.domain.InvalidInputException;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Imports a bibliography file as sources: all of it in one transaction, or nothing. */
@Stateless
public class ImportService {

    /** No source of the catalogue is "the citing text" on import, so none is excluded from matching. */
    private static final long NO_CITING_SOURCE = -1L;

    /** Sources catalogued between two writes of a long import, after which the persistence context lets them go. */
    private static final int WRITE_EVERY = 1000;

    @Inject
    SourceRepository sources;

    @Inject
    ContributorRepository contributors;

    @Inject
    CatalogueIndex index;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /**
     * Reads every entry, checks every entry, and only then catalogues the ones that are new.
     *
     * @param createDuplicates catalogue entries whose work the catalogue already has, instead of reporting them
     * @throws InvalidInputException if the file or any entry is malformed, naming the lines; nothing is stored then
     */
    @RolesAllowed(Roles.LIBRARIAN)
    public ImportReport importFile(@NotNull ImportFormat format, @NotNull String text, boolean createDuplicates) {
        List<ImportedEntry> entries = format.read(text);
        List<CslItem> items = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (ImportedEntry entry : entries) {
            warnings.addAll(entry.warnings());
            try {
                items.add(CslItem.validated(entry.item()));
            } catch (InvalidInputException invalid) {
                for (InputProblem problem : invalid.problems()) {
                    problems.add(new InputProblem(problem.field(), entry.line(), "Entry " + entry.key()
                            + (problem.field() == null ? "" : ", field " + problem.field()) + ": " + problem.message()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The file has " + problems.size() + " problem(s); nothing was imported. "
                    + "The first, on line " + problems.get(0).line() + ": " + problems.get(0).message(), problems);
        }
        if (entries.isEmpty()) {
            warnings.add("The file has no entries.");
        }
        List<WorkIdentity> identities = items.stream().map(item -> WorkIdentity.of(item.tree())).toList();
        CatalogueMatcher matcher = createDuplicates ? null : preloadedMatcher(identities);
        RememberedContributors remembered = new RememberedContributors(contributors);
        Crediting crediting = new Crediting(remembered);
        Instant now = clock.instant();
        String caller = caller();
        List<Long> created = new ArrayList<>();
        List<ImportReport.Duplicate> duplicates = new ArrayList<>();
        WorksOfTheFile earlier = new WorksOfTheFile();
        int pending = 0;
        for (int i = 0; i < entries.size(); i++) {
            CslItem item = items.get(i);
            WorkIdentity identity = identities.get(i);
            if (!createDuplicates) {
                Long existing = earlier.find(identity);
                if (existing == null) {
                    List<Source> candidates = matcher.candidatesFor(item.tree(), NO_CITING_SOURCE);
                    existing = candidates.isEmpty() ? null : candidates.get(0).id();
                }
                if (existing != null) {
                    duplicates.add(new ImportReport.Duplicate(entries.get(i).key(), existing));
                    continue;
                }
            }
            Source source = sources.add(crediting.catalogue(item, Set.of(), Set.of(), caller, now));
            created.add(source.id());
            earlier.add(identity, source.id());
            if (++pending == WRITE_EVERY) {
                index.writeAndForget();
                remembered.forget();
                pending = 0;
            }
        }
        sources.flush();
        return new ImportReport(created, duplicates, warnings);
    }

    /** A matcher over the catalogued works that share a DOI, an ISBN or a title key with an entry, read in bulk. */
    private CatalogueMatcher preloadedMatcher(List<WorkIdentity> identities) {
        Set<String> dois = new HashSet<>();
        Set<String> isbns = new HashSet<>();
        Set<String> titleKeys = new HashSet<>();
        for (WorkIdentity identity : identities) {
            identity.ids().doi().ifPresent(dois::add);
            isbns.addAll(identity.ids().isbns());
            identity.key().ifPresent(k -> titleKeys.add(k.title()));
        }
        Map<String, List<Source>> byDoi = new HashMap<>();
        Map<String, List<Source>> byIsbn = new HashMap<>();
        Map<String, List<Source>> byTitleKey = new HashMap<>();
        for (Source source : index.sharingAnyOf(dois, isbns, titleKeys)) {
            if (source.doi() != null) {
                byDoi.computeIfAbsent(source.doi(), k -> new ArrayList<>()).add(source);
            }
            if (source.isbn() != null) {
                byIsbn.computeIfAbsent(source.isbn(), k -> new ArrayList<>()).add(source);
            }
            byTitleKey.computeIfAbsent(source.titleKey(), k -> new ArrayList<>()).add(source);
        }
        return new CatalogueMatcher(k -> byDoi.getOrDefault(k, List.of()), k -> byIsbn.getOrDefault(k, List.of()),
                k -> byTitleKey.getOrDefault(k, List.of()));
    }

    /**
     * The works an import created so far, indexed by DOI, ISBN and title key, so that telling an entry from the
     * earlier ones takes a few look-ups instead of a pass over all of them; the rule is {@link WorkIdentity}'s.
     */
    private static final class WorksOfTheFile {
        private final Map<String, Long> byDoi = new HashMap<>();
        private final Map<String, Long> byIsbn = new HashMap<>();
        private final Map<String, List<Map.Entry<WorkIdentity, Long>>> byTitleKey = new HashMap<>();

        Long find(WorkIdentity identity) {
            Long found = identity.ids().doi().map(byDoi::get).orElse(null);
            for (int i = 0; found == null && i < identity.ids().isbns().size(); i++) {
                found = byIsbn.get(identity.ids().isbns().get(i));
            }
            if (found == null && identity.key().isPresent()) {
                for (Map.Entry<WorkIdentity, Long> e : byTitleKey.getOrDefault(identity.key().get().title(), List.of())) {
                    if (e.getKey().sameWorkAs(identity)) {
                        return e.getValue();
                    }
                }
            }
            return found;
        }

        void add(WorkIdentity identity, long id) {
            identity.ids().doi().ifPresent(d -> byDoi.putIfAbsent(d, id));
            identity.ids().isbns().forEach(i -> byIsbn.putIfAbsent(i, id));
            identity.key().ifPresent(k -> byTitleKey.computeIfAbsent(k.title(), t -> new ArrayList<>())
                    .add(Map.entry(identity, id)));
        }
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
