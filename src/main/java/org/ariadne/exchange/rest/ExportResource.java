package org.ariadne.exchange.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.ariadne.collections.application.CollectionService;
import org.ariadne.exchange.application.ExportService;
import org.ariadne.search.application.SavedSearchService;
import org.ariadne.exchange.domain.ExportFormat;
import org.ariadne.shared.domain.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Export of catalogued sources (named, or a collection's) as bibliography files: CSL-JSON, BibTeX/BibLaTeX, RIS,
 * MARCXML and Dublin Core. */
@Path("export")
@Tag(name = "Import and export")
public class ExportResource {

    @Inject
    ExportService exports;

    @Inject
    CollectionService collections;

    @Inject
    SavedSearchService savedSearches;

    @GET
    @Operation(summary = "Export sources as a bibliography file",
            description = "Writes the sources named (in the order named), then those of the collection and the"
                    + " collections inside it (by title), then those a saved search finds, as BibTeX (UTF-8, capitals in titles braced), RIS, CSL-JSON,"
                    + " MARCXML (MARC 21 slim) or simple Dublin Core (oai_dc records inside one collection element),"
                    + " in that format's media type and as an attachment named ariadne.<extension>.")
    @APIResponse(responseCode = "200", description = "The file.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Response export(
            @Parameter(description = "bibtex, ris, csl-json, marcxml or oai_dc.", required = true)
            @QueryParam("format") String formatName,
            @Parameter(description = "Source ids separated by commas; every one must be catalogued.")
            @QueryParam("sources") String sources,
            @Parameter(description = "A collection id: its sources and those of the collections inside it.")
            @QueryParam("collection") String collection,
            @Parameter(description = "A saved search id: the sources it finds now (at most 5,000), after those named"
                    + " and the collection's, each source once.")
            @QueryParam("savedSearch") String savedSearch) {
        ExportFormat format = ExportFormat.named(formatName == null ? "" : formatName).orElseThrow(() ->
                InvalidInputException.ofField("format", "format is one of bibtex, ris, csl-json, marcxml, oai_dc"
                        + (formatName == null ? "." : "; \"" + formatName + "\" is not.")));
        String file = exports.export(format, ids(sources, collection, savedSearch));
        return Response.ok(file, format.mediaType() + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"ariadne." + format.extension() + "\"")
                .build();
    }

    /**
     * The sources named, then those of the collection (with the collections inside it), then those the saved search
     * finds now, each once.
     */
    private List<Long> ids(String sources, String collection, String savedSearch) {
        boolean none = sources == null || sources.isBlank();
        boolean noCollection = collection == null || collection.isBlank();
        boolean noSavedSearch = savedSearch == null || savedSearch.isBlank();
        if (none && noCollection && noSavedSearch) {
            throw InvalidInputException.ofField("sources", "Name the sources to export: sources=id,id, a"
                    + " collection: collection=id, or a saved search: savedSearch=id.");
        }
        List<Long> ids = none ? new ArrayList<>() : ids(sources);
        if (!noCollection) {
            long collectionId;
            try {
                collectionId = Long.parseLong(collection.strip());
            } catch (NumberFormatException e) {
                throw InvalidInputException.ofField("collection", "\"" + collection.strip() + "\" is not a collection id.");
            }
            if (collectionId <= 0 || !collections.exists(collectionId)) {
                throw InvalidInputException.ofField("collection", "There is no collection " + collection.strip() + ".");
            }
            addMissing(ids, collections.sourceIds(collectionId, true));
        }
        if (!noSavedSearch) {
            long savedSearchId;
            try {
                savedSearchId = Long.parseLong(savedSearch.strip());
            } catch (NumberFormatException e) {
                savedSearchId = -1;
            }
            if (savedSearchId <= 0) {
                throw InvalidInputException.ofField("savedSearch", "\"" + savedSearch.strip()
                        + "\" is not a saved search id.");
            }
            addMissing(ids, savedSearches.sourceIds(savedSearchId));
        }
        return ids;
    }

    private static void addMissing(List<Long> ids, List<Long> more) {
        Set<Long> seen = new HashSet<>(ids);
        more.stream().filter(seen::add).forEach(ids::add);
    }

    private static List<Long> ids(String sources) {
        List<Long> ids = new ArrayList<>();
        for (String part : sources.split(",")) {
            try {
                ids.add(Long.parseLong(part.strip()));
            } catch (NumberFormatException e) {
                throw InvalidInputException.ofField("sources", "\"" + part.strip() + "\" is not a source id.");
            }
        }
        return ids;
    }
}
