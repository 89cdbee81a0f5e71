package org.ariadne.footnotes.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ariadne.catalog.domain.SourceNotFoundException;
import org.ariadne.footnotes.application.CitationDraft;
import org.ariadne.footnotes.application.FootnoteRecord;
import org.ariadne.footnotes.application.FootnoteService;
import org.ariadne.shared.domain.InvalidInputException;
import org.ariadne.shared.domain.NotFoundException;
import org.ariadne.shared.domain.Versioned;
import org.ariadne.shared.rest.ApiDocs;
import org.ariadne.shared.rest.HistoryJson;
import org.ariadne.shared.rest.JsonBodies;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;

import static org.ariadne.shared.domain.Jsons.JSON;

/** The footnotes of a source, as the contract shows them, and a librarian's corrections. */
@Path("sources/{id}/footnotes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Footnotes")
public class FootnoteResource {

    @Inject
    FootnoteService footnotes;

    @GET
    @Operation(summary = "The footnotes of a source",
            description = "Every footnote of the archived text in order: number, text, marker offsets (UTF-16 code "
                    + "units), the works it cites with locator, label and ibid, and the problems a librarian must "
                    + "look at.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = ApiDocs.SOURCE_ID)
    @APIResponse(responseCode = "200", description = "The footnotes.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public JsonArray list(@PathParam("id") String id) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        footnotes.ofSource(sourceId(id)).forEach(footnote -> array.add(toJson(footnote)));
        return array.build();
    }

    @PATCH
    @Path("{number}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(summary = "Correct a footnote",
            description = "Replaces what a footnote cites; the correction survives archiving the same text again. A "
                    + "quote anchors a citation to a passage of the cited work's archived text. Librarian.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = ApiDocs.SOURCE_ID)
    @Parameter(name = "number", in = ParameterIn.PATH, description = ApiDocs.FOOTNOTE_NUMBER)
    @RequestBody(description = "{\"citations\": [{\"source\": id, \"locator\": \"..\", \"label\": \"page\", \"quote\": "
            + "\"..\"}]}")
    @APIResponse(responseCode = "200", description = "The corrected footnote.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "410", ref = "Gone")
    public JsonObject correct(@PathParam("id") String id, @PathParam("number") String number, String body) {
        long sourceId = sourceId(id);
        int note = noteNumber(number, sourceId);
        return toJson(footnotes.correct(sourceId, note, drafts(body)));
    }

    static JsonObject toJson(FootnoteRecord footnote) {
        JsonArrayBuilder citations = JSON.createArrayBuilder();
        for (FootnoteRecord.CitationRecord citation : footnote.citations()) {
            JsonObjectBuilder c = JSON.createObjectBuilder().add("source", String.valueOf(citation.source()));
            nullable(c, "locator", citation.locator());
            nullable(c, "label", citation.label());
            c.add("ibid", citation.ibid());
            if (citation.shortForm()) {
                c.add("shortForm", true);
            }
            if (citation.quote() != null) {
                c.add("quote", citation.quote());
            }
            citations.add(c);
        }
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("number", footnote.number())
                .add("text", footnote.text());
        if (footnote.hasMarker()) {
            json.add("marker", JSON.createObjectBuilder().add("start", footnote.markerStart())
                    .add("end", footnote.markerEnd()));
        } else {
            json.addNull("marker");
        }
        json.add("citations", citations);
        JsonArrayBuilder problems = JSON.createArrayBuilder();
        footnote.problems().forEach(problems::add);
        json.add("problems", problems);
        if (footnote.corrected()) {
            json.add("corrected", true);
        }
        return json.build();
    }

    /** The body {@code {"citations": [{"source": id, "locator": "..", "label": "page", "quote": ".."}]}}. */
    static List<CitationDraft> drafts(String body) {
        JsonValue value = JsonBodies.parse(body);
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw InvalidInputException.ofField("", "The body must be a JSON object with \"citations\".");
        }
        JsonValue citations = value.asJsonObject().get("citations");
        if (citations == null || citations.getValueType() != JsonValue.ValueType.ARRAY) {
            throw InvalidInputException.ofField("citations",
                    "Give \"citations\": a list of {\"source\": id, \"locator\", \"label\", \"quote\"}.");
        }
        List<CitationDraft> drafts = new ArrayList<>();
        JsonArray array = citations.asJsonArray();
        for (int i = 0; i < array.size(); i++) {
            String field = "citations[" + i + "]";
            if (array.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                throw InvalidInputException.ofField(field, "Each citation must be a JSON object.");
            }
            JsonObject citation = array.get(i).asJsonObject();
            drafts.add(new CitationDraft(JsonBodies.sourceId(citation.get("source"), field + ".source"),
                    text(citation, "locator", field), text(citation, "label", field), text(citation, "quote", field)));
        }
        return drafts;
    }

    private static String text(JsonObject citation, String name, String field) {
        JsonValue value = citation.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() == JsonValue.ValueType.STRING) {
            return ((JsonString) value).getString();
        }
        if (value.getValueType() == JsonValue.ValueType.NUMBER && name.equals("locator")) {
            return value.toString();
        }
        throw InvalidInputException.ofField(field + "." + name, "\"" + name + "\" must be text.");
    }

    private static void nullable(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }

    private static long sourceId(String id) {
        try {
            long value = Long.parseLong(id);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // an id that cannot exist is simply not there
        }
        throw new SourceNotFoundException(id);
    }

    private static int noteNumber(String number, long sourceId) {
        try {
            return Integer.parseInt(number);
        } catch (NumberFormatException e) {
            throw new NotFoundException("Footnote", number + " of source " + sourceId);
        }
    }

    /** Every change of a footnote (found, corrected, found again, restored), with the ETag of its current version. */
    @GET
    @Path("{number}/history")
    @Operation(summary = "The history of a footnote",
            description = ApiDocs.HISTORY)
    @Parameter(name = "id", in = ParameterIn.PATH, description = ApiDocs.SOURCE_ID)
    @Parameter(name = "number", in = ParameterIn.PATH, description = ApiDocs.FOOTNOTE_NUMBER)
    @APIResponse(responseCode = "200", description = "The revisions, oldest first.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response history(@PathParam("id") String id, @PathParam("number") String number) {
        long sourceId = sourceId(id);
        int note = noteNumber(number, sourceId);
        return HistoryJson.list(footnotes.revisions(sourceId, note), sourceId + "-" + note);
    }

    /** One revision of a footnote: the fields after it and, field by field, what it changed. */
    @GET
    @Path("{number}/history/{revision}")
    @Operation(summary = "One revision of a footnote with its changes",
            description = ApiDocs.REVISION_DETAIL)
    @Parameter(name = "id", in = ParameterIn.PATH, description = ApiDocs.SOURCE_ID)
    @Parameter(name = "number", in = ParameterIn.PATH, description = ApiDocs.FOOTNOTE_NUMBER)
    @Parameter(name = "revision", in = ParameterIn.PATH, description = ApiDocs.REVISION)
    @APIResponse(responseCode = "200", description = "The revision.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response revision(@PathParam("id") String id, @PathParam("number") String number, @PathParam("revision") String revision) {
        long sourceId = sourceId(id);
        int note = noteNumber(number, sourceId);
        return HistoryJson.content(footnotes.revision(sourceId, note, HistoryJson.revision(revision)), sourceId + "-" + note);
    }

    /** Takes back what the note cited of a revision, as a new revision; If-Match names the current version. */
    @POST
    @Path("{number}/history/{revision}/restore")
    @Operation(summary = "Restore a footnote to a revision",
            description = ApiDocs.RESTORE)
    @Parameter(name = "id", in = ParameterIn.PATH, description = ApiDocs.SOURCE_ID)
    @Parameter(name = "number", in = ParameterIn.PATH, description = ApiDocs.FOOTNOTE_NUMBER)
    @Parameter(name = "revision", in = ParameterIn.PATH, description = ApiDocs.REVISION)
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, description = ApiDocs.IF_MATCH)
    @APIResponse(responseCode = "200", description = "The restored footnote, with its new ETag.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response restore(@PathParam("id") String id, @PathParam("number") String number, @PathParam("revision") String revision,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        long sourceId = sourceId(id);
        int note = noteNumber(number, sourceId);
        long revisionNumber = HistoryJson.revision(revision);
        Versioned<FootnoteRecord> restored = footnotes.restore(sourceId, note, revisionNumber, HistoryJson.versionFrom(ifMatch, sourceId + "-" + note));
        return Response.ok(toJson(restored.value())).tag(HistoryJson.etag(sourceId + "-" + note, restored.version())).build();
    }
}
