package org.ariadne.bibliography.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import org.ariadne.bibliography.application.BibliographyService;
import org.ariadne.bibliography.infrastructure.RendererWarmedUp;
import org.ariadne.catalog.application.SourceRecord;
import org.ariadne.catalog.application.SourceService;
import org.ariadne.catalog.domain.SourceQuery;
import org.ariadne.shared.domain.InvalidInputException;

import java.io.StringWriter;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.ariadne.shared.domain.Jsons.JSON;

/**
 * After the engines are warm ({@link RendererWarmedUp}), sends bibliography requests through
 * {@link BibliographyResource} in-process: the JSON body read, the sources loaded by id in one query, their items,
 * the render and the JSON written. Measured through the API, the very first 1,000-source bibliography after a start
 * otherwise waited about half a second for the JIT to compile that path's hottest methods (reading the stored items:
 * Parsson's parser and {@code CslJson}; the engine's groups for items shaped as stored ones), although made-up
 * entries had been rendered before.
 *
 * <p>The requests cite the catalogue's newest sources (up to {@value #SOURCES}; their entries are then cached, which
 * does no harm). An empty catalogue still warms the query and the JSON with ids that do not exist.
 */
@ApplicationScoped
public class BibliographyWarmUp {

    private static final Logger LOG = Logger.getLogger(BibliographyWarmUp.class.getName());
    /**
     * Requests sent at least (0: none); more while fewer than {@value #LOADS} sources have been read in all (a new
     * catalogue has a dozen), at most {@value #MAX_REQUESTS}. About 30 requests of the 11 demo sources brought the
     * first real request from 1.3 to 1.8 times pandoc's speed; the loop reading the items needs more to be compiled.
     */
    private static final int REQUESTS = Integer.getInteger("ariadne.render.warmup.requests", 30);
    private static final int LOADS = 2000;
    private static final int MAX_REQUESTS = 200;
    private static final int SOURCES = 1000;

    @Inject
    BibliographyService bibliographies;

    @Inject
    SourceService sources;

    void warmUp(@Observes RendererWarmedUp engines) {
        if (REQUESTS <= 0) {
            return;
        }
        try {
            long start = System.nanoTime();
            List<Long> ids = sources.list(new SourceQuery(null, null, SourceQuery.Sort.ID, true, 0, SOURCES))
                    .items().stream().map(SourceRecord::id).toList();
            BibliographyResource resource = new BibliographyResource();
            resource.bibliographies = bibliographies;
            int requests = requests(ids.isEmpty() ? SOURCES : ids.size()); // made-up ids: as many as a large request
            for (int i = 0; i < requests; i++) {
                send(resource, body(engines, i % 2 == 0 ? "text" : "html", ids));
            }
            LOG.info(() -> "Bibliography requests warmed up: " + requests + " of " + ids.size() + " sources in "
                    + (System.nanoTime() - start) / 1_000_000 + " ms.");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not warm the bibliography requests up; the first one will be slower", e);
        }
    }

    static int requests(int sources) {
        if (REQUESTS <= 0) {
            return 0;
        }
        return Math.max(REQUESTS, Math.min(MAX_REQUESTS, LOADS / Math.max(1, sources)));
    }

    private static void send(BibliographyResource resource, String body) {
        JsonObject reply;
        try {
            reply = resource.render(body);
        } catch (InvalidInputException e) {
            return; // an empty catalogue: the made-up ids do not exist, which is also a path requests take
        }
        try (JsonWriter writer = JSON.createWriter(new StringWriter())) {
            writer.write(reply);
        }
    }

    /** The body a client sends; without sources, as many made-up ids as a large request has. */
    static String body(RendererWarmedUp engines, String format, List<Long> ids) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        if (ids.isEmpty()) {
            for (long id = 1; id <= SOURCES; id++) {
                array.add(Long.MAX_VALUE - id);
            }
        } else {
            ids.forEach(array::add);
        }
        return JSON.createObjectBuilder().add("style", engines.style()).add("locale", engines.locale())
                .add("format", format).add("sources", array).build().toString();
    }
}
