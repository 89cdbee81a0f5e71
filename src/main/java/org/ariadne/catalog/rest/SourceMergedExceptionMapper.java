package org.ariadne.catalog.rest;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.ariadne.catalog.domain.SourceMergedException;
import org.ariadne.shared.rest.Problem;

import static org.ariadne.shared.domain.Jsons.JSON;

/**
 * A request for a source that was merged into another: reads ({@code GET}, {@code HEAD}) of the source or anything
 * under it are redirected permanently (301) to the same path under the survivor, with a problem body naming it;
 * writes get 410 Gone with the same problem, so that nobody changes a record that no longer exists by accident.
 */
@Provider
public class SourceMergedExceptionMapper implements ExceptionMapper<SourceMergedException> {

    @Context
    UriInfo uri;

    @Context
    Request request;

    @Override
    public Response toResponse(SourceMergedException merged) {
        boolean read = HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod());
        Problem problem = Problem.of(read ? 301 : 410, "source-merged", "Source merged", merged.getMessage());
        String body = JSON.createObjectBuilder(JSON.createReader(new java.io.StringReader(problem.toJson())).readObject())
                .add("mergedInto", String.valueOf(merged.survivor()))
                .build().toString();
        Response.ResponseBuilder response = Response.status(problem.status()).type(Problem.MEDIA_TYPE + ";charset=UTF-8")
                .entity(body);
        String path = uri.getPath();
        String survivorPath = path.replaceFirst("^/?sources/[^/]+", "sources/" + merged.survivor());
        if (!survivorPath.equals(path)) {
            response.header(HttpHeaders.LOCATION, uri.getBaseUri().getPath().replaceAll("/$", "") + "/" + survivorPath);
        }
        return response.build();
    }
}
