package org.ariadne.exchange.application;

import org.ariadne.catalog.domain.Contributor;
import org.ariadne.catalog.domain.ContributorRepository;
import org.ariadne.catalog.domain.Source;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The contributor repository for the length of one import, remembering each name key it looked up or added, so
 * that a file crediting the same person ten thousand times asks the database once. {@link #forget()} drops what it
 * remembers when the import lets go of its entities.
 */
final class RememberedContributors implements ContributorRepository {

    private final ContributorRepository contributors;
    private final Map<String, Optional<Contributor>> byNameKey = new HashMap<>();

    RememberedContributors(ContributorRepository contributors) {
        this.contributors = contributors;
    }

    void forget() {
        byNameKey.clear();
    }

    @Override
    public Optional<Contributor> findByNameKey(String nameKey) {
        return byNameKey.computeIfAbsent(nameKey, contributors::findByNameKey);
    }

    @Override
    public Contributor add(Contributor contributor) {
        Contributor added = contributors.add(contributor);
        byNameKey.put(added.nameKey(), Optional.of(added));
        return added;
    }

    @Override
    public Optional<Contributor> find(long id) {
        return contributors.find(id);
    }

    @Override
    public List<Source> worksOf(Contributor contributor, int max) {
        return contributors.worksOf(contributor, max);
    }

    @Override
    public long countWorksOf(Contributor contributor) {
        return contributors.countWorksOf(contributor);
    }

    @Override
    public void moveCredits(Contributor from, Contributor into) {
        byNameKey.clear();
        contributors.moveCredits(from, into);
    }

    @Override
    public void remove(Contributor contributor) {
        byNameKey.clear();
        contributors.remove(contributor);
    }

    @Override
    public List<Contributor> suggest(String text, int max) {
        return contributors.suggest(text, max);
    }
}
