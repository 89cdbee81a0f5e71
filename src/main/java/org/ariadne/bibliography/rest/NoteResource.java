package org.ariadne.bibliography.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.ariadne.bibliography.application.BibliographyService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static org.ariadne.shared.domain.Jsons.JSON;

/**
 * {@code POST /api/notes}: {@code {"style", "locale", "format", "citations": [c1, c2, ...]}} gives
 * {@code {"notes": [..]}}, one rendered citation per element in document order, with CSL positions (ibid...).
 * Open to anonymous users: it only reads.
 */
@Path("notes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bibliographies and notes")
public class NoteResource {

    @Inject
    BibliographyService bibliographies;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Render notes",
            description = "One rendered citation per element of citations, in document order, with the positions "
                    + "(first, subsequent, ibid, ibid-with-locator, near-note) and the disambiguation the style "
                    + "asks for. Problems name the field at fault, e.g. citations[1].source.")
    @RequestBody(description = "{\"style\": .., \"locale\": .., \"format\": \"text|html|rtf\", \"citations\": [{\"source\": "
            + "id, \"locator\": \"17-18\", \"label\": \"page\"} or a list of such]}")
    @APIResponse(responseCode = "200", description = "{\"notes\": [..]}")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public JsonObject render(String body) {
        JsonObject request = RenderRequests.object(body);
        var notes = bibliographies.notes(RenderRequests.options(request), RenderRequests.citations(request));
        return JSON.createObjectBuilder().add("notes", BibliographyResource.array(notes)).build();
    }
}
