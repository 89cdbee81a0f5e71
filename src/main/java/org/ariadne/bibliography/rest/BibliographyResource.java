package org.ariadne.bibliography.rest;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.ariadne.bibliography.application.BibliographyService;

import java.util.List;

/**
 * {@code POST /api/bibliography}: {@code {"style", "locale", "format": "text|html", "sources": [ids]}} gives
 * {@code {"entries": [..]}} in the style's order. Open to anonymous users: it only reads.
 */
@Path("bibliography")
@Produces(MediaType.APPLICATION_JSON)
public class BibliographyResource {

    @Inject
    BibliographyService bibliographies;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject render(String body) {
        JsonObject request = RenderRequests.object(body);
        List<String> entries = bibliographies.bibliography(RenderRequests.options(request),
                RenderRequests.sources(request));
        return Json.createObjectBuilder().add("entries", array(entries)).build();
    }

    static JsonArrayBuilder array(List<String> texts) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        texts.forEach(array::add);
        return array;
    }
}
