package org.ariadne.catalog.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.ariadne.catalog.application.ArchivedContent;
import org.ariadne.catalog.application.MergeService;
import org.ariadne.catalog.application.Page;
import org.ariadne.catalog.application.SourceRecord;
import org.ariadne.catalog.application.SourceService;
import org.ariadne.catalog.application.TextReceipt;
import org.ariadne.catalog.domain.SourceNotFoundException;
import org.ariadne.catalog.domain.SourceQuery;
import org.ariadne.shared.domain.InvalidInputException;
import org.ariadne.shared.rest.ApiDocs;
import org.ariadne.shared.rest.HistoryJson;
import org.ariadne.shared.rest.JsonBodies;
import org.ariadne.shared.rest.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

import static org.ariadne.shared.domain.Jsons.JSON;

/** The sources part of the contract: CSL-JSON items with ETags, paging, and their archived texts. */
@Path("sources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sources")
public class SourceResource {

    static final String CSL_JSON = "application/vnd.citationstyles.csl+json";

    @Inject
    SourceService sources;

    @Inject
    MergeService merges;

    @POST
    @Consumes({MediaType.APPLICATION_JSON, CSL_JSON})
    @Operation(summary = "Catalogue a source",
            description = "Stores one CSL-JSON item as given (every CSL variable kept); type (a CSL item type) and "
                    + "title are required, anything else invalid is a 400 naming the field. Tags and subject "
                    + "headings go under custom. Librarian.")
    @RequestBody(description = "One CSL-JSON item.")
    @APIResponse(responseCode = "201", description = "The stored item with its id; Location names it, ETag its version.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    public Response create(String body) {
        SourceRecord created = sources.create(SourceJson.toDraft(object(body)));
        return Response.status(Response.Status.CREATED)
                .header(HttpHeaders.LOCATION, "/api/sources/" + created.id())
                .tag(etag(created))
                .entity(SourceJson.toJson(created))
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a source",
            description = "The CSL-JSON item with its id and Ariadne's own fields under custom (version, tags, "
                    + "subjects, contributors, text, footnoteCount); its ETag is the version. A source merged into "
                    + "another answers 301 to the survivor.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = ApiDocs.SOURCE_ID)
    @APIResponse(responseCode = "200", description = "The item.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam("id") String id) {
        SourceRecord source = sources.get(sourceId(id));
        return Response.ok(SourceJson.toJson(source)).tag(etag(source)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, CSL_JSON})
    @Operation(summary = "Replace a source",
            description = "Replaces the whole CSL-JSON item of the version named by If-Match. Librarian.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = ApiDocs.SOURCE_ID)
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, description = ApiDocs.IF_MATCH)
    @RequestBody(description = "The whole CSL-JSON item.")
    @APIResponse(responseCode = "200", description = "The stored item and its new ETag.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "410", ref = "Gone")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           String body) {
        long sourceId = sourceId(id);
        if (ifMatch == null || ifMatch.isBlank()) {
            return Problem.of(428, "precondition-required", "Precondition required",
                    "Send If-Match with the ETag of the version you edited, so that nobody's change is overwritten.")
                    .toResponse();
        }
        long version = versionFrom(ifMatch, sourceId);
        SourceRecord updated = sources.update(sourceId, version, SourceJson.toDraft(object(body)));
        return Response.ok(SourceJson.toJson(updated)).tag(etag(updated)).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a source",
            description = "Deletes a source that nothing cites; its history stays. Librarian.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = ApiDocs.SOURCE_ID)
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, description = ApiDocs.IF_MATCH_OPTIONAL)
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "410", ref = "Gone")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        long sourceId = sourceId(id);
        Long version = ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*") ? null
                : versionFrom(ifMatch, sourceId);
        sources.delete(sourceId, version);
        return Response.noContent().build();
    }

    @GET
    @Operation(summary = "List and filter the catalogue",
            description = "A page of sources, {\"total\": n, \"items\": [...]}: words in the title, creators or "
                    + "container title (q), a CSL item type, a sort.")
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "Words the title, a creator or the container title must contain.")
    @Parameter(name = "type", in = ParameterIn.QUERY, description = "A CSL item type (book, article-journal, ...).")
    @Parameter(name = "sort", in = ParameterIn.QUERY, description = "title, creator, issued, type, updated, created or id; a leading - sorts descending.")
    @Parameter(name = "page", in = ParameterIn.QUERY, description = ApiDocs.PAGE)
    @Parameter(name = "size", in = ParameterIn.QUERY, description = "Items per page, 1 to 5000 (default 20).")
    @APIResponse(responseCode = "200", description = "The page and the total.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public JsonObject list(@QueryParam("q") String q,
                           @QueryParam("type") String type,
                           @QueryParam("sort") @DefaultValue("id") String sort,
                           @QueryParam("page") @DefaultValue("0") String page,
                           @QueryParam("size") @DefaultValue("20") String size) {
        Page<SourceRecord> result = sources.list(Paging.query(q, type, sort, page, size));
        JsonArrayBuilder items = JSON.createArrayBuilder();
        result.items().forEach(source -> items.add(SourceJson.toJson(source)));
        return JSON.createObjectBuilder().add("total", result.total()).add("items", items).build();
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "The history of a source",
            description = ApiDocs.HISTORY)
    @Parameter(name = "id", in = ParameterIn.PATH, description = ApiDocs.SOURCE_ID)
    @APIResponse(responseCode = "200", description = "The revisions, oldest first.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response history(@PathParam("id") String id) {
        long sourceId = sourceId(id);
        return HistoryJson.list(sources.revisions(sourceId), String.valueOf(sourceId));
    }

    /** One revision: the fields after it and, field by field, what it changed. */
    @GET
    @Path("{id}/history/{revision}")
    @Operation(summary = "One revision of a source with its changes",
            description = ApiDocs.REVISION_DETAIL)
    @Parameter(name = "id", in = ParameterIn.PATH, description = ApiDocs.SOURCE_ID)
    @Parameter(name = "revision", in = ParameterIn.PATH, description = ApiDocs.REVISION)
    @APIResponse(responseCode = "200", description = "The revision.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response revision(@PathParam("id") String id, @PathParam("revision") String revision) {
        long sourceId = sourceId(id);
        return HistoryJson.content(sources.revision(sourceId, HistoryJson.revision(revision)), String.valueOf(sourceId));
    }

    /**
     * Describes the source as that revision did, as a new revision; If-Match names the current version. A deleted
     * source is catalogued again under its id with {@code If-None-Match: *} (it must not exist) instead.
     */
    @POST
    @Path("{id}/history/{revision}/restore")
    @Operation(summary = "Restore a source to a revision",
            description = ApiDocs.RESTORE + " A deleted source is catalogued again under its id from that revision"
                    + " (with its archived text and footnotes when the file is still kept) when the request sends"
                    + " If-None-Match: * instead of If-Match; the revision that deleted it cannot be restored.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = ApiDocs.SOURCE_ID)
    @Parameter(name = "revision", in = ParameterIn.PATH, description = ApiDocs.REVISION)
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, description = ApiDocs.IF_MATCH)
    @Parameter(name = "If-None-Match", in = ParameterIn.HEADER, description = "* to restore a deleted source (it"
            + " must not exist); two such restores racing give one 200 and one 412.")
    @APIResponse(responseCode = "200", description = "The restored state, with its new ETag.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response restore(@PathParam("id") String id, @PathParam("revision") String revision,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        long sourceId = sourceId(id);
        long number = HistoryJson.revision(revision);
        SourceRecord restored = ifMatch == null && HistoryJson.isAnyTag(ifNoneMatch)
                ? sources.restoreDeleted(sourceId, number)
                : sources.restore(sourceId, number, HistoryJson.versionFrom(ifMatch, String.valueOf(sourceId)));
        return Response.ok(SourceJson.toJson(restored)).tag(etag(restored)).build();
    }

    /** What merging source {@code with} into this one would give: each field of both, the default choice, the result. */
    @GET
    @Path("{id}/merge")
    @Operation(summary = "Preview a merge of two sources",
            description = "Each field of both records with the default choice and the merged value; refusal says why a "
                    + "merge cannot be made.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "The survivor's id.")
    @Parameter(name = "with", in = ParameterIn.QUERY, description = "The duplicate's (loser's) id.")
    @APIResponse(responseCode = "200", description = "The comparison.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public JsonObject mergePreview(@PathParam("id") String id, @QueryParam("with") String with) {
        long survivor = sourceId(id);
        return MergeJson.preview(merges.preview(survivor, loserId(with, "with")));
    }

    /**
     * Merges a duplicate into this source: {@code {"loser": id, "choose": {"title": "loser", "author": "both"}}}.
     * The loser's id then answers with a redirect to this source. If-Match (this source's ETag) is checked when sent.
     */
    @POST
    @Path("{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Merge a duplicate into a source",
            description = "Merges the loser into the survivor in one transaction: chosen fields, every footnote "
                    + "citation, claim citation and collection membership move to the survivor, the loser is "
                    + "deleted and then answers 301 (reads) and 410 (writes). Librarian.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "The survivor's id.")
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, description = ApiDocs.IF_MATCH_OPTIONAL)
    @RequestBody(description = "{\"loser\": id, \"choose\": {\"title\": \"loser\", \"author\": \"both\"}}")
    @APIResponse(responseCode = "200", description = "The merged survivor and its new ETag.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "410", ref = "Gone")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public Response merge(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, String body) {
        long survivor = sourceId(id);
        Long version = ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*") ? null
                : versionFrom(ifMatch, survivor);
        JsonObject request = JsonBodies.parse(body) instanceof JsonObject object ? object : null;
        if (request == null) {
            throw InvalidInputException.ofField("", "The body must be a JSON object: {\"loser\": id, \"choose\": {..}}.");
        }
        SourceRecord merged = merges.merge(survivor, JsonBodies.sourceId(request.get("loser"), "loser"), version,
                MergeJson.choices(request));
        return Response.ok(SourceJson.toJson(merged)).tag(etag(merged)).build();
    }

    private static long loserId(String value, String field) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.ofField(field, "Name the duplicate to merge into this source: " + field + "=id.");
        }
        return JsonBodies.sourceId(JSON.createValue(value), field);
    }

    @PUT
    @Path("{id}/text")
    @Consumes({MediaType.TEXT_PLAIN, "text/markdown", MediaType.TEXT_HTML})
    @Operation(summary = "Archive a source's text",
            description = "Archives the exact bytes (text/plain, text/markdown or text/html, charset from "
                    + "Content-Type), extracts the footnotes, resolves ibid and short forms and links each cited "
                    + "work to the catalogue. Text that is not valid in its charset is a 400. Librarian.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = ApiDocs.SOURCE_ID)
    @RequestBody(description = "The text, byte for byte.")
    @APIResponse(responseCode = "200", description = "{\"sha256\": hex, \"bytes\": n, \"footnotes\": n}")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "410", ref = "Gone")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public JsonObject archiveText(@PathParam("id") String id, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                  byte[] body) {
        MediaType type = MediaType.valueOf(contentType);
        String mediaType = (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT);
        TextReceipt receipt = sources.archiveText(sourceId(id), body, mediaType,
                type.getParameters().get(MediaType.CHARSET_PARAMETER));
        return JSON.createObjectBuilder()
                .add("sha256", receipt.sha256())
                .add("bytes", receipt.bytes())
                .add("footnotes", receipt.footnotes())
                .build();
    }

    @GET
    @Path("{id}/text")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Read a source's archived text",
            description = "The exact bytes archived, in their media type, with Repr-Digest: sha-256=:<base64>:.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = ApiDocs.SOURCE_ID)
    @APIResponse(responseCode = "200", description = "The archived bytes.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response text(@PathParam("id") String id) {
        ArchivedContent text = sources.readText(sourceId(id));
        String digest = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(text.sha256()));
        return Response.ok(text.bytes())
                .type(text.mediaType() + ";charset=" + text.charset())
                .header("Repr-Digest", "sha-256=:" + digest + ":")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .build();
    }

    static long sourceId(String id) {
        try {
            long value = Long.parseLong(id);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // falls through to "not found": an id that cannot exist is simply not there
        }
        throw new SourceNotFoundException(id);
    }

    static EntityTag etag(SourceRecord source) {
        return new EntityTag(source.etag());
    }

    private static long versionFrom(String ifMatch, long sourceId) {
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        String prefix = sourceId + "-";
        if (tag.startsWith(prefix)) {
            try {
                return Long.parseLong(tag.substring(prefix.length()));
            } catch (NumberFormatException e) {
                // not one of our ETags
            }
        }
        // An ETag this source never had can only be stale.
        return -1;
    }

    private static JsonObject object(String body) {
        JsonValue value = JsonBodies.parse(body);
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw InvalidInputException.ofField("", "The body must be one CSL-JSON item (a JSON object).");
        }
        return value.asJsonObject();
    }
}
