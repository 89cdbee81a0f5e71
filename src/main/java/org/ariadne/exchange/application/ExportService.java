package org.ariadne.exchange.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import org.ariadne.catalog.domain.Source;
import org.ariadne.catalog.domain.SourcePage;
import org.ariadne.catalog.domain.SourceQuery;
import org.ariadne.catalog.domain.SourceRepository;
import org.ariadne.exchange.domain.ExportFormat;
import org.ariadne.exchange.domain.ExportTooLargeException;
import org.ariadne.shared.domain.InvalidInputException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Writes catalogued sources as a bibliography file. */
@Stateless
public class ExportService {

    /** The most sources one export of "everything matching a filter" writes: a page of the catalogue at its largest. */
    public static final int MATCHING_LIMIT = SourceQuery.MAX_SIZE;

    @Inject
    SourceRepository sources;

    /**
     * The sources, in the order asked, as one file.
     *
     * @throws InvalidInputException naming {@code sources} if an id is not in the catalogue
     */
    @PermitAll
    public String export(@NotNull ExportFormat format, @NotNull List<Long> ids) {
        Map<Long, Source> found = sources.findAllById(ids).stream()
                .collect(Collectors.toMap(Source::id, Function.identity(), (a, b) -> a));
        List<Long> unknown = ids.stream().filter(id -> !found.containsKey(id)).distinct().toList();
        if (!unknown.isEmpty()) {
            throw InvalidInputException.ofField("sources", "The catalogue has no source with id "
                    + unknown.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ".");
        }
        return write(format, ids.stream().map(found::get).toList());
    }

    /**
     * Every source the catalogue query matches (its filter, type and sort; its page and size are ignored), as one
     * file; refused when more than {@link #MATCHING_LIMIT} match, so an export is never silently cut short.
     *
     * @throws InvalidInputException naming {@code filter} if nothing matches
     * @throws ExportTooLargeException if more than {@link #MATCHING_LIMIT} sources match
     */
    @PermitAll
    public String exportMatching(@NotNull ExportFormat format, @NotNull SourceQuery query) {
        SourcePage page = sources.list(new SourceQuery(query.text(), query.type(), query.sort(), query.descending(),
                0, MATCHING_LIMIT));
        if (page.total() == 0) {
            throw InvalidInputException.ofField("filter", "No source matches the filter: there is nothing to export.");
        }
        if (page.total() > MATCHING_LIMIT) {
            throw new ExportTooLargeException("filter", page.total(), MATCHING_LIMIT);
        }
        return write(format, page.items());
    }

    private static String write(ExportFormat format, List<Source> chosen) {
        List<Map<String, Object>> items = new ArrayList<>(chosen.size());
        for (Source source : chosen) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", String.valueOf(source.id()));
            item.putAll(source.itemTree());
            items.add(item);
        }
        return format.write(items);
    }
}
