package org.ariadne.shared.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A write refused at the EJB boundary: 401 for an anonymous caller, 403 for a caller without the role. */
@Provider
public class AccessExceptionMapper implements ExceptionMapper<EJBAccessException> {

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(EJBAccessException exception) {
        if (request.getUserPrincipal() == null) {
            return Response.fromResponse(Problem.of(401, "unauthorized", "Not authenticated",
                            "This needs a logged-in user: send HTTP Basic credentials.").toResponse())
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Ariadne\", charset=\"UTF-8\"")
                    .build();
        }
        return Problem.of(403, "forbidden", "Forbidden",
                "User " + request.getUserPrincipal().getName() + " does not have the role this needs.").toResponse();
    }
}
