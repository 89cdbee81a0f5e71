package org.ariadne.exchange.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.ariadne.catalog.domain.Source;
import org.ariadne.exchange.domain.CatalogueIndex;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class JpaCatalogueIndex implements CatalogueIndex {

    /** Values per "in" list: well under what H2 and PostgreSQL take as bind parameters. */
    private static final int CHUNK = 1000;

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Source> sharingAnyOf(Collection<String> dois, Collection<String> isbns, Collection<String> titleKeys) {
        Map<Long, Source> found = new LinkedHashMap<>();
        load("s.doi", dois, found);
        load("s.isbn", isbns, found);
        load("s.titleKey", titleKeys, found);
        List<Source> all = new ArrayList<>(found.values());
        all.sort(Comparator.comparing(Source::id));
        return all;
    }

    private void load(String column, Collection<String> values, Map<Long, Source> into) {
        List<String> list = values.stream().distinct().toList();
        for (int i = 0; i < list.size(); i += CHUNK) {
            em.createQuery("select s from Source s where " + column + " in :values", Source.class)
                    .setParameter("values", list.subList(i, Math.min(list.size(), i + CHUNK)))
                    .getResultList().forEach(s -> into.putIfAbsent(s.id(), s));
        }
    }

    @Override
    public void writeAndForget() {
        em.flush();
        em.clear();
    }
}
