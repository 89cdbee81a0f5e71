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
public class StyleResource {

    static final String CSL_STYLE = "application/vnd.citationstyles.style+xml";

    @Inject
    BibliographyService bibliographies;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
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
    public Response xml(@PathParam("id") String id) {
        String xml = bibliographies.styleXml(id).orElseThrow(() -> new NotFoundException("Style", id));
        return Response.ok(xml, CSL_STYLE + ";charset=UTF-8").build();
    }

    @POST
    @Consumes({CSL_STYLE, MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @Produces(MediaType.APPLICATION_JSON)
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
