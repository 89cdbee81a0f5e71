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
import org.ariadne.catalog.domain.csl.CslItems;
import org.ariadne.catalog.domain.csl.WorkIdentity;
import org.ariadne.exchange.domain.ImportFormat;
import org.ariadne.exchange.domain.ImportedEntry;
import org.ariadne.footnotes.domain.CatalogueMatcher;
import org.ariadne.security.domain.Roles;
import org.ariadne.shared.domain.InputProblem;
import org.ariadne.shared.domain.InvalidInputException;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Imports a bibliography file as sources: all of it in one transaction, or nothing. */
@Stateless
public class ImportService {

    /** No source of the catalogue is "the citing text" on import, so none is excluded from matching. */
    private static final long NO_CITING_SOURCE = -1L;

    /** Entries catalogued between two writes of a long import, after which the persistence context lets them go. */
    private static final int WRITE_EVERY = 1000;

    @Inject
    SourceRepository sources;

    @Inject
    ContributorRepository contributors;

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
        Checked checked = check(format, text);
        List<Decision> decisions = decide(checked, createDuplicates);
        Instant now = clock.instant();
        String caller = caller();
        // the search documents go to the index part by part as the rows are written, unseen until the commit
        ImportReport report = sources.addingInBulk(() -> write(checked, decisions, caller, now));
        if (report.created().size() >= WRITE_EVERY) {
            sources.catalogueGrewInBulk();
        }
        return report;
    }

    /** Catalogues the new entries part by part, and tells the duplicates from them. */
    private ImportReport write(Checked checked, List<Decision> decisions, String caller, Instant now) {
        long[] ids = new long[decisions.size()];
        List<Long> created = new ArrayList<>();
        List<ImportReport.Duplicate> duplicates = new ArrayList<>();
        for (int from = 0; from < decisions.size(); from += WRITE_EVERY) {
            int to = Math.min(decisions.size(), from + WRITE_EVERY);
            // the authority records of this part's new works in a few queries, not one (and a flush) per name
            Crediting crediting = Crediting.deferred(contributors);
            List<CslItem> fresh = new ArrayList<>();
            for (int i = from; i < to; i++) {
                if (decisions.get(i).isNew()) {
                    fresh.add(checked.items().get(i));
                }
            }
            crediting.prefetch(fresh);
            List<Source> part = new ArrayList<>(fresh.size());
            List<Integer> entries = new ArrayList<>(fresh.size());
            for (int i = from; i < to; i++) {
                if (decisions.get(i).isNew()) {
                    part.add(crediting.catalogue(checked.items().get(i), Set.of(), Set.of(), caller, now));
                    entries.add(i);
                }
            }
            // stored in bulk (rows, history and search documents), so the new records and sources get their ids here
            contributors.addAll(crediting.unstored());
            sources.addAll(part);
            for (int k = 0; k < part.size(); k++) {
                ids[entries.get(k)] = part.get(k).id();
            }
            for (int i = from; i < to; i++) {
                Decision decision = decisions.get(i);
                if (decision.existing() != null) {
                    duplicates.add(new ImportReport.Duplicate(checked.entries().get(i).key(), decision.existing()));
                } else if (decision.sameAsEntry() != null) {
                    duplicates.add(new ImportReport.Duplicate(checked.entries().get(i).key(), ids[decision.sameAsEntry()]));
                } else {
                    created.add(ids[i]);
                }
                // this part's entries are done with: a long import holds only the parts still to write
                checked.entries().set(i, null);
                checked.items().set(i, null);
            }
            sources.flushAndForget();
        }
        return new ImportReport(created, duplicates, checked.warnings());
    }

    /**
     * A dry run of {@link #importFile}: what it would create and what it would report as a duplicate, storing nothing.
     *
     * @throws InvalidInputException as the import would, naming the lines
     */
    @RolesAllowed(Roles.LIBRARIAN)
    public ImportPreview preview(@NotNull ImportFormat format, @NotNull String text) {
        Checked checked = check(format, text);
        List<Decision> decisions = decide(checked, false);
        List<ImportPreview.Row> rows = new ArrayList<>();
        for (int i = 0; i < decisions.size(); i++) {
            Decision d = decisions.get(i);
            ImportedEntry entry = checked.entries().get(i);
            rows.add(new ImportPreview.Row(entry.key(), entry.line(), CslItems.title(checked.items().get(i).tree()).orElse(""),
                    d.existing(), d.sameAsEntry() == null ? null : checked.entries().get(d.sameAsEntry()).key()));
        }
        return new ImportPreview(rows, checked.warnings());
    }

    /** A file read and every entry checked: the entries, their validated items, and the warnings. */
    private record Checked(List<ImportedEntry> entries, List<CslItem> items, List<String> warnings) {
    }

    /** An entry's fate: a duplicate of a catalogued source, of an earlier entry (by index), or new (both null). */
    private record Decision(Long existing, Integer sameAsEntry) {
        boolean isNew() {
            return existing == null && sameAsEntry == null;
        }
    }

    private static Checked check(ImportFormat format, String text) {
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
        // a list of its own, whose entries the import lets go of part by part
        return new Checked(new ArrayList<>(entries), items, warnings);
    }

    private List<Decision> decide(Checked checked, boolean createDuplicates) {
        List<Decision> decisions = new ArrayList<>();
        if (createDuplicates) {
            checked.items().forEach(item -> decisions.add(new Decision(null, null)));
            return decisions;
        }
        List<WorkIdentity> identities = checked.items().stream().map(item -> WorkIdentity.of(item.tree())).toList();
        CatalogueMatcher matcher = new CatalogueMatcher(sources);
        matcher.prefetchWorks(identities);
        WorksOfTheFile earlier = new WorksOfTheFile();
        for (int i = 0; i < identities.size(); i++) {
            WorkIdentity identity = identities.get(i);
            Integer sameAs = earlier.find(identity);
            if (sameAs != null) {
                decisions.add(new Decision(null, sameAs));
                continue;
            }
            List<Source> candidates = matcher.candidatesFor(identity, NO_CITING_SOURCE);
            if (!candidates.isEmpty()) {
                decisions.add(new Decision(candidates.get(0).id(), null));
            } else {
                decisions.add(new Decision(null, null));
                earlier.add(identity, i);
            }
        }
        return decisions;
    }

    /**
     * The works an import created so far, indexed by DOI, ISBN and title key, so that telling an entry from the
     * earlier ones takes a few look-ups instead of a pass over all of them; the rule is {@link WorkIdentity}'s.
     */
    private static final class WorksOfTheFile {
        private final Map<String, Integer> byDoi = new HashMap<>();
        private final Map<String, Integer> byIsbn = new HashMap<>();
        private final Map<String, List<Map.Entry<WorkIdentity, Integer>>> byTitleKey = new HashMap<>();

        Integer find(WorkIdentity identity) {
            Integer found = identity.ids().doi().map(byDoi::get).orElse(null);
            for (int i = 0; found == null && i < identity.ids().isbns().size(); i++) {
                found = byIsbn.get(identity.ids().isbns().get(i));
            }
            if (found == null && identity.key().isPresent()) {
                for (Map.Entry<WorkIdentity, Integer> e : byTitleKey.getOrDefault(identity.key().get().title(), List.of())) {
                    if (e.getKey().sameWorkAs(identity)) {
                        return e.getValue();
                    }
                }
            }
            return found;
        }

        void add(WorkIdentity identity, int entry) {
            identity.ids().doi().ifPresent(d -> byDoi.putIfAbsent(d, entry));
            identity.ids().isbns().forEach(i -> byIsbn.putIfAbsent(i, entry));
            identity.key().ifPresent(k -> byTitleKey.computeIfAbsent(k.title(), t -> new ArrayList<>())
                    .add(Map.entry(identity, entry)));
        }
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
