package org.ariadne.search.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.ariadne.search.application.SearchService;
import org.ariadne.search.domain.ReindexProgress;
import org.ariadne.search.domain.SearchHit;
import org.ariadne.search.domain.SearchParameters;
import org.ariadne.search.domain.SearchResult;
import org.ariadne.search.domain.Suggestion;
import org.ariadne.shared.domain.InvalidInputException;
import org.ariadne.shared.rest.ApiDocs;
import org.ariadne.shared.rest.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.HashMap;
import java.util.Map;

import static org.ariadne.shared.domain.Jsons.JSON;

/** {@code GET /api/search}, the suggestions of the search box, and rebuilding the index. */
@Path("search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class SearchResource {

    @Inject
    SearchService search;

    @GET
    @Operation(summary = "Search the archive",
            description = "Full-text search over titles, contributors and their variant names, identifiers, archived "
                    + "texts, footnotes and claims; words folded for case and accents and stemmed for English, q "
                    + "read leniently (a \"phrase\" of words as written, word*, -word, a | b). Hits carry a highlight and facets count "
                    + "them.")
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "The words searched for.")
    @Parameter(name = "kind", in = ParameterIn.QUERY, description = "source, claim or footnote, or several separated by commas.")
    @Parameter(name = "page", in = ParameterIn.QUERY, description = ApiDocs.PAGE)
    @Parameter(name = "size", in = ParameterIn.QUERY, description = "Hits per page, 1 to 100 (default 20).")
    @Parameter(name = "type", in = ParameterIn.QUERY, description = "A CSL item type.")
    @Parameter(name = "yearFrom", in = ParameterIn.QUERY, description = "Earliest year issued.")
    @Parameter(name = "yearTo", in = ParameterIn.QUERY, description = "Latest year issued.")
    @Parameter(name = "contributor", in = ParameterIn.QUERY, description = "A contributor's display name.")
    @Parameter(name = "hasText", in = ParameterIn.QUERY, description = "true or false: whether a source has an archived text.")
    @Parameter(name = "status", in = ParameterIn.QUERY, description = "A claim status.")
    @Parameter(name = "sort", in = ParameterIn.QUERY, description = "relevance, date or -date.")
    @APIResponse(responseCode = "200", description = "{\"total\": n, \"hits\": [...], \"facets\": {...}}")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public JsonObject search(@Context UriInfo uri) {
        Map<String, String> parameters = new HashMap<>();
        for (String name : SearchParameters.NAMES) {
            String value = uri.getQueryParameters().getFirst(name);
            if (value != null) {
                parameters.put(name, value);
            }
        }
        return resultJson(search.search(SearchParameters.parse(parameters)));
    }

    /** A page of hits with the total and the facets, as {@code GET /api/search} answers (and saved searches too). */
    static JsonObject resultJson(SearchResult result) {
        JsonArrayBuilder hits = JSON.createArrayBuilder();
        for (SearchHit hit : result.hits()) {
            hits.add(hitJson(hit));
        }
        JsonObjectBuilder facets = JSON.createObjectBuilder();
        result.facets().forEach((facet, counts) -> {
            JsonObjectBuilder values = JSON.createObjectBuilder();
            counts.forEach(values::add);
            facets.add(facet, values);
        });
        return JSON.createObjectBuilder().add("total", result.total()).add("hits", hits).add("facets", facets)
                .build();
    }

    @GET
    @Path("suggestions")
    @Operation(summary = "Suggestions as one types",
            description = "Sources, people and claims for the words typed so far (edge n-grams).")
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "The words typed so far.")
    @Parameter(name = "size", in = ParameterIn.QUERY, description = "1 to 20 (default 8).")
    @APIResponse(responseCode = "200", description = "{\"items\": [{kind, id, label}]}")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public JsonObject suggestions(@QueryParam("q") String q, @QueryParam("size") @DefaultValue("8") String size) {
        int count;
        try {
            count = Integer.parseInt(size.strip());
        } catch (NumberFormatException e) {
            count = -1;
        }
        if (count < 1 || count > SearchService.MAX_SUGGESTIONS) {
            throw InvalidInputException.ofField("size", "size must be a whole number from 1 to "
                    + SearchService.MAX_SUGGESTIONS + ", not \"" + size + "\".");
        }
        if (q != null && q.length() > 200) {
            throw InvalidInputException.ofField("q", "Suggestions are for the first 200 characters at most.");
        }
        JsonArrayBuilder items = JSON.createArrayBuilder();
        for (Suggestion suggestion : search.suggest(q, count)) {
            items.add(JSON.createObjectBuilder().add("kind", suggestion.kind().wireName())
                    .add("id", suggestion.id()).add("label", suggestion.label()));
        }
        return JSON.createObjectBuilder().add("items", items).build();
    }

    @GET
    @Path("index")
    @Operation(summary = "How a rebuild of the index stands",
            description = "running, total, indexed, percent, startedAt, finishedAt and failure of the last or current "
                    + "rebuild; and unseenBulkWrites: how many imports have documents in the index that searches leave "
                    + "out until the import commits (or, after a rollback, until they are deleted again).")
    @APIResponse(responseCode = "200", description = "The progress.")
    @APIResponse(responseCode = "500", ref = "InternalError")
    public JsonObject progress() {
        return progressJson(search.progress());
    }

    @POST
    @Path("index")
    @Operation(summary = "Rebuild the search index",
            description = "Starts reading every source, text, footnote, claim and person into the index again; searches"
                    + " keep answering meanwhile. Admin.")
    @APIResponse(responseCode = "202", description = "Started.")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response rebuild() {
        if (!search.rebuild()) {
            return Problem.of(409, "rebuild-running", "A rebuild is running",
                    "The index is being rebuilt already; follow it at GET /api/search/index.").toResponse();
        }
        return Response.accepted(progressJson(search.progress())).build();
    }

    private static JsonObject hitJson(SearchHit hit) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("kind", hit.kind().wireName())
                .add("id", hit.id())
                .add("title", hit.title() == null ? "" : hit.title())
                .add("snippet", hit.snippet() == null ? "" : hit.snippet())
                .add("highlight", Highlights.toHtml(hit.highlight()));
        if (hit.number() != null) {
            json.add("number", hit.number());
        }
        if (hit.year() != null) {
            json.add("year", hit.year());
        }
        if (hit.status() != null) {
            json.add("status", hit.status());
        }
        if (hit.passage() != null) {
            json.add("passage", hit.passage());
        }
        return json.build();
    }

    private static JsonObject progressJson(ReindexProgress progress) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("running", progress.running())
                .add("total", progress.total())
                .add("indexed", progress.indexed())
                .add("percent", progress.percent())
                .add("unseenBulkWrites", progress.unseenBulkWrites());
        if (progress.startedAt() != null) {
            json.add("startedAt", progress.startedAt().toString());
        }
        if (progress.finishedAt() != null) {
            json.add("finishedAt", progress.finishedAt().toString());
        }
        if (progress.failure() != null) {
            json.add("failure", progress.failure());
        }
        return json.build();
    }
}
