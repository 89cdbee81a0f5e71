package org.ariadne.catalog.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.ariadne.catalog.application.FixityReport;
import org.ariadne.catalog.application.FixityService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static org.ariadne.shared.domain.Jsons.JSON;

/**
 * The fixity report: {@code GET /api/fixity} (open, like every read) gives the last run and every archived text
 * whose file no longer has its SHA-256 or is missing; {@code POST /api/fixity} (admin) re-checks them all now.
 */
@Path("fixity")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sources")
public class FixityResource {

    @Inject
    FixityService fixity;

    @GET
    @Operation(summary = "The last fixity check",
            description = "The last run (startedAt, startedBy, checked, failed), how many texts are archived and "
                    + "checked, and the failures (mismatch or missing) with their digests.")
    @APIResponse(responseCode = "200", description = "The report.")
    @APIResponse(responseCode = "500", ref = "InternalError")
    public JsonObject report() {
        return json(fixity.report());
    }

    @POST
    @Operation(summary = "Check every archived text now",
            description = "Re-reads every archived text and compares its SHA-256 with the one it was archived under; "
                    + "answers with the report. Admin.")
    @APIResponse(responseCode = "200", description = "The report after the run.")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public JsonObject checkNow() {
        return json(fixity.checkNow());
    }

    static JsonObject json(FixityReport report) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("archived", report.archived())
                .add("checked", report.checked());
        if (report.lastRun() == null) {
            json.addNull("lastRun");
        } else {
            FixityReport.Run run = report.lastRun();
            JsonObjectBuilder r = JSON.createObjectBuilder()
                    .add("id", run.id())
                    .add("startedAt", run.startedAt().toString())
                    .add("startedBy", run.startedBy())
                    .add("checked", run.checked())
                    .add("failed", run.failed());
            if (run.finishedAt() != null) {
                r.add("finishedAt", run.finishedAt().toString());
            }
            json.add("lastRun", r);
        }
        JsonArrayBuilder failures = JSON.createArrayBuilder();
        for (FixityReport.Failure failure : report.failures()) {
            JsonObjectBuilder f = JSON.createObjectBuilder()
                    .add("source", String.valueOf(failure.source()))
                    .add("title", failure.title())
                    .add("outcome", failure.outcome())
                    .add("sha256", failure.sha256())
                    .add("checkedAt", failure.checkedAt().toString())
                    .add("problem", failure.description());
            if (failure.actualSha256() == null) {
                f.addNull("actualSha256");
            } else {
                f.add("actualSha256", failure.actualSha256());
            }
            failures.add(f);
        }
        return json.add("failures", failures).build();
    }
}
