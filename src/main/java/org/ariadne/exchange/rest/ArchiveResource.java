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

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import static org.ariadne.shared.domain.Jsons.JSON;

/**
 * The whole archive as a BagIt bag (administrators): {@code GET /api/archive} streams it as a zip,
 * {@code POST /api/archive} (application/zip) restores one into an empty instance.
 */
@Path("archive")
public class ArchiveResource {

    private static final String ZIP = "application/zip";

    @Inject
    ArchiveService archive;

    @GET
    @Produces(ZIP)
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
