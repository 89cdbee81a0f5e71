package org.ariadne.exchange.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.ariadne.exchange.application.ExportService;
import org.ariadne.exchange.domain.ExportFormat;
import org.ariadne.shared.domain.InvalidInputException;

import java.util.ArrayList;
import java.util.List;

/** Export of catalogued sources as bibliography files: CSL-JSON, BibTeX/BibLaTeX, RIS, MARCXML and Dublin Core. */
@Path("export")
public class ExportResource {

    @Inject
    ExportService exports;

    @GET
    public Response export(@QueryParam("format") String formatName, @QueryParam("sources") String sources) {
        ExportFormat format = ExportFormat.named(formatName == null ? "" : formatName).orElseThrow(() ->
                InvalidInputException.ofField("format", "format is one of bibtex, ris, csl-json, marcxml, oai_dc"
                        + (formatName == null ? "." : "; \"" + formatName + "\" is not.")));
        String file = exports.export(format, ids(sources));
        return Response.ok(file, format.mediaType() + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"ariadne." + format.extension() + "\"")
                .build();
    }

    private static List<Long> ids(String sources) {
        if (sources == null || sources.isBlank()) {
            throw InvalidInputException.ofField("sources", "Name the sources to export: sources=id,id.");
        }
        List<Long> ids = new ArrayList<>();
        for (String part : sources.split(",")) {
            try {
                ids.add(Long.parseLong(part.strip()));
            } catch (NumberFormatException e) {
                throw InvalidInputException.ofField("sources", "\"" + part.strip() + "\" is not a source id.");
            }
        }
        return ids;
    }
}
