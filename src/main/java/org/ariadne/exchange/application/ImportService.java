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
import org.ariadne.exchange.domain.ImportFormat;
import org.ariadne.exchange.domain.ImportedEntry;
import org.ariadne.footnotes.domain.CatalogueMatcher;
import org.ariadne.security.domain.Roles;
import org.ariadne.shared.domain.InputProblem;
import org.ariadne.shared.domain.InvalidInputException;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Imports a bibliography file as sources: all of it in one transaction, or nothing. */
@Stateless
public class ImportService {

    /** No source of the catalogue is "the citing text" on import, so none is excluded from matching. */
    private static final long NO_CITING_SOURCE = -1L;

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
        CatalogueMatcher matcher = new CatalogueMatcher(sources);
        Crediting crediting = new Crediting(contributors);
        if (!createDuplicates) {
            matcher.prefetch(items.stream().map(CslItem::tree).toList());
        }
        crediting.prefetch(items);
        Instant now = clock.instant();
        List<Long> created = new ArrayList<>();
        List<ImportReport.Duplicate> duplicates = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            CslItem item = items.get(i);
            if (!createDuplicates) {
                // the catalogue's works and those this file has catalogued so far (registered below)
                List<Source> candidates = matcher.candidatesFor(item.tree(), NO_CITING_SOURCE);
                if (!candidates.isEmpty()) {
                    duplicates.add(new ImportReport.Duplicate(entries.get(i).key(), candidates.get(0).id()));
                    continue;
                }
            }
            Source source = sources.add(crediting.catalogue(item, Set.of(), Set.of(), caller(), now));
            matcher.register(source);
            created.add(source.id());
        }
        return new ImportReport(created, duplicates, warnings);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
