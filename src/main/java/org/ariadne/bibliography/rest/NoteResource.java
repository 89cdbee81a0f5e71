package org.ariadne.bibliography.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.ariadne.bibliography.application.BibliographyService;

import static org.ariadne.shared.domain.Jsons.JSON;

/**
 * {@code POST /api/notes}: {@code {"style", "locale", "format", "citations": [c1, c2, ...]}} gives
 * {@code {"notes": [..]}}, one rendered citation per element in document order, with CSL positions (ibid...).
 * Open to anonymous users: it only reads.
 */
@Path("notes")
@Produces(MediaType.APPLICATION_JSON)
public class NoteResource {

    @Inject
    BibliographyService bibliographies;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject render(String body) {
        JsonObject request = RenderRequests.object(body);
        var notes = bibliographies.notes(RenderRequests.options(request), RenderRequests.citations(request));
        return JSON.createObjectBuilder().add("notes", BibliographyResource.array(notes)).build();
    }
}
