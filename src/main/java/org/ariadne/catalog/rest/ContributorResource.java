package org.ariadne.catalog.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.ariadne.catalog.application.ContributorService.ContributorDetail;
import org.ariadne.catalog.application.ContributorService.ContributorRecord;
import org.ariadne.catalog.application.ContributorService;
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

import static org.ariadne.shared.domain.Jsons.JSON;

/**
 * Contributors, the authority records of people and organisations: {@code GET ?q=} for pickers, one record with
 * its variant names and works, and {@code POST {id}/variants} to record another form of the name.
 */
@Path("contributors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contributors")
public class ContributorResource {

    @Inject
    ContributorService contributors;

    @GET
    @Operation(summary = "Find contributors by name",
            description = "Authority records whose name or a variant name matches the words typed, for pickers.")
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "The beginning of a name.")
    @Parameter(name = "max", in = ParameterIn.QUERY, description = "At most this many, 1 to 50 (default 10).")
    @APIResponse(responseCode = "200", description = "[{id, name, ...}]")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public JsonValue suggest(@QueryParam("q") String q, @QueryParam("max") @DefaultValue("10") int max) {
        JsonArrayBuilder list = JSON.createArrayBuilder();
        contributors.suggest(q, max).forEach(record -> list.add(json(record)));
        return list.build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a contributor",
            description = "The authority record: its name, variant names, number of works and the works.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = ApiDocs.CONTRIBUTOR_ID)
    @APIResponse(responseCode = "200", description = "The record.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public JsonObject get(@PathParam("id") String id) {
        return json(contributors.get(contributorId(id)));
    }

    @POST
    @Path("{id}/variants")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a variant name",
            description = "Adds another form of the name; a record that went by that form is merged into this one, with"
                    + " all its credits. Librarian.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = ApiDocs.CONTRIBUTOR_ID)
    @RequestBody(description = "{\"name\": \"Haggard, S.\"}")
    @APIResponse(responseCode = "200", description = "The record with its variants.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response addVariant(@PathParam("id") String id, String body) {
        JsonValue value = JsonBodies.parse(body);
        JsonValue name = value.getValueType() == JsonValue.ValueType.OBJECT ? value.asJsonObject().get("name") : null;
        if (!(name instanceof JsonString written)) {
            throw InvalidInputException.ofField("name", "Send {\"name\": \"Family, Given\"}.");
        }
        return Response.status(Response.Status.CREATED)
                .entity(json(contributors.addVariant(contributorId(id), written.getString())))
                .build();
    }

    private static long contributorId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFoundException("Contributor", id);
        }
    }

    private static JsonObjectBuilder json(ContributorRecord record) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("id", String.valueOf(record.id()))
                .add("kind", record.kind().toLowerCase())
                .add("name", record.displayName())
                .add("sortName", record.sortName());
        if (record.literal() != null && !record.literal().isEmpty()) {
            json.add("literal", record.literal());
        } else {
            json.add("family", record.family() == null ? "" : record.family());
            json.add("given", record.given() == null ? "" : record.given());
        }
        return json;
    }

    private static JsonObject json(ContributorDetail detail) {
        JsonArrayBuilder variants = JSON.createArrayBuilder();
        detail.variants().forEach(variants::add);
        JsonArrayBuilder works = JSON.createArrayBuilder();
        detail.works().forEach(work -> works.add(JSON.createObjectBuilder()
                .add("id", String.valueOf(work.id())).add("title", work.title())));
        return json(detail.contributor())
                .add("variants", variants)
                .add("workCount", detail.workCount())
                .add("works", works)
                .build();
    }

    /** Every change of a contributor record (created, variants added, merged), with the ETag of its current version. */
    @GET
    @Path("{id}/history")
    @Operation(summary = "The history of a contributor",
            description = ApiDocs.HISTORY)
    @Parameter(name = "id", in = ParameterIn.PATH, description = ApiDocs.CONTRIBUTOR_ID)
    @APIResponse(responseCode = "200", description = "The revisions, oldest first.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response history(@PathParam("id") String id) {
        long contributorId = contributorId(id);
        return HistoryJson.list(contributors.revisions(contributorId), String.valueOf(contributorId));
    }

    /** One revision of a contributor: the fields after it and, field by field, what it changed. */
    @GET
    @Path("{id}/history/{revision}")
    @Operation(summary = "One revision of a contributor with its changes",
            description = ApiDocs.REVISION_DETAIL)
    @Parameter(name = "id", in = ParameterIn.PATH, description = ApiDocs.CONTRIBUTOR_ID)
    @Parameter(name = "revision", in = ParameterIn.PATH, description = ApiDocs.REVISION)
    @APIResponse(responseCode = "200", description = "The revision.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response revision(@PathParam("id") String id, @PathParam("revision") String revision) {
        long contributorId = contributorId(id);
        return HistoryJson.content(contributors.revision(contributorId, HistoryJson.revision(revision)), String.valueOf(contributorId));
    }

    /** Takes back the name and variant names of a revision, as a new revision; If-Match names the current version. */
    @POST
    @Path("{id}/history/{revision}/restore")
    @Operation(summary = "Restore a contributor to a revision",
            description = ApiDocs.RESTORE)
    @Parameter(name = "id", in = ParameterIn.PATH, description = ApiDocs.CONTRIBUTOR_ID)
    @Parameter(name = "revision", in = ParameterIn.PATH, description = ApiDocs.REVISION)
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, description = ApiDocs.IF_MATCH)
    @APIResponse(responseCode = "200", description = "The restored state, with its new ETag.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response restore(@PathParam("id") String id, @PathParam("revision") String revision,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        long contributorId = contributorId(id);
        long number = HistoryJson.revision(revision);
        Versioned<ContributorDetail> restored = contributors.restore(contributorId, number, HistoryJson.versionFrom(ifMatch, String.valueOf(contributorId)));
        return Response.ok(json(restored.value())).tag(HistoryJson.etag(String.valueOf(contributorId), restored.version())).build();
    }
}
