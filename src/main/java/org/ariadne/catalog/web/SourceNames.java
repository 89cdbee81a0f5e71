package org.ariadne.catalog.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ariadne.catalog.application.SourceService;
import org.ariadne.shared.domain.Fields;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * Names the sources that claims and footnotes cite, on the pages that show their histories, by title rather than by
 * id alone: {@code “Hunger and Human Rights” (source 12)}. A source deleted since keeps its id: {@code source 12}.
 */
@ApplicationScoped
public class SourceNames {

    @Inject
    SourceService sources;

    /** A naming for one history as a page shows it, looking each source up once (a new one per page: titles change). */
    public LongFunction<String> byTitle() {
        Map<Long, String> names = new HashMap<>();
        return id -> names.computeIfAbsent(id, this::name);
    }

    private String name(long id) {
        String title = sources.titles(List.of(id)).get(id);
        return title == null ? Fields.sourceById(id) : "\u201c" + title + "\u201d (" + Fields.sourceById(id) + ")";
    }
}
