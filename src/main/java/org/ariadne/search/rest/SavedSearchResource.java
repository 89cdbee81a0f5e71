package org.ariadne.search.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ariadne.catalog.application.Page;
import org.ariadne.catalog.rest.Paging;
import org.ariadne.search.application.SavedSearchRecord;
import org.ariadne.search.application.SavedSearchService;
import org.ariadne.search.domain.SavedSearchNotFoundException;
import org.ariadne.search.domain.SearchRequest;
import org.ariadne.shared.domain.InputProblem;
import org.ariadne.shared.domain.InvalidInputException;
import org.ariadne.shared.domain.PreconditionRequiredException;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.ariadne.shared.domain.Jsons.JSON;

/**
 * A user's saved searches ({@code /api/saved-searches}): kept as the parameters of {@code GET /api/search}, with
 * ETags like sources, run again live ({@code /{id}/results}). Every call needs a signed-in user; each user sees
 * her own, an administrator everyone's.
 */
@Path("saved-searches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Saved searches", description = "A signed-in user's saved searches: the parameters of GET /api/search"
        + " kept under a name (never the results), run again live and usable as the sources of a bibliography or an"
        + " export (savedSearch=id, at most 5,000 sources). Each user sees her own, an administrator everyone's;"
        + " another user's answers 404.")
public class SavedSearchResource {

    private static final String ID = "The saved search's id.";

    @Inject
    SavedSearchService saved;

    @GET
    @Operation(summary = "List the caller's saved searches",
            description = "A page of saved searches, {\"total\": n, \"items\": [...]}, each with its name, owner,"
                    + " search parameters, query string, version and times.")
    @Parameter(name = "owner", in = ParameterIn.QUERY, description = "Administrators only: a user name, or * for"
            + " everyone's; others see their own.")
    @Parameter(name = "sort", in = ParameterIn.QUERY, description = "name, created, updated or id; a leading -"
            + " sorts descending.")
    @Parameter(name = "page", in = ParameterIn.QUERY, description = ApiDocs.PAGE)
    @Parameter(name = "size", in = ParameterIn.QUERY, description = "Saved searches per page (default 20, at most"
            + " 500).")
    @APIResponse(responseCode = "200", description = "{\"total\": n, \"items\": [...]}")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public JsonObject list(@QueryParam("owner") String owner,
                           @QueryParam("sort") @DefaultValue("name") String sort,
                           @QueryParam("page") @DefaultValue("0") String page,
                           @QueryParam("size") @DefaultValue("20") String size) {
        List<InputProblem> problems = new ArrayList<>();
        boolean descending = sort.startsWith("-");
        String by = sort.substring(descending ? 1 : 0).toLowerCase(Locale.ROOT);
        int pageNumber = Paging.number("page", page, 0, 1_000_000, problems);
        int pageSize = Paging.number("size", size, 1, 500, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.get(0).message(), problems);
        }
        Page<SavedSearchRecord> result = saved.list(owner, by, descending, pageNumber, pageSize);
        var items = JSON.createArrayBuilder();
        result.items().forEach(s -> items.add(json(s)));
        return JSON.createObjectBuilder().add("total", result.total()).add("items", items).build();
    }

    /** {@code {"name": "..", "search": {"q": "..", "kind": "source", "yearFrom": 2010, ...}}}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save a search",
            description = "Keeps the search under a name unique to the caller (ignoring case, at most 200"
                    + " characters); the search is checked by the rules of GET /api/search, and nothing is stored"
                    + " when any part is wrong.")
    @RequestBody(description = "{\"name\": \"..\", \"search\": {\"q\": \"..\", \"kind\": \"source\","
            + " \"yearFrom\": 2012, \"sort\": \"-date\"}}")
    @APIResponse(responseCode = "201", description = "The saved search; Location and ETag.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response create(String body) {
        JsonObject request = JsonBodies.object(body);
        SavedSearchRecord created = saved.create(name(request, true), search(request, true));
        return Response.status(Response.Status.CREATED)
                .header(HttpHeaders.LOCATION, "/api/saved-searches/" + created.id())
                .tag(new EntityTag(created.etag()))
                .entity(json(created))
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a saved search", description = "The saved search with its ETag.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = ID)
    @APIResponse(responseCode = "200", description = "The saved search.")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam("id") String id) {
        SavedSearchRecord found = saved.get(savedSearchId(id));
        return Response.ok(json(found)).tag(new EntityTag(found.etag())).build();
    }

    /** {@code name} and {@code search}; a {@code search} left out stays as it is. If-Match is required. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename a saved search, or keep another search under its name",
            description = "name is required; search, when given, replaces the saved parameters. Needs If-Match.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = ID)
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, description = ApiDocs.IF_MATCH)
    @RequestBody(description = "{\"name\": \"..\", \"search\": {...}} (search optional)")
    @APIResponse(responseCode = "200", description = "The saved search and its new ETag.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           String body) {
        long savedId = savedSearchId(id);
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException("Send If-Match with the ETag of the version you edited, so"
                    + " that nobody's change is overwritten.");
        }
        JsonObject request = JsonBodies.object(body);
        SavedSearchRecord updated = saved.update(savedId, versionFrom(ifMatch, savedId), name(request, true),
                search(request, false));
        return Response.ok(json(updated)).tag(new EntityTag(updated.etag())).build();
    }

    /** If-Match is checked when sent. */
    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a saved search", description = "Deletes it; the sources it found are untouched.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = ID)
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, description = ApiDocs.IF_MATCH_OPTIONAL)
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        long savedId = savedSearchId(id);
        Long expected = ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*") ? null
                : versionFrom(ifMatch, savedId);
        saved.delete(savedId, expected);
        return Response.noContent().build();
    }

    /** The saved search run now: the same answer as {@code GET /api/search} with its parameters. */
    @GET
    @Path("{id}/results")
    @Operation(summary = "Run a saved search now",
            description = "The same answer as GET /api/search with the saved parameters and the page asked for.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = ID)
    @Parameter(name = "page", in = ParameterIn.QUERY, description = ApiDocs.PAGE)
    @Parameter(name = "size", in = ParameterIn.QUERY, description = "Hits per page (default 20).")
    @APIResponse(responseCode = "200", description = "{\"total\": n, \"hits\": [...]} with facets.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public JsonObject results(@PathParam("id") String id,
                              @QueryParam("page") @DefaultValue("0") String page,
                              @QueryParam("size") @DefaultValue("20") String size) {
        long savedId = savedSearchId(id);
        List<InputProblem> problems = new ArrayList<>();
        int pageNumber = Paging.number("page", page, 0, 10_000, problems);
        int pageSize = Paging.number("size", size, 1, SearchRequest.MAX_SIZE, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.get(0).message(), problems);
        }
        return SearchResource.resultJson(saved.run(savedId, pageNumber, pageSize));
    }

    /** The ids of the sources the saved search finds now (at most 5,000), in its order: the live collection. */
    @GET
    @Path("{id}/sources")
    @Operation(summary = "The sources a saved search finds now",
            description = "{\"total\": n, \"sources\": [ids]} in the search's order, at most 5,000: the live"
                    + " collection a bibliography or an export can use.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = ID)
    @APIResponse(responseCode = "200", description = "The source ids.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public JsonObject sources(@PathParam("id") String id) {
        List<Long> ids = saved.sourceIds(savedSearchId(id));
        var array = JSON.createArrayBuilder();
        ids.forEach(source -> array.add(String.valueOf(source)));
        return JSON.createObjectBuilder().add("total", ids.size()).add("sources", array).build();
    }

    static JsonObject json(SavedSearchRecord s) {
        JsonObjectBuilder search = JSON.createObjectBuilder();
        s.search().forEach(search::add);
        return JSON.createObjectBuilder()
                .add("id", String.valueOf(s.id()))
                .add("name", s.name())
                .add("owner", s.owner())
                .add("search", search)
                .add("query", s.queryString())
                .add("version", s.version())
                .add("created", s.createdAt().toString())
                .add("updated", s.updatedAt().toString())
                .build();
    }

    private static String name(JsonObject request, boolean required) {
        JsonValue name = request.get("name");
        if (name == null || name.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                throw InvalidInputException.ofField("name", "Give the saved search a name.");
            }
            return null;
        }
        if (!(name instanceof JsonString text)) {
            throw InvalidInputException.ofField("name", "A name is a string.");
        }
        return text.getString();
    }

    /**
     * The search's parameters: strings, numbers or booleans as {@code GET /api/search} takes them; {@code kind} may
     * also be a list of kinds.
     */
    private static Map<String, String> search(JsonObject request, boolean required) {
        JsonValue search = request.get("search");
        if (search == null || search.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                throw InvalidInputException.ofField("search", "Give the search to keep: {\"q\": \"words\", ...},"
                        + " with the parameters of GET /api/search.");
            }
            return null;
        }
        if (search.getValueType() != JsonValue.ValueType.OBJECT) {
            throw InvalidInputException.ofField("search", "The search is an object of search parameters:"
                    + " {\"q\": \"words\", \"kind\": \"source\", ...}.");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        List<InputProblem> problems = new ArrayList<>();
        search.asJsonObject().forEach((key, value) -> {
            switch (value.getValueType()) {
                case STRING -> parameters.put(key, ((JsonString) value).getString());
                case NUMBER -> parameters.put(key, ((JsonNumber) value).toString());
                case TRUE, FALSE -> parameters.put(key, value.toString());
                case NULL -> { }
                case ARRAY -> {
                    List<String> parts = new ArrayList<>();
                    for (JsonValue part : value.asJsonArray()) {
                        if (part instanceof JsonString text) {
                            parts.add(text.getString());
                        } else {
                            problems.add(InputProblem.ofField("search." + key, "A list is for kind only, and"
                                    + " holds strings."));
                        }
                    }
                    if (!key.equals("kind")) {
                        problems.add(InputProblem.ofField("search." + key, "Only kind may be a list; give "
                                + key + " as one value."));
                    }
                    parameters.put(key, String.join(",", parts));
                }
                default -> problems.add(InputProblem.ofField("search." + key, key + " is a string, a number or"
                        + " true/false, not an object."));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.get(0).message(), problems);
        }
        return parameters;
    }

    private static long savedSearchId(String id) {
        try {
            long value = Long.parseLong(id);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // an id that cannot exist is simply not there
        }
        throw new SavedSearchNotFoundException(id);
    }

    /** The version an If-Match names; -1 (stale) for a tag that is not this saved search's. */
    private static long versionFrom(String ifMatch, long id) {
        return HistoryJson.versionFrom(ifMatch, "saved-search-" + id);
    }
}
