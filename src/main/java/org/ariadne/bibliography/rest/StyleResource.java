package org.ariadne.bibliography.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ariadne.bibliography.application.BibliographyService;
import org.ariadne.bibliography.application.StyleSummary;
import org.ariadne.shared.domain.InvalidInputException;
import org.ariadne.shared.domain.NotFoundException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import static org.ariadne.shared.domain.Jsons.JSON;

/**
 * The CSL style catalogue.
 * <ul>
 *   <li>{@code GET /api/styles} lists {@code [{"id", "title"}]}: uploaded styles first, then the bundled ones by id.
 *       {@code ?q=words} keeps the styles whose id, title or CSL fields ("history", "law") contain every word.</li>
 *   <li>{@code POST /api/styles} ({@value #CSL_STYLE}) stores a librarian's style: 201 {@code {"id"}}.</li>
 *   <li>{@code GET /api/styles/{id}} gives the CSL text of a style (a dependent style: its parent's).</li>
 * </ul>
 */
@Path("styles")
@Tag(name = "Bibliographies and notes")
public class StyleResource {

    static final String CSL_STYLE = "application/vnd.citationstyles.style+xml";

    @Inject
    BibliographyService bibliographies;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List CSL styles",
            description = "The bundled CSL styles (about 10,800) and the uploaded ones (first, with \"uploaded\": "
                    + "true); q keeps those whose id, title or fields contain every word, exact matches first.")
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "Words of the style's id, title or CSL fields (history, law, ...).")
    @APIResponse(responseCode = "200", description = "[{\"id\", \"title\"}]")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public JsonArray list(@QueryParam("q") String query) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (StyleSummary style : bibliographies.styles(query)) {
            var json = JSON.createObjectBuilder().add("id", style.id()).add("title", style.title());
            if (style.uploaded()) {
                json.add("uploaded", true);
            }
            array.add(json);
        }
        return array.build();
    }

    @GET
    @Path("{id}")
    @Produces(CSL_STYLE)
    @Operation(summary = "A style's CSL",
            description = "The style's CSL XML.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "The style's id.")
    @APIResponse(responseCode = "200", description = "The CSL style.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response xml(@PathParam("id") String id) {
        String xml = bibliographies.styleXml(id).orElseThrow(() -> new NotFoundException("Style", id));
        return Response.ok(xml, CSL_STYLE + ";charset=UTF-8").build();
    }

    @POST
    @Consumes({CSL_STYLE, MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload a CSL style",
            description = "A CSL style is parsed without DTDs or external entities and checked (a style root with its "
                    + "info, a citation or bibliography layout, accepted by the engine). A style whose id is empty "
                    + "or taken gets an id of Ariadne's. Librarian.")
    @RequestBody(description = "The CSL style (application/vnd.citationstyles.style+xml).")
    @APIResponse(responseCode = "201", description = "{\"id\": ..}; Location names the style.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response upload(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
        String id = bibliographies.upload(decode(body, contentType));
        return Response.created(URI.create("styles/" + id))
                .entity(JSON.createObjectBuilder().add("id", id).build())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    /** The body in the charset the Content-Type names (UTF-8 by default); text invalid in it is refused. */
    private static String decode(byte[] body, String contentType) {
        Charset charset = StandardCharsets.UTF_8;
        try {
            String name = MediaType.valueOf(contentType).getParameters().get(MediaType.CHARSET_PARAMETER);
            if (name != null) {
                charset = Charset.forName(name);
            }
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.ofField("Content-Type", "Unknown charset in the Content-Type.");
        }
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw InvalidInputException.ofField("", "The style is not valid " + charset.name() + " text.");
        }
    }
}
