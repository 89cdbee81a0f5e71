package org.ariadne.shared.rest;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.ariadne.shared.domain.DomainException;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything else. A concurrent change caught at commit becomes 412 (nothing was overwritten); anything
 * unexpected is logged with an incident number and answered with that number only, never with its text.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainException domain) {
                return DomainExceptionMapper.problemFor(domain).toResponse();
            }
            if (cause instanceof WebApplicationException web) {
                return new WebApplicationExceptionMapper().toResponse(web);
            }
            if (cause instanceof OptimisticLockException || isStaleState(cause)) {
                return Problem.of(412, "stale-version", "Precondition failed",
                        "Someone else changed this at the same time; nothing was overwritten. Reload and try again.")
                        .toResponse();
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + incident, exception instanceof EJBException ejb && ejb.getCause() != null
                ? ejb.getCause() : exception);
        return Problem.of(500, "internal-error", "Internal error",
                "Something went wrong on our side (incident " + incident + "). Nothing was changed.").toResponse();
    }

    private static boolean isStaleState(Throwable cause) {
        return cause.getClass().getName().equals("org.hibernate.StaleObjectStateException")
                || cause.getClass().getName().equals("org.hibernate.StaleStateException");
    }
}
