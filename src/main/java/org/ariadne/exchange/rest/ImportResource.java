package org.ariadne.exchange.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ariadne.exchange.application.ImportReport;
import org.ariadne.exchange.application.ImportService;
import org.ariadne.exchange.domain.ImportFormat;
import org.ariadne.shared.domain.InvalidInputException;
import org.ariadne.shared.rest.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.ariadne.shared.domain.Jsons.JSON;

/** Import of bibliography files: CSL-JSON, BibTeX/BibLaTeX, RIS and MARCXML, all or nothing. */
@Path("import")
@Tag(name = "Import and export")
public class ImportResource {

    @Inject
    ImportService imports;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a bibliography file",
            description = "Reads BibTeX/BibLaTeX (application/x-bibtex), RIS (application/x-research-info-systems), "
                    + "CSL-JSON (application/vnd.citationstyles.csl+json) or MARCXML (application/marcxml+xml) in "
                    + "one transaction: a malformed file is a 400 whose errors[].line is where the entry starts or "
                    + "the file breaks, and nothing is stored. Works already catalogued are listed under "
                    + "duplicates, not created. Librarian.")
    @Parameter(name = "onDuplicate", in = ParameterIn.QUERY, description = "create: import duplicates as new sources instead of reporting them.")
    @RequestBody(description = "The file, in the format its Content-Type names.")
    @APIResponse(responseCode = "200", description = "{\"created\": [ids], \"duplicates\": [{\"entry\", \"existing\"}], \"warnings\": [..]}")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response importFile(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                               @QueryParam("onDuplicate") String onDuplicate, byte[] body) {
        Optional<ImportFormat> format = ImportFormat.ofMediaType(contentType);
        if (format.isEmpty()) {
            String bare = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            String detail = "Send the file as " + Arrays.stream(ImportFormat.values()).map(ImportFormat::mediaType)
                    .collect(Collectors.joining(", ")) + "; " + (bare.isEmpty() ? "no Content-Type was given."
                    : bare + " is not one of them.");
            return Problem.of(415, "unsupported-media-type", "Unsupported media type", detail).toResponse();
        }
        boolean createDuplicates;
        if (onDuplicate == null || onDuplicate.equals("report")) {
            createDuplicates = false;
        } else if (onDuplicate.equals("create")) {
            createDuplicates = true;
        } else {
            throw InvalidInputException.ofField("onDuplicate", "onDuplicate is \"create\" or \"report\" (the default).");
        }
        String text = decode(body == null ? new byte[0] : body, contentType);
        ImportReport report = imports.importFile(format.get(), text, createDuplicates);
        return Response.ok(toJson(report)).build();
    }

    private static String decode(byte[] body, String contentType) {
        Charset charset = StandardCharsets.UTF_8;
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.strip().split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
                try {
                    charset = Charset.forName(pair[1].strip().replace("\"", ""));
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    throw InvalidInputException.ofField("charset", "The charset " + pair[1].strip() + " is not known.");
                }
            }
        }
        try {
            String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw InvalidInputException.ofField("charset", "The file is not valid " + charset.name()
                    + "; send it in UTF-8 or declare its charset.");
        }
    }

    private static JsonObject toJson(ImportReport report) {
        JsonArrayBuilder created = JSON.createArrayBuilder();
        report.created().forEach(id -> created.add(String.valueOf(id)));
        JsonArrayBuilder duplicates = JSON.createArrayBuilder();
        report.duplicates().forEach(d -> duplicates.add(JSON.createObjectBuilder()
                .add("entry", d.entry()).add("existing", String.valueOf(d.existing()))));
        JsonArrayBuilder warnings = JSON.createArrayBuilder();
        report.warnings().forEach(warnings::add);
        return JSON.createObjectBuilder().add("created", created).add("duplicates", duplicates)
                .add("warnings", warnings).build();
    }
}
