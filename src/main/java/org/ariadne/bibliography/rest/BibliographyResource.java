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
import org.ariadne.shared.domain.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;

import static org.ariadne.shared.domain.Jsons.JSON;

/**
 * {@code POST /api/bibliography}: {@code {"style", "locale", "format": "text|html", "sources": [ids]}} gives
 * {@code {"entries": [..]}} in the style's order; {@code "collection": id} adds a collection's sources. Open to
 * anonymous users: it only reads.
 */
@Path("bibliography")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bibliographies and notes")
public class BibliographyResource {

    @Inject
    BibliographyService bibliographies;

    @Inject
    CollectionService collections;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Render a bibliography",
            description = "The entries for the sources (and those of a collection) in the style's order, in a CSL style"
                    + " and locale, as text, HTML or RTF. Problems name the field at fault: style, locale, format, "
                    + "sources[2].")
    @RequestBody(description = "{\"style\": \"apa\", \"locale\": \"en-US\", \"format\": \"text|html|rtf\", \"sources\": "
            + "[ids], \"collection\": id}")
    @APIResponse(responseCode = "200", description = "{\"entries\": [..]}")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public JsonObject render(String body) {
        JsonObject request = RenderRequests.object(body);
        List<String> entries = bibliographies.bibliography(RenderRequests.options(request), sources(request));
        return JSON.createObjectBuilder().add("entries", array(entries)).build();
    }

    /**
     * The sources listed under {@code sources}, then those of {@code collection} (and the collections inside it)
     * not listed already; either may be left out, not both.
     */
    private List<Long> sources(JsonObject request) {
        JsonValue collection = request.get("collection");
        if (collection == null || collection.getValueType() == JsonValue.ValueType.NULL) {
            return RenderRequests.sources(request);
        }
        List<Long> ids = new ArrayList<>(request.containsKey("sources") ? RenderRequests.sources(request) : List.of());
        long collectionId = RenderRequests.positiveId(collection, "collection", "a collection");
        if (!collections.exists(collectionId)) {
            throw InvalidInputException.ofField("collection", "There is no collection " + collectionId + ".");
        }
        collections.sourceIds(collectionId, true).stream().filter(id -> !ids.contains(id)).forEach(ids::add);
        return ids;
    }

    static JsonArrayBuilder array(List<String> texts) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        texts.forEach(array::add);
        return array;
    }
}
