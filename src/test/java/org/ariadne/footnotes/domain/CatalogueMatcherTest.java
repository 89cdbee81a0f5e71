package org.ariadne.footnotes.domain;

import org.ariadne.catalog.domain.CslItem;
import org.ariadne.catalog.domain.Source;
import org.ariadne.catalog.domain.SourcePage;
import org.ariadne.catalog.domain.SourceQuery;
import org.ariadne.catalog.domain.SourceRepository;
import org.ariadne.catalog.domain.csl.WorkIdentity;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogueMatcherTest {

    private final Catalogue catalogue = new Catalogue();
    private final CatalogueMatcher matcher = new CatalogueMatcher(catalogue);

    private static final Map<String, Object> HAGGARD_CHAPTER = Map.of("type", "chapter",
            "title", "The North Korean Refugees as a Human Rights Issue",
            "author", List.of(Map.of("family", "Haggard", "given", "Stephen"), Map.of("family", "Noland", "given", "Marcus")),
            "issued", Map.of("date-parts", List.of(List.of(2006))));

    private static final Map<String, Object> AMNESTY_REPORT = Map.of("type", "report",
            "title", "Persecuting the Starving: the Plight of North Koreans Fleeing to China",
            "author", List.of(Map.of("literal", "Amnesty International")),
            "issued", Map.of("date-parts", List.of(List.of(2000))));

    @Test
    void matchesOnTitleConfirmedByFirstAuthorAndYear() {
        long chapter = catalogue.add(HAGGARD_CHAPTER);
        catalogue.add(AMNESTY_REPORT);
        Map<String, Object> cited = Map.of("type", "chapter", "title", "the north korean refugees as a human rights issue",
                "author", List.of(Map.of("family", "Haggard", "given", "S.")),
                "issued", Map.of("date-parts", List.of(List.of(2006))));
        assertEquals(List.of(chapter), ids(matcher.candidatesFor(cited, 999)));
    }

    @Test
    void matchesAnOrganisationWithoutAYearWhenTheNoteGivesNone() {
        long report = catalogue.add(AMNESTY_REPORT);
        Map<String, Object> cited = Map.of("type", "report",
                "title", "Persecuting the Starving: the Plight of North Koreans Fleeing to China",
                "author", List.of(Map.of("literal", "Amnesty International")));
        assertEquals(List.of(report), ids(matcher.candidatesFor(cited, 999)));
    }

    @Test
    void refusesATitleMatchWhenTheAuthorOrTheYearDisagrees() {
        catalogue.add(HAGGARD_CHAPTER);
        Map<String, Object> otherAuthor = Map.of("type", "chapter", "title", "The North Korean Refugees as a Human Rights Issue",
                "author", List.of(Map.of("family", "Lankov", "given", "Andrei")));
        Map<String, Object> otherYear = Map.of("type", "chapter", "title", "The North Korean Refugees as a Human Rights Issue",
                "issued", Map.of("date-parts", List.of(List.of(1999))));
        assertTrue(matcher.candidatesFor(otherAuthor, 999).isEmpty());
        assertTrue(matcher.candidatesFor(otherYear, 999).isEmpty());
    }

    @Test
    void prefersTheDoiOverTheTitle() {
        catalogue.add(HAGGARD_CHAPTER);
        long withDoi = catalogue.add(Map.of("type", "article-journal", "title", "Something else entirely",
                "DOI", "10.1000/xyz"));
        Map<String, Object> cited = Map.of("type", "chapter", "title", "The North Korean Refugees as a Human Rights Issue",
                "DOI", "https://doi.org/10.1000/XYZ");
        assertEquals(List.of(withDoi), ids(matcher.candidatesFor(cited, 999)));
    }

    @Test
    void findsByIsbnWrittenEitherWay() {
        long book = catalogue.add(Map.of("type", "book", "title", "A Book", "ISBN", "978-0-19-852663-6"));
        Map<String, Object> cited = Map.of("type", "book", "title", "Another title", "ISBN", "0198526636");
        assertEquals(List.of(book), ids(matcher.candidatesFor(cited, 999)));
    }

    @Test
    void neverMatchesTheCitingTextItself() {
        long self = catalogue.add(HAGGARD_CHAPTER);
        assertTrue(matcher.candidatesFor(HAGGARD_CHAPTER, self).isEmpty());
    }

    @Test
    void returnsEverySourceThatCouldBeTheOneCitedInCatalogueOrder() {
        long first = catalogue.add(HAGGARD_CHAPTER);
        long second = catalogue.add(Map.of("type", "chapter", "title", "North Korean refugees as a human rights issue"));
        List<Source> candidates = matcher.candidatesFor(HAGGARD_CHAPTER, 999);
        assertEquals(List.of(first, second), ids(candidates));
        assertTrue(CatalogueMatcher.ambiguity(candidates).contains("ids " + first + ", " + second),
                CatalogueMatcher.ambiguity(candidates));
    }

    @Test
    void worksPrefetchedByTheirIdentitiesAreMatchedWithoutAskingTheCatalogueAgain() {
        long chapter = catalogue.add(HAGGARD_CHAPTER);
        long report = catalogue.add(AMNESTY_REPORT);
        WorkIdentity haggard = WorkIdentity.of(HAGGARD_CHAPTER);
        WorkIdentity amnesty = WorkIdentity.of(AMNESTY_REPORT);
        WorkIdentity unknown = WorkIdentity.of(Map.of("type", "book", "title", "A Work Nobody Catalogued"));

        matcher.prefetchWorks(List.of(haggard, amnesty, unknown));
        int asked = catalogue.queries;

        assertEquals(List.of(chapter), ids(matcher.candidatesFor(haggard, 999)));
        assertEquals(List.of(report), ids(matcher.candidatesFor(amnesty, 999)));
        assertTrue(matcher.candidatesFor(unknown, 999).isEmpty());
        assertEquals(List.of(chapter), ids(matcher.candidatesFor(HAGGARD_CHAPTER, 999)), "the item's own overload");
        assertEquals(1, asked, "one query for the three titles, none for identifiers no work has");
        assertEquals(asked, catalogue.queries);
    }

    private static List<Long> ids(List<Source> sources) {
        return sources.stream().map(Source::id).toList();
    }

    /** An in-memory catalogue: the port, without a database. */
    private static final class Catalogue implements SourceRepository {
        private final List<Source> sources = new ArrayList<>();
        private long next = 1;
        /** Look-ups by key asked so far. */
        int queries;

        long add(Map<String, Object> item) {
            Source source = Source.catalogue(CslItem.validated(item), java.util.Set.of(), java.util.Set.of(), "t",
                    Instant.EPOCH);
            add(source);
            return source.id();
        }

        @Override
        public Source add(Source source) {
            try {
                Field id = Source.class.getDeclaredField("id");
                id.setAccessible(true);
                id.set(source, next++);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            sources.add(source);
            return source;
        }

        private List<Source> where(Predicate<Source> predicate) {
            queries++;
            return sources.stream().filter(predicate).toList();
        }

        @Override
        public Optional<Source> find(long id) {
            return sources.stream().filter(s -> s.id() == id).findFirst();
        }

        @Override
        public void remove(Source source) {
            sources.remove(source);
        }

        @Override
        public Source addAgain(Source source) {
            throw new UnsupportedOperationException("not needed for matching");
        }

        @Override
        public void flush() {
        }

        @Override
        public void flushAndForget() {
        }

        @Override
        public SourcePage list(SourceQuery query) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Source> findByTitleKeys(java.util.Collection<String> titleKeys) {
            return where(s -> titleKeys.contains(s.titleKey()));
        }

        @Override
        public List<Source> findByDois(java.util.Collection<String> dois) {
            return where(s -> s.doi() != null && dois.contains(s.doi()));
        }

        @Override
        public List<Source> findByIsbns(java.util.Collection<String> isbns) {
            return where(s -> s.isbn() != null && isbns.contains(s.isbn()));
        }

        @Override
        public List<Source> findAllById(List<Long> ids) {
            return where(s -> ids.contains(s.id()));
        }
    }
}
