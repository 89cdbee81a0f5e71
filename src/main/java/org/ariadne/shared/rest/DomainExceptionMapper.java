package org.ariadne.shared.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.ariadne.shared.domain.ConflictException;
import org.ariadne.shared.domain.DomainException;
import org.ariadne.shared.domain.InvalidInputException;
import org.ariadne.shared.domain.NotFoundException;
import org.ariadne.shared.domain.PreconditionRequiredException;
import org.ariadne.shared.domain.StaleVersionException;

/** The exceptions use cases raise on purpose, as problems. Their messages are written for users. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Override
    public Response toResponse(DomainException exception) {
        return problemFor(exception).toResponse();
    }

    static Problem problemFor(DomainException exception) {
        if (exception instanceof NotFoundException) {
            return Problem.of(404, "not-found", "Not found", exception.getMessage());
        }
        if (exception instanceof InvalidInputException invalid) {
            return Problem.of(400, "invalid-input", "Invalid input", invalid.getMessage())
                    .withErrors(invalid.problems());
        }
        if (exception instanceof StaleVersionException) {
            return Problem.of(412, "stale-version", "Precondition failed", exception.getMessage());
        }
        if (exception instanceof PreconditionRequiredException) {
            return Problem.of(428, "precondition-required", "Precondition required", exception.getMessage());
        }
        if (exception instanceof ConflictException) {
            return Problem.of(409, "conflict", "Conflict", exception.getMessage());
        }
        return Problem.of(400, "refused", "Refused", exception.getMessage());
    }
}
