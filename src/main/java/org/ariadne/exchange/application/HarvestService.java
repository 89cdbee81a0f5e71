package org.ariadne.exchange.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.ariadne.catalog.domain.Source;
import org.ariadne.catalog.domain.SourceRepository;
import org.ariadne.exchange.domain.CatalogueChanges;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What an OAI-PMH harvester reads: the catalogue's records with their datestamps, page by page. */
@Stateless
@PermitAll
public class HarvestService {

    @Inject
    CatalogueChanges changes;

    @Inject
    SourceRepository sources;

    /** A record as harvested: the source's id, when it last changed, and its CSL item with "id". */
    public record Harvested(long id, Instant datestamp, Map<String, Object> item) {
    }

    /** One page of a list, and how many records the whole list has. */
    public record Page(List<Harvested> records, long completeListSize) {
    }

    public Optional<Instant> earliestDatestamp() {
        return changes.earliest();
    }

    public Page page(Instant from, Instant until, Instant afterStamp, Long afterId, int size) {
        List<Harvested> records = changes.page(from, until, afterStamp, afterId, size).stream()
                .map(HarvestService::harvested).toList();
        return new Page(records, changes.count(from, until));
    }

    public Optional<Harvested> record(long id) {
        return sources.find(id).map(HarvestService::harvested);
    }

    private static Harvested harvested(Source source) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", String.valueOf(source.id()));
        item.putAll(source.itemTree());
        return new Harvested(source.id(), source.updatedAt(), item);
    }
}
