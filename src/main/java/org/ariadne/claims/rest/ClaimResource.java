package org.ariadne.claims.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.ariadne.claims.application.ClaimPage;
import org.ariadne.claims.application.ClaimRecord;
import org.ariadne.claims.application.ClaimService;
import org.ariadne.claims.domain.ClaimNotFoundException;
import org.ariadne.claims.domain.ClaimStatus;
import org.ariadne.claims.domain.Trace;
import org.ariadne.shared.domain.InvalidInputException;
import org.ariadne.shared.domain.Versioned;
import org.ariadne.shared.rest.ApiDocs;
import org.ariadne.shared.rest.HistoryJson;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import static org.ariadne.shared.domain.Jsons.JSON;

/** The claims part of the contract: claims with their citations, verdicts, review queues and traces. */
@Path("claims")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Claims")
public class ClaimResource {

    /** Largest page of claims. */
    static final int MAX_SIZE = 5000;

    @Inject
    ClaimService claims;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make a claim",
            description = "A claim with its citations (source, locator, label, quote, stance); each citation says "
                    + "whether its quote is found in the archived text. Writer.")
    @RequestBody(description = "{\"text\": \"...\", \"citations\": [{\"source\": id, \"locator\": \"5\", \"label\": "
            + "\"page\", \"quote\": \"..\", \"stance\": \"supports|disputes|mentions\"}]}")
    @APIResponse(responseCode = "201", description = "The claim; Location names it.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response create(String body) {
        ClaimRecord created = claims.create(ClaimJson.draft(body));
        return Response.status(Response.Status.CREATED)
                .header(HttpHeaders.LOCATION, "/api/claims/" + created.id())
                .entity(ClaimJson.toJson(created))
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a claim",
            description = "The claim with its citations and verdicts.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = ApiDocs.CLAIM_ID)
    @APIResponse(responseCode = "200", description = "The claim.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public JsonObject get(@PathParam("id") String id) {
        return ClaimJson.toJson(claims.get(claimId(id)));
    }

    @GET
    @Operation(summary = "Claims by status",
            description = "A page of claims, {\"total\": n, \"items\": [...]}; status unsupported, disputed, contested "
                    + "... are the review queues.")
    @Parameter(name = "status", in = ParameterIn.QUERY, description = "A claim status, e.g. unsupported or disputed.")
    @Parameter(name = "page", in = ParameterIn.QUERY, description = ApiDocs.PAGE)
    @Parameter(name = "size", in = ParameterIn.QUERY, description = "Claims per page (default 20).")
    @APIResponse(responseCode = "200", description = "The page and the total.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public JsonObject list(@QueryParam("status") String status,
                           @QueryParam("page") @DefaultValue("0") String page,
                           @QueryParam("size") @DefaultValue("20") String size) {
        List<ClaimStatus> statuses = statuses(status);
        int pageSize = number("size", size, 1, MAX_SIZE);
        int pageNumber = number("page", page, 0, Integer.MAX_VALUE / MAX_SIZE);
        ClaimPage result = claims.list(statuses, pageNumber, pageSize);
        JsonArrayBuilder items = JSON.createArrayBuilder();
        result.items().forEach(claim -> items.add(ClaimJson.toJson(claim)));
        return JSON.createObjectBuilder().add("total", result.total()).add("items", items).build();
    }

    @POST
    @Path("{id}/verdicts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a verdict",
            description = "A reviewer records {\"verdict\": \"verified|disputed|needs-source\", \"comment\": \"..\"}. "
                    + "Reviewer.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = ApiDocs.CLAIM_ID)
    @RequestBody(description = "{\"verdict\": \"verified|disputed|needs-source\", \"comment\": \"..\"}")
    @APIResponse(responseCode = "201", description = "The verdict.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response judge(@PathParam("id") String id, String body) {
        long claimId = claimId(id);
        String[] verdict = ClaimJson.verdict(body);
        ClaimRecord judged = claims.judge(claimId, verdict[0], verdict[1]);
        return Response.status(Response.Status.CREATED)
                .header(HttpHeaders.LOCATION, "/api/claims/" + judged.id())
                .entity(ClaimJson.toJson(judged))
                .build();
    }

    /** The trace tree of the contract, or W3C PROV as JSON-LD for a client that asks for application/ld+json. */
    @GET
    @Path("{id}/trace")
    @Produces({MediaType.APPLICATION_JSON, ClaimProvenance.JSON_LD})
    @Operation(summary = "Trace a claim to its primary sources",
            description = "Follows each citation through the footnotes at the quoted passage into the works they cite, "
                    + "and on through the passages those footnotes quote, listing the primary sources and whatever "
                    + "breaks the chain. With Accept: application/ld+json the trace comes as W3C PROV JSON-LD.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = ApiDocs.CLAIM_ID)
    @APIResponse(responseCode = "200", description = "The trace tree.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response trace(@PathParam("id") String id, @Context HttpHeaders headers, @Context UriInfo uri) {
        Trace trace = claims.trace(claimId(id));
        if (prefersJsonLd(headers.getAcceptableMediaTypes())) {
            return Response.ok(ClaimProvenance.of(trace, site(uri)), ClaimProvenance.JSON_LD).build();
        }
        return Response.ok(ClaimJson.toJson(trace), MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("{id}/provenance")
    @Produces({ClaimProvenance.JSON_LD, MediaType.APPLICATION_JSON})
    @Operation(summary = "A claim's trace as W3C PROV",
            description = "The trace as W3C PROV JSON-LD.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = ApiDocs.CLAIM_ID)
    @APIResponse(responseCode = "200", description = "PROV JSON-LD.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response provenance(@PathParam("id") String id, @Context UriInfo uri) {
        Trace trace = claims.trace(claimId(id));
        return Response.ok(ClaimProvenance.of(trace, site(uri)), ClaimProvenance.JSON_LD).build();
    }

    /** JSON-LD only if the client names it before (or without) plain JSON; a wildcard gets the contract's tree. */
    private static boolean prefersJsonLd(List<MediaType> acceptable) {
        for (MediaType type : acceptable) {
            if (type.isWildcardType() || type.isWildcardSubtype()) {
                return false;
            }
            String name = type.getType() + "/" + type.getSubtype();
            if (name.equalsIgnoreCase(ClaimProvenance.JSON_LD)) {
                return true;
            }
            if (name.equalsIgnoreCase(MediaType.APPLICATION_JSON)) {
                return false;
            }
        }
        return false;
    }

    /** The application's root: the API lives under {@code /api/}, the stable pages beside it. */
    private static URI site(UriInfo uri) {
        return uri.getBaseUri().resolve("/");
    }

    private static List<ClaimStatus> statuses(String status) {
        if (status == null || status.isBlank()) {
            return List.of();
        }
        List<ClaimStatus> statuses = new ArrayList<>();
        for (ClaimStatus candidate : ClaimStatus.values()) {
            if (candidate.wireName().equals(status.strip())) {
                statuses.add(candidate);
            }
        }
        if (statuses.isEmpty()) {
            throw InvalidInputException.ofField("status", "The status is one of unsupported, supported, contested,"
                    + " disputed, verified or needs-source, not \"" + status + "\".");
        }
        if (statuses.contains(ClaimStatus.DISPUTED)) {
            // disputed: by a reviewer, or by the sources themselves (some support it, some dispute it)
            statuses.add(ClaimStatus.CONTESTED);
        }
        return statuses;
    }

    private static int number(String name, String value, int min, int max) {
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw InvalidInputException.ofField(name, name + " must be a whole number from " + min + " to " + max
                + ", not \"" + value + "\".");
    }

    private static long claimId(String id) {
        try {
            long value = Long.parseLong(id);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // an id that cannot exist is simply not there
        }
        throw new ClaimNotFoundException(id);
    }

    /** Every change of a claim (created, cited, judged, restored), with the ETag of its current version. */
    @GET
    @Path("{id}/history")
    @Operation(summary = "The history of a claim",
            description = ApiDocs.HISTORY)
    @Parameter(name = "id", in = ParameterIn.PATH, description = ApiDocs.CLAIM_ID)
    @APIResponse(responseCode = "200", description = "The revisions, oldest first.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response history(@PathParam("id") String id) {
        long claimId = claimId(id);
        return HistoryJson.list(claims.revisions(claimId), String.valueOf(claimId));
    }

    /** One revision of a claim: the fields after it and, field by field, what it changed. */
    @GET
    @Path("{id}/history/{revision}")
    @Operation(summary = "One revision of a claim with its changes",
            description = ApiDocs.REVISION_DETAIL)
    @Parameter(name = "id", in = ParameterIn.PATH, description = ApiDocs.CLAIM_ID)
    @Parameter(name = "revision", in = ParameterIn.PATH, description = ApiDocs.REVISION)
    @APIResponse(responseCode = "200", description = "The revision.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response revision(@PathParam("id") String id, @PathParam("revision") String revision) {
        long claimId = claimId(id);
        return HistoryJson.content(claims.revision(claimId, HistoryJson.revision(revision)), String.valueOf(claimId));
    }

    /** Takes back the text and citations of a revision, as a new revision; If-Match names the current version. */
    @POST
    @Path("{id}/history/{revision}/restore")
    @Operation(summary = "Restore a claim to a revision",
            description = ApiDocs.RESTORE)
    @Parameter(name = "id", in = ParameterIn.PATH, description = ApiDocs.CLAIM_ID)
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
        long claimId = claimId(id);
        long number = HistoryJson.revision(revision);
        Versioned<ClaimRecord> restored = claims.restore(claimId, number, HistoryJson.versionFrom(ifMatch, String.valueOf(claimId)));
        return Response.ok(ClaimJson.toJson(restored.value())).tag(HistoryJson.etag(String.valueOf(claimId), restored.version())).build();
    }
}
