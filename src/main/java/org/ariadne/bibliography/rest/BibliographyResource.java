package org.ariadne.bibliography.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.ariadne.bibliography.application.BibliographyService;
import org.ariadne.collections.application.CollectionService;
import org.ariadne.search.application.SavedSearchService;
import org.ariadne.shared.domain.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.ariadne.shared.domain.Jsons.JSON;

/**
 * {@code POST /api/bibliography}: {@code {"style", "locale", "format": "text|html", "sources": [ids]}} gives
 * {@code {"entries": [..]}} in the style's order; {@code "collection": id} adds a collection's sources and
 * {@code "savedSearch": id} the sources a saved search of the caller's finds now. Open to anonymous users (it only
 * reads), but a saved search is its owner's.
 */
@Path("bibliography")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bibliographies and notes")
public class BibliographyResource {

    @Inject
    BibliographyService bibliographies;

    @Inject
    CollectionService collections;

    @Inject
    SavedSearchService savedSearches;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Render a bibliography",
            description = "The entries for the sources (and those of a collection) in the style's order, in a CSL style"
                    + " and locale, as text, HTML or RTF. Problems name the field at fault: style, locale, format, "
                    + "sources[2].")
    @RequestBody(description = "{\"style\": \"apa\", \"locale\": \"en-US\", \"format\": \"text|html|rtf\", \"sources\": "
            + "[ids], \"collection\": id, \"savedSearch\": id}")
    @APIResponse(responseCode = "200", description = "{\"entries\": [..]}")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public JsonObject render(String body) {
        JsonObject request = RenderRequests.object(body);
        List<String> entries = bibliographies.bibliography(RenderRequests.options(request), sources(request));
        return JSON.createObjectBuilder().add("entries", array(entries)).build();
    }

    /**
     * The sources listed under {@code sources}, then those of {@code collection} (and the collections inside it),
     * then those {@code savedSearch} finds, each once; any may be left out, not all.
     */
    private List<Long> sources(JsonObject request) {
        JsonValue collection = request.get("collection");
        JsonValue savedSearch = request.get("savedSearch");
        boolean noCollection = collection == null || collection.getValueType() == JsonValue.ValueType.NULL;
        boolean noSavedSearch = savedSearch == null || savedSearch.getValueType() == JsonValue.ValueType.NULL;
        if (noCollection && noSavedSearch) {
            return RenderRequests.sources(request);
        }
        List<Long> ids = new ArrayList<>(request.containsKey("sources") ? RenderRequests.sources(request) : List.of());
        if (!noCollection) {
            long collectionId = RenderRequests.positiveId(collection, "collection", "a collection");
            if (!collections.exists(collectionId)) {
                throw InvalidInputException.ofField("collection", "There is no collection " + collectionId + ".");
            }
            addMissing(ids, collections.sourceIds(collectionId, true));
        }
        if (!noSavedSearch) {
            long savedSearchId = RenderRequests.positiveId(savedSearch, "savedSearch", "a saved search");
            addMissing(ids, savedSearches.sourceIds(savedSearchId));
        }
        return ids;
    }

    private static void addMissing(List<Long> ids, List<Long> more) {
        Set<Long> seen = new HashSet<>(ids);
        more.stream().filter(seen::add).forEach(ids::add);
    }

    static JsonArrayBuilder array(List<String> texts) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        texts.forEach(array::add);
        return array;
    }
}
