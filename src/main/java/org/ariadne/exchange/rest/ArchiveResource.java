package org.ariadne.exchange.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.ariadne.exchange.application.ArchiveService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import static org.ariadne.shared.domain.Jsons.JSON;

/**
 * The whole archive as a BagIt bag (administrators): {@code GET /api/archive} streams it as a zip,
 * {@code POST /api/archive} (application/zip) restores one into an empty instance.
 */
@Path("archive")
@Tag(name = "Import and export")
public class ArchiveResource {

    private static final String ZIP = "application/zip";

    @Inject
    ArchiveService archive;

    @GET
    @Produces(ZIP)
    @Operation(summary = "The whole archive as a BagIt bag",
            description = "Streams a zip holding one BagIt 1.0 bag: every row of every table as JSON lines and every "
                    + "archived text byte for byte, with SHA-256 manifests. Admin.")
    @APIResponse(responseCode = "200", description = "The zipped bag.")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response export() {
        archive.checkMayExport();
        StreamingOutput bag = archive::export;
        return Response.ok(bag, ZIP)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ariadne-archive.zip\"")
                .build();
    }

    @POST
    @Consumes({ZIP, "application/x-zip-compressed", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Restore a bag into an empty instance",
            description = "Checks the whole bag first (manifests, digests, Payload-Oxum, entry names), then restores "
                    + "every row in one transaction. The instance must be empty but for users. Admin.")
    @RequestBody(description = "A zip holding a bag that GET /api/archive made.")
    @APIResponse(responseCode = "200", description = "What was restored.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    public Response restore(InputStream bag) {
        ArchiveService.RestoreReport report;
        try {
            report = archive.restore(bag);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonObjectBuilder rows = JSON.createObjectBuilder();
        report.rows().forEach(rows::add);
        return Response.ok(JSON.createObjectBuilder().add("rows", rows).add("texts", report.texts()).build()).build();
    }
}
