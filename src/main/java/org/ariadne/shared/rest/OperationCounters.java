package org.ariadne.shared.rest;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Counts what operators watch in the API: imports ({@code ariadne.imports}) and renderings of bibliographies and
 * notes ({@code ariadne.renders}), each tagged with whether it succeeded. Counted at the API's edge, so the
 * modules that do the work need not know about metrics.
 */
@Provider
public class OperationCounters implements ContainerResponseFilter {

    @Inject
    MeterRegistry meters;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!"POST".equals(request.getMethod())) {
            return;
        }
        String path = request.getUriInfo().getPath();
        String outcome = response.getStatus() < 400 ? "success" : response.getStatus() < 500 ? "refused" : "error";
        if (path.equals("import") || path.equals("/import")) {
            meters.counter("ariadne.imports", "outcome", outcome).increment();
        } else if (path.matches("/?(bibliography|notes)")) {
            meters.counter("ariadne.renders", "kind", path.replace("/", ""), "outcome", outcome).increment();
        }
    }
}
