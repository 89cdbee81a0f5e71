package org.ariadne.search.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import org.ariadne.catalog.application.Page;
import org.ariadne.search.domain.HitKind;
import org.ariadne.search.domain.SavedSearch;
import org.ariadne.search.domain.SavedSearchNotFoundException;
import org.ariadne.search.domain.SavedSearchRepository;
import org.ariadne.search.domain.SearchIndex;
import org.ariadne.search.domain.SearchRequest;
import org.ariadne.search.domain.SearchResult;
import org.ariadne.security.domain.Roles;
import org.ariadne.shared.domain.ConflictException;
import org.ariadne.shared.domain.InvalidInputException;
import org.ariadne.shared.domain.StaleVersionException;

import java.text.NumberFormat;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Saved searches: every signed-in user keeps her own, names, renames and deletes them, and runs them again live;
 * a saved search is also a live set of sources (for a bibliography or an export). Only the owner sees one;
 * administrators see everyone's. Another user's saved search answers as if it did not exist.
 */
@Stateless
@RolesAllowed({Roles.LIBRARIAN, Roles.WRITER, Roles.REVIEWER, Roles.ADMIN})
public class SavedSearchService {

    /** How many saved searches one user may keep. */
    public static final int MAX_PER_USER = 500;
    /** The most sources a saved search may bring to a bibliography or an export (as the bibliography page takes). */
    public static final int MAX_SOURCES = 5000;

    private static final Set<String> SORTS = Set.of("name", "created", "updated", "id");

    @Inject
    SavedSearchRepository saved;

    @Inject
    SearchIndex index;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    public SavedSearchRecord create(String name, Map<String, String> search) {
        String owner = caller();
        SavedSearch created = SavedSearch.save(owner, name, search, clock.instant());
        checkNameFree(owner, created.name(), null);
        if (saved.countOf(owner) >= MAX_PER_USER) {
            throw new ConflictException("You keep " + MAX_PER_USER + " saved searches, the most one may keep;"
                    + " delete some first.");
        }
        saved.add(created);
        saved.flush();
        return SavedSearchRecord.of(created);
    }

    public SavedSearchRecord get(long id) {
        return SavedSearchRecord.of(visible(id));
    }

    /**
     * One page of saved searches.
     *
     * @param owner whose: null for the caller's own; another user's name, or {@code *} for everyone's, only for an
     *              administrator
     */
    public Page<SavedSearchRecord> list(String owner, @NotNull String sort, boolean descending, int page, int size) {
        if (!SORTS.contains(sort)) {
            throw InvalidInputException.ofField("sort", "Sort by name, created, updated or id, with a leading - for"
                    + " descending order; not \"" + sort + "\".");
        }
        String whose = owner == null || owner.isBlank() ? caller() : owner.strip();
        if (!whose.equals(caller()) && !session.isCallerInRole(Roles.ADMIN)) {
            throw InvalidInputException.ofField("owner", "Only an administrator sees other users' saved searches.");
        }
        var result = saved.list(whose.equals("*") ? null : whose, sort, descending, page,
                Math.min(size, SavedSearchRepository.MAX_PAGE));
        return new Page<>(result.total(), result.items().stream().map(SavedSearchRecord::of).toList());
    }

    /** Every saved search of the caller, by name: for pickers. */
    public List<SavedSearchRecord> mine() {
        return saved.list(caller(), "name", false, 0, MAX_PER_USER).items().stream().map(SavedSearchRecord::of)
                .toList();
    }

    /**
     * Renames a saved search and keeps another search under it, if the caller edited the current version.
     *
     * @param search null to keep the search as it is
     */
    public SavedSearchRecord update(long id, long expectedVersion, String name, Map<String, String> search) {
        SavedSearch found = visible(id);
        if (!found.hasVersion(expectedVersion)) {
            throw new StaleVersionException("Saved search", id);
        }
        if (name != null) {
            found.rename(name, clock.instant());
            checkNameFree(found.owner(), found.name(), id);
        }
        if (search != null) {
            found.redefine(search, clock.instant());
        }
        saved.flush();
        return SavedSearchRecord.of(found);
    }

    /** @param expectedVersion the version the caller saw, or null not to check */
    public void delete(long id, Long expectedVersion) {
        SavedSearch found = visible(id);
        if (expectedVersion != null && !found.hasVersion(expectedVersion)) {
            throw new StaleVersionException("Saved search", id);
        }
        saved.remove(found);
    }

    /** Runs the saved search again, on what the index holds now. */
    public SearchResult run(long id, int page, int size) {
        return index.search(visible(id).request(page, size));
    }

    /**
     * The sources the saved search finds now, in its order: a live collection. Claims and footnotes it finds are
     * not sources and are left out.
     *
     * @throws InvalidInputException naming {@code savedSearch} when it looks for no sources or finds more than
     *                               {@link #MAX_SOURCES}, or is not the caller's
     */
    public List<Long> sourceIds(long id) {
        SavedSearch found = saved.find(id).filter(this::mayRead).orElseThrow(() ->
                InvalidInputException.ofField("savedSearch", "You have no saved search " + id + "."));
        SearchRequest request = found.request(0, 1);
        if (!request.kinds().contains(HitKind.SOURCE)) {
            throw InvalidInputException.ofField("savedSearch", "Saved search \"" + found.name() + "\" looks for "
                    + "claims or footnotes only; only sources make a bibliography or an export.");
        }
        List<Long> ids = index.sourceIds(request, MAX_SOURCES + 1);
        if (ids.size() > MAX_SOURCES) {
            long total = index.search(new SearchRequest(request.q(), Set.of(HitKind.SOURCE), request.filters(),
                    request.sort(), 0, 1)).total();
            NumberFormat number = NumberFormat.getIntegerInstance(Locale.ENGLISH);
            throw InvalidInputException.ofField("savedSearch", "Saved search \"" + found.name() + "\" finds "
                    + number.format(total) + " sources; a bibliography or an export takes at most "
                    + number.format(MAX_SOURCES) + ". Narrow the search (words, type, years) and try again.");
        }
        return ids;
    }

    private SavedSearch visible(long id) {
        return saved.find(id).filter(this::mayRead).orElseThrow(() -> new SavedSearchNotFoundException(id));
    }

    private boolean mayRead(SavedSearch search) {
        return search.ownedBy(caller()) || session.isCallerInRole(Roles.ADMIN);
    }

    private void checkNameFree(String owner, String name, Long exceptId) {
        if (saved.nameTaken(owner, name, exceptId)) {
            throw InvalidInputException.ofField("name", "You already have a saved search named \"" + name
                    + "\"; choose another name.");
        }
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
