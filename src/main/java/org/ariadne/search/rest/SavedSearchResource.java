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
import org.ariadne.shared.rest.HistoryJson;
import org.ariadne.shared.rest.JsonBodies;

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
public class SavedSearchResource {

    @Inject
    SavedSearchService saved;

    @GET
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
    public Response get(@PathParam("id") String id) {
        SavedSearchRecord found = saved.get(savedSearchId(id));
        return Response.ok(json(found)).tag(new EntityTag(found.etag())).build();
    }

    /** {@code name} and {@code search}; a {@code search} left out stays as it is. If-Match is required. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
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
