package org.ariadne.security.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.ariadne.security.application.Accounts;
import org.ariadne.security.application.FailedLoginRetention;
import org.ariadne.shared.domain.InvalidInputException;
import org.ariadne.shared.rest.ApiDocs;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Duration;
import java.time.format.DateTimeParseException;

import static org.ariadne.shared.domain.Jsons.JSON;

/**
 * Refused logins, newest first, for administrators: {@code {"total": n, "items": [...]}}; {@code POST purge}
 * deletes those older than the retention period (or {@code olderThan}) now.
 */
@Path("failed-logins")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
public class FailedLoginResource {

    @Inject
    Accounts accounts;

    @Inject
    FailedLoginRetention retention;

    @GET
    @Operation(summary = "Failed logins",
            description = "Every refused login, newest first: the name tried, the client address, when and why "
                    + "(rejected or throttled). Admin.")
    @Parameter(name = "page", in = ParameterIn.QUERY, description = ApiDocs.PAGE)
    @Parameter(name = "size", in = ParameterIn.QUERY, description = "Entries per page (default 20).")
    @APIResponse(responseCode = "200", description = "{\"total\": n, \"items\": [...]}")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public JsonObject list(@QueryParam("page") @DefaultValue("0") int page,
                           @QueryParam("size") @DefaultValue("20") int size) {
        if (page < 0) {
            throw InvalidInputException.ofField("page", "page counts from 0.");
        }
        if (size < 1 || size > 1000) {
            throw InvalidInputException.ofField("size", "size goes from 1 to 1000.");
        }
        JsonArrayBuilder items = JSON.createArrayBuilder();
        accounts.failedLogins(page * size, size).forEach(login -> items.add(JSON.createObjectBuilder()
                .add("username", login.username())
                .add("address", login.address())
                .add("at", login.at().toString())
                .add("reason", login.reason().name().toLowerCase(java.util.Locale.ROOT))));
        return JSON.createObjectBuilder().add("total", accounts.failedLoginCount()).add("items", items).build();
    }

    /** Deletes now the refused logins older than {@code olderThan} (ISO-8601, e.g. P30D), else the configured period. */
    @POST
    @Path("purge")
    @Operation(summary = "Delete old failed logins now",
            description = "Deletes the refused logins older than olderThan, or than the configured retention period"
                    + " (ARIADNE_FAILED_LOGIN_RETENTION) when it is left out; the same purge runs daily by itself."
                    + " Answers how many were deleted. Admin.")
    @Parameter(name = "olderThan", in = ParameterIn.QUERY, description = "An ISO-8601 duration such as P30D or"
            + " PT12H; zero or more.")
    @APIResponse(responseCode = "200", description = "{\"deleted\": n, \"before\": the cut-off instant}")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public JsonObject purge(@QueryParam("olderThan") String olderThan) {
        Duration period;
        if (olderThan != null) {
            try {
                period = Duration.parse(olderThan.strip());
            } catch (DateTimeParseException e) {
                throw InvalidInputException.ofField("olderThan", "An ISO-8601 duration such as P30D or PT12H.");
            }
            if (period.isNegative()) {
                throw InvalidInputException.ofField("olderThan", "A duration of zero or more.");
            }
        } else {
            period = retention.period().orElseThrow(() -> InvalidInputException.ofField("olderThan",
                    "Failed logins are kept for ever here (ARIADNE_FAILED_LOGIN_RETENTION=off): say how old they must be."));
        }
        Accounts.FailedLoginPurge purged = accounts.purgeFailedLogins(period);
        return JSON.createObjectBuilder().add("deleted", purged.deleted()).add("before", purged.before().toString())
                .build();
    }
}
