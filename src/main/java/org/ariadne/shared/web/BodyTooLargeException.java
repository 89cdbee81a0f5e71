package org.ariadne.shared.web;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.ariadne.shared.rest.Problem;

/** A chunked body ran past the size limit while it was being read. */
public class BodyTooLargeException extends WebApplicationException {

    public BodyTooLargeException(long limit) {
        super(Problem.of(413, "too-large", "Content too large",
                "The body is larger than the limit of " + limit + " bytes; nothing was changed.").toResponse());
    }
}
