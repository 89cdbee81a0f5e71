package org.ariadne.collections.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
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
import org.ariadne.catalog.application.SourceRecord;
import org.ariadne.catalog.rest.Paging;
import org.ariadne.catalog.rest.SourceJson;
import org.ariadne.collections.application.CollectionRecord;
import org.ariadne.collections.application.CollectionService;
import org.ariadne.collections.domain.CollectionNotFoundException;
import org.ariadne.collections.domain.CollectionQuery;
import org.ariadne.collections.domain.CollectionRepository;
import org.ariadne.shared.domain.InputProblem;
import org.ariadne.shared.domain.InvalidInputException;
import org.ariadne.shared.rest.ApiDocs;
import org.ariadne.shared.rest.JsonBodies;
import org.ariadne.shared.rest.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.ariadne.shared.domain.Jsons.JSON;

/**
 * Collections of sources ({@code /api/collections}): named, nested, with ETags like sources; their members changed
 * in bulk; their sources listed a page at a time, with or without the collections inside them.
 */
@Path("collections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Collections")
public class CollectionResource {

    private static final Set<String> COLLECTION_SORTS = Set.of("name", "created", "updated", "id");
    private static final Set<String> SOURCE_SORTS = Set.of("title", "creator", "issued", "id");

    @Inject
    CollectionService collections;

    @GET
    @Operation(summary = "List collections",
            description = "A page of collections: inside a parent (or at the top), by name words, sorted.")
    @Parameter(name = "parent", in = ParameterIn.QUERY, description = "A collection id, or top for the collections at the top.")
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "Words of the name.")
    @Parameter(name = "sort", in = ParameterIn.QUERY, description = "name, created, updated or id; a leading - sorts descending.")
    @Parameter(name = "page", in = ParameterIn.QUERY, description = ApiDocs.PAGE)
    @Parameter(name = "size", in = ParameterIn.QUERY, description = "Collections per page (default 20).")
    @APIResponse(responseCode = "200", description = "{\"total\": n, \"items\": [...]}")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public JsonObject list(@QueryParam("parent") String parent,
                           @QueryParam("q") String q,
                           @QueryParam("sort") @DefaultValue("name") String sort,
                           @QueryParam("page") @DefaultValue("0") String page,
                           @QueryParam("size") @DefaultValue("20") String size) {
        List<InputProblem> problems = new ArrayList<>();
        boolean topLevel = "top".equalsIgnoreCase(parent == null ? "" : parent.strip());
        Long parentId = null;
        if (parent != null && !parent.isBlank() && !topLevel) {
            parentId = (long) Paging.number("parent", parent, 1, Integer.MAX_VALUE, problems);
        }
        boolean descending = sort.startsWith("-");
        String by = sort.substring(descending ? 1 : 0).toLowerCase(Locale.ROOT);
        if (!COLLECTION_SORTS.contains(by)) {
            problems.add(InputProblem.ofField("sort", "Sort by name, created, updated or id, with a leading - for"
                    + " descending order; not \"" + sort + "\"."));
        }
        int pageNumber = Paging.number("page", page, 0, 1_000_000, problems);
        int pageSize = Paging.number("size", size, 1, CollectionQuery.MAX_SIZE, problems);
        refuse(problems);
        Page<CollectionRecord> result = collections.list(new CollectionQuery(parentId, topLevel, q, by, descending,
                pageNumber, pageSize));
        JsonArrayBuilder items = JSON.createArrayBuilder();
        result.items().forEach(collection -> items.add(json(collection)));
        return JSON.createObjectBuilder().add("total", result.total()).add("items", items).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make a collection",
            description = "A named collection, optionally inside another and with sources. Writer or librarian.")
    @RequestBody(description = "{\"name\": \"..\", \"parent\": id or null, \"sources\": [ids]}")
    @APIResponse(responseCode = "201", description = "The collection; Location and ETag.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response create(String body) {
        JsonObject request = object(body);
        CollectionRecord created = collections.create(name(request, true), parent(request),
                ids(request, "sources"));
        return Response.status(Response.Status.CREATED)
                .header(HttpHeaders.LOCATION, "/api/collections/" + created.id())
                .tag(new EntityTag(created.etag()))
                .entity(json(created))
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a collection",
            description = "Its name, parent, path from the top, owner, sourceCount and collectionCount, with its ETag.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = ApiDocs.COLLECTION_ID)
    @APIResponse(responseCode = "200", description = "The collection.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam("id") String id) {
        CollectionRecord collection = collections.get(collectionId(id));
        return Response.ok(json(collection)).tag(new EntityTag(collection.etag())).build();
    }

    /** The whole state: {@code name}, and {@code parent} (absent or null for the top level). */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename or move a collection",
            description = "The whole state, name and parent; a move into itself is a 400 naming parent. Writer or "
                    + "librarian.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = ApiDocs.COLLECTION_ID)
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, description = ApiDocs.IF_MATCH)
    @RequestBody(description = "{\"name\": \"..\", \"parent\": id or null}")
    @APIResponse(responseCode = "200", description = "The collection and its new ETag.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           String body) {
        long collectionId = collectionId(id);
        if (ifMatch == null || ifMatch.isBlank()) {
            return Problem.of(428, "precondition-required", "Precondition required",
                    "Send If-Match with the ETag of the version you edited, so that nobody's change is overwritten.")
                    .toResponse();
        }
        JsonObject request = object(body);
        CollectionRecord updated = collections.update(collectionId, versionFrom(ifMatch, collectionId),
                name(request, true), true, parent(request));
        return Response.ok(json(updated)).tag(new EntityTag(updated.etag())).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a collection",
            description = "Deletes an empty-of-collections collection (its sources stay catalogued). Writer or "
                    + "librarian.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = ApiDocs.COLLECTION_ID)
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, description = ApiDocs.IF_MATCH_OPTIONAL)
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        long collectionId = collectionId(id);
        collections.delete(collectionId, optionalVersion(ifMatch, collectionId));
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/sources")
    @Operation(summary = "The sources of a collection",
            description = "A page of its sources, with those of the collections inside it when asked, each source once.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = ApiDocs.COLLECTION_ID)
    @Parameter(name = "subcollections", in = ParameterIn.QUERY, description = "true: include the sources of the collections inside it.")
    @Parameter(name = "sort", in = ParameterIn.QUERY, description = "title, creator, issued or id.")
    @Parameter(name = "page", in = ParameterIn.QUERY, description = ApiDocs.PAGE)
    @Parameter(name = "size", in = ParameterIn.QUERY, description = "Sources per page (default 20).")
    @APIResponse(responseCode = "200", description = "{\"total\": n, \"items\": [...]}")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public JsonObject sources(@PathParam("id") String id,
                              @QueryParam("subcollections") @DefaultValue("false") String subcollections,
                              @QueryParam("sort") @DefaultValue("title") String sort,
                              @QueryParam("page") @DefaultValue("0") String page,
                              @QueryParam("size") @DefaultValue("20") String size) {
        long collectionId = collectionId(id);
        List<InputProblem> problems = new ArrayList<>();
        boolean descending = sort.startsWith("-");
        String by = sort.substring(descending ? 1 : 0).toLowerCase(Locale.ROOT);
        if (!SOURCE_SORTS.contains(by)) {
            problems.add(InputProblem.ofField("sort", "Sort by title, creator, issued or id, with a leading - for"
                    + " descending order; not \"" + sort + "\"."));
        }
        boolean deep = flag("subcollections", subcollections, problems);
        int pageNumber = Paging.number("page", page, 0, 1_000_000, problems);
        int pageSize = Paging.number("size", size, 1, 5000, problems);
        refuse(problems);
        Page<SourceRecord> result = collections.sources(collectionId, deep,
                new CollectionRepository.SourceOrder(by, descending), pageNumber, pageSize);
        JsonArrayBuilder items = JSON.createArrayBuilder();
        result.items().forEach(source -> items.add(SourceJson.toJson(source)));
        return JSON.createObjectBuilder().add("total", result.total()).add("items", items).build();
    }

    /** {@code {"add": [ids], "remove": [ids]}}: one change; If-Match is checked when sent. */
    @POST
    @Path("{id}/sources")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add and remove sources",
            description = "Adds and removes sources in one transaction; an unknown source is a 400 naming add[i] and "
                    + "nothing changes. Writer or librarian.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = ApiDocs.COLLECTION_ID)
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, description = ApiDocs.IF_MATCH_OPTIONAL)
    @RequestBody(description = "{\"add\": [ids], \"remove\": [ids]}")
    @APIResponse(responseCode = "200", description = "The collection and what changed.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public Response changeMembers(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                  String body) {
        long collectionId = collectionId(id);
        JsonObject request = object(body);
        List<Long> add = ids(request, "add");
        List<Long> remove = ids(request, "remove");
        if (add.isEmpty() && remove.isEmpty()) {
            throw InvalidInputException.ofField("add", "Give \"add\" and/or \"remove\": lists of source ids.");
        }
        CollectionService.Membership change = collections.changeMembers(collectionId,
                optionalVersion(ifMatch, collectionId), add, remove);
        JsonObject json = JSON.createObjectBuilder()
                .add("added", change.added())
                .add("removed", change.removed())
                .add("collection", json(change.collection()))
                .build();
        return Response.ok(json).tag(new EntityTag(change.collection().etag())).build();
    }

    static JsonObject json(CollectionRecord collection) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("id", String.valueOf(collection.id()))
                .add("name", collection.name());
        if (collection.parentId() == null) {
            json.addNull("parent");
        } else {
            json.add("parent", String.valueOf(collection.parentId()));
        }
        JsonArrayBuilder path = JSON.createArrayBuilder();
        collection.path().forEach(step -> path.add(JSON.createObjectBuilder()
                .add("id", String.valueOf(step.id())).add("name", step.name())));
        return json.add("path", path)
                .add("owner", collection.owner())
                .add("sourceCount", collection.sourceCount())
                .add("collectionCount", collection.childCount())
                .add("version", collection.version())
                .add("created", collection.createdAt().toString())
                .add("updated", collection.updatedAt().toString())
                .build();
    }

    private static String name(JsonObject request, boolean required) {
        JsonValue name = request.get("name");
        if (name == null || name.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                throw InvalidInputException.ofField("name", "Give the collection a name.");
            }
            return null;
        }
        if (!(name instanceof JsonString text)) {
            throw InvalidInputException.ofField("name", "A name is a string.");
        }
        return text.getString();
    }

    private static Long parent(JsonObject request) {
        JsonValue parent = request.get("parent");
        if (parent == null || parent.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        try {
            long id = switch (parent.getValueType()) {
                case STRING -> Long.parseLong(((JsonString) parent).getString().strip());
                case NUMBER -> Long.parseLong(parent.toString());
                default -> -1;
            };
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw InvalidInputException.ofField("parent", "parent is the id of a collection (or null for the top level);"
                + " not " + parent + ".");
    }

    private static List<Long> ids(JsonObject request, String member) {
        JsonValue value = request.get(member);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw InvalidInputException.ofField(member, "Give \"" + member + "\" as a list of source ids.");
        }
        JsonArray array = value.asJsonArray();
        List<Long> ids = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            ids.add(JsonBodies.sourceId(array.get(i), member + "[" + i + "]"));
        }
        return ids;
    }

    private static JsonObject object(String body) {
        JsonValue value = JsonBodies.parse(body);
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw InvalidInputException.ofField("", "The body must be a JSON object.");
        }
        return value.asJsonObject();
    }

    static long collectionId(String id) {
        try {
            long value = Long.parseLong(id);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // an id that cannot exist is simply not there
        }
        throw new CollectionNotFoundException(id);
    }

    private static Long optionalVersion(String ifMatch, long id) {
        return ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*") ? null : versionFrom(ifMatch, id);
    }

    private static long versionFrom(String ifMatch, long id) {
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        String prefix = "collection-" + id + "-";
        if (tag.startsWith(prefix)) {
            try {
                return Long.parseLong(tag.substring(prefix.length()));
            } catch (NumberFormatException e) {
                // not one of our ETags
            }
        }
        return -1;
    }

    private static boolean flag(String name, String value, List<InputProblem> problems) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.equals("true") || v.equals("false")) {
            return v.equals("true");
        }
        problems.add(InputProblem.ofField(name, name + " is true or false, not \"" + value + "\"."));
        return false;
    }

    private static void refuse(List<InputProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.get(0).message(), problems);
        }
    }
}
