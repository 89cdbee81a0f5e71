package org.ariadne.catalog.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.ariadne.catalog.domain.Source;
import org.ariadne.catalog.domain.SourceMergedException;
import org.ariadne.catalog.domain.SourceMerges;
import org.ariadne.catalog.domain.SourceNotFoundException;
import org.ariadne.catalog.domain.SourcePage;
import org.ariadne.catalog.domain.SourceQuery;
import org.ariadne.catalog.domain.SourceRepository;
import org.ariadne.shared.domain.StaleVersionException;
import org.ariadne.shared.infrastructure.Database;
import org.ariadne.shared.infrastructure.EarlyIndexCleanup;
import org.ariadne.shared.infrastructure.EarlyIndexing;
import org.ariadne.shared.infrastructure.Like;
import org.hibernate.ReplicationMode;
import org.hibernate.Session;
import org.hibernate.search.mapper.orm.Search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

@ApplicationScoped
public class JpaSourceRepository implements SourceRepository {

    /** Values bound to one {@code in} list at most: well within what H2 and PostgreSQL take as parameters. */
    private static final int IN_CHUNK = 500;

    private static final Map<SourceQuery.Sort, String> ORDER = Map.of(
            SourceQuery.Sort.TITLE, "s.titleKey",
            SourceQuery.Sort.CREATOR, "s.firstCreator",
            SourceQuery.Sort.ISSUED, "s.issuedSort",
            SourceQuery.Sort.TYPE, "s.type",
            SourceQuery.Sort.UPDATED, "s.updatedAt",
            SourceQuery.Sort.CREATED, "s.createdAt",
            SourceQuery.Sort.ID, "s.id");

    /** The sorts whose column is never null. */
    private static final Set<SourceQuery.Sort> NEVER_NULL = EnumSet.of(SourceQuery.Sort.TITLE, SourceQuery.Sort.TYPE,
            SourceQuery.Sort.UPDATED, SourceQuery.Sort.CREATED, SourceQuery.Sort.ID);

    /**
     * The sorts with a secondary index on (column, id) (migration V21), whose entries H2 walks quickly. Not the id:
     * walking the primary key reads every row whole, as long as sorting the table (9 s at 1,000,000 sources).
     */
    private static final Set<SourceQuery.Sort> INDEXED = EnumSet.of(SourceQuery.Sort.TITLE, SourceQuery.Sort.CREATOR,
            SourceQuery.Sort.ISSUED, SourceQuery.Sort.UPDATED);

    @PersistenceContext
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    EarlyIndexCleanup indexCleanup;

    @Inject
    SourceMerges merges;

    @Override
    public Optional<Source> find(long id) {
        return Optional.ofNullable(em.find(Source.class, id));
    }

    /** A source merged into another is not simply missing: the exception names the survivor. */
    @Override
    public Source get(long id) {
        Source source = em.find(Source.class, id);
        if (source != null) {
            return source;
        }
        throw merges.survivorOf(id).<SourceNotFoundException>map(survivor -> new SourceMergedException(id, survivor))
                .orElseGet(() -> new SourceNotFoundException(id));
    }

    @Override
    public Source add(Source source) {
        em.persist(source);
        return source;
    }

    @Override
    public void addAll(List<Source> sources) {
        new JdbcSourceWriter(em).addAll(sources);
    }

    @Override
    public <T> T addingInBulk(Supplier<T> writes) {
        return EarlyIndexing.run(Search.session(em), transactions, indexCleanup, writes);
    }

    @Override
    @SuppressWarnings("deprecation") // replicate is Hibernate's one way to insert an entity under an id already given
    public Source addAgain(Source source) {
        try {
            em.unwrap(Session.class).replicate(source, ReplicationMode.EXCEPTION);
            em.flush();
        } catch (PersistenceException taken) {
            // two restores raced: the other one stored the source under that id first
            throw new StaleVersionException("Source", source.id());
        }
        return source;
    }

    @Override
    public void remove(Source source) {
        em.remove(source);
    }

    @Override
    public void flushAndForget() {
        em.flush();
        // the search index's plan for this transaction holds the entities it will index at commit: turn them into
        // documents now (or send them, in a bulk write), so that clearing the persistence context frees them (a large
        // import stays bounded)
        EarlyIndexing.send(Search.session(em).indexingPlan());
        em.clear();
    }

    /**
     * On PostgreSQL, ANALYZE of the tables a bulk import grows, within the import's transaction: it sees the new rows,
     * and the statistics, with the end of the plans cached before, come with the commit. Without it, until autovacuum
     * got to the tables, a look-up that a pooled connection had prepared while the catalogue was small kept its plan
     * (reading the whole table and comparing every row with each of a thousand keys), and an import of 100,000 right
     * after another ran fifteen times slower. H2 showed nothing of the kind.
     */
    @Override
    public void catalogueGrewInBulk() {
        if (!Database.isEmbedded()) {
            em.createNativeQuery("ANALYZE source, contribution, contributor").executeUpdate();
        }
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public SourcePage list(SourceQuery query) {
        Filter filter = Filter.of(query);
        long total = count(filter, "");
        if (total == 0) {
            return new SourcePage(0, List.of());
        }
        List<Source> items = query.descending() && Database.isEmbedded() && INDEXED.contains(query.sort())
                && filter.values().isEmpty()
                ? descendingFromAscending(filter, query, total)
                : rows(filter, "", order(query.sort(), query.descending()), query.offset(), query.size());
        return new SourcePage(total, items);
    }

    /**
     * A page of a descending sort of the whole catalogue on H2, read from the ascending index and reversed. H2 reads
     * no index backwards, so it sorted the whole table for a descending page: 80 to 120 s at 1,000,000 sources, now
     * 0.5 to 2 s. Descending order has its nulls last too, so the rows with a value and the rows without are two
     * runs, each the reverse of its ascending order (column then id, and the id alone among the nulls); the page takes
     * what it covers of each. Reading the ascending order from an offset walks the index to it, which is what the last
     * pages of an ascending sort cost already. Not for a filtered list: there the walk reads every row it passes to
     * test the filter, which took longer than sorting the matches (28 s against 13 to 17 s for books by title at 1M).
     */
    private List<Source> descendingFromAscending(Filter filter, SourceQuery query, long total) {
        boolean nullable = !NEVER_NULL.contains(query.sort());
        String column = ORDER.get(query.sort());
        long valued = nullable ? count(filter, " and " + column + " is not null") : total;
        long from = query.offset();
        long to = from + query.size();
        List<Source> page = new ArrayList<>(reversed(filter, nullable ? " and " + column + " is not null" : "",
                order(query.sort(), false), valued, from, Math.min(to, valued)));
        if (to > valued) {
            page.addAll(reversed(filter, " and " + column + " is null", "s.id asc", total - valued,
                    Math.max(from, valued) - valued, to - valued));
        }
        return page;
    }

    /** Rows {@code from} (inclusive) to {@code to} (exclusive) of the reverse of an ascending order of n rows. */
    private List<Source> reversed(Filter filter, String condition, String ascending, long n, long from, long to) {
        long end = Math.min(to, n);
        if (from >= end) {
            return List.of();
        }
        List<Source> read = new ArrayList<>(rows(filter, condition, ascending, n - end, end - from));
        Collections.reverse(read);
        return read;
    }

    private long count(Filter filter, String condition) {
        return filter.bind(em.createQuery("select count(s) from Source s" + filter.where() + condition, Long.class))
                .getSingleResult();
    }

    private List<Source> rows(Filter filter, String condition, String order, long first, long max) {
        return filter.bind(em.createQuery("select s from Source s" + filter.where() + condition + " order by " + order,
                Source.class)).setFirstResult(Math.toIntExact(first)).setMaxResults(Math.toIntExact(max)).getResultList();
    }

    /** A list's conditions (JPQL on {@code s}) and the values they bind. */
    private record Filter(String where, Map<String, Object> values) {

        static Filter of(SourceQuery query) {
            StringBuilder where = new StringBuilder(" where 1 = 1");
            Map<String, Object> values = new HashMap<>();
            if (query.text() != null && !query.text().isBlank()) {
                where.append(" and (lower(s.title) like :text escape '\\' or lower(s.firstCreator) like :text escape"
                        + " '\\' or lower(s.containerTitle) like :text escape '\\')");
                values.put("text", Like.containing(query.text().toLowerCase()));
            }
            if (query.type() != null && !query.type().isBlank()) {
                where.append(" and s.type = :type");
                values.put("type", query.type());
            }
            return new Filter(where.toString(), values);
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            values.forEach(query::setParameter);
            return query;
        }
    }

    /**
     * A list's order (JPQL on {@code s}): the sort's column, then the id to break ties, both in the sort's direction.
     * The sorted columns have indexes on (column, id) (migration V21), from which a page is read without sorting the
     * table. A column that may be null has its nulls last either way. A column that is never null names no null
     * ordering: it would change nothing in the result, and PostgreSQL reads an ascending index backwards for a
     * descending sort only in that sort's default null ordering (nulls first). The id is not named twice: H2 2.2 fails on a large table sorted by a
     * column repeated ("order by s.id desc nulls last, s.id desc": a NullPointerException inside its result set, seen
     * at 1M sources).
     */
    static String order(SourceQuery.Sort sort, boolean descending) {
        String direction = descending ? " desc" : " asc";
        String column = ORDER.get(sort) + direction + (NEVER_NULL.contains(sort) ? "" : " nulls last");
        return sort == SourceQuery.Sort.ID ? column : column + ", s.id" + direction;
    }

    @Override
    public List<Source> findByTitleKeys(Collection<String> titleKeys) {
        return findWhereIn("titleKey", titleKeys);
    }

    @Override
    public List<Source> findByDois(Collection<String> dois) {
        return findWhereIn("doi", dois);
    }

    @Override
    public List<Source> findByIsbns(Collection<String> isbns) {
        return findWhereIn("isbn", isbns);
    }

    /** The sources whose attribute has one of the values, by id; long lists go in chunks the databases accept. */
    private List<Source> findWhereIn(String attribute, Collection<String> values) {
        List<String> distinct = values.stream().distinct().toList();
        List<Source> found = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += IN_CHUNK) {
            found.addAll(em.createQuery("select s from Source s where s." + attribute + " in :values", Source.class)
                    .setParameter("values", distinct.subList(from, Math.min(distinct.size(), from + IN_CHUNK)))
                    .getResultList());
        }
        found.sort(Comparator.comparing(Source::id));
        return found;
    }

    @Override
    public List<Source> findAllById(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select s from Source s where s.id in :ids", Source.class)
                .setParameter("ids", ids).getResultList();
    }
}
