package org.ariadne.exchange.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import org.ariadne.catalog.domain.Source;
import org.ariadne.catalog.domain.SourceRepository;
import org.ariadne.exchange.domain.ExportFormat;
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
        List<Map<String, Object>> items = new ArrayList<>();
        for (Long id : ids) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", String.valueOf(id));
            item.putAll(found.get(id).itemTree());
            items.add(item);
        }
        return format.write(items);
    }
}
