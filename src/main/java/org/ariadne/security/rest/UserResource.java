package org.ariadne.security.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ariadne.security.application.Accounts;
import org.ariadne.security.domain.Roles;
import org.ariadne.shared.domain.InputProblem;
import org.ariadne.shared.domain.InvalidInputException;
import org.ariadne.shared.domain.Versioned;
import org.ariadne.shared.rest.ApiDocs;
import org.ariadne.shared.rest.HistoryJson;
import org.ariadne.shared.rest.JsonBodies;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.ariadne.shared.domain.Jsons.JSON;

/**
 * User accounts, for administrators: {@code {"username": .., "password": .., "roles": [..]}} to create one, PATCH
 * for roles and enabled, a password reset; the answers never carry a password or its hash.
 */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
public class UserResource {

    @Inject
    Accounts accounts;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a user",
            description = "An account with a password (at least 8 characters) and roles (librarian, writer, reviewer, "
                    + "admin). Admin.")
    @RequestBody(description = "{\"username\": \"..\", \"password\": \"..\", \"roles\": [..]}")
    @APIResponse(responseCode = "201", description = "The account; Location names it.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response create(String body) {
        JsonObject json = object(body, "Send a JSON object with username, password and roles.");
        List<InputProblem> problems = new ArrayList<>();
        String username = string(json, "username", problems);
        String password = string(json, "password", problems);
        if (username != null && !username.matches("[A-Za-z0-9._@-]{1,100}")) {
            problems.add(InputProblem.ofField("username", "Use 1 to 100 letters, digits, dots, dashes, @ or underscores."));
        }
        checkPassword(password, problems);
        Set<String> roles = roles(json, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.get(0).message(), problems);
        }
        accounts.create(username, password.toCharArray(), roles);
        JsonArrayBuilder granted = JSON.createArrayBuilder();
        roles.forEach(granted::add);
        return Response.status(Response.Status.CREATED)
                .header(HttpHeaders.LOCATION, "/api/users/" + username)
                .entity(JSON.createObjectBuilder().add("username", username).add("roles", granted).build())
                .build();
    }

    /** Every account by user name, or one page of them with {@code page} (from 0) and {@code size}. */
    @GET
    @Operation(summary = "List users",
            description = "Every account by user name, or a page of them; never a password or its hash. Admin.")
    @Parameter(name = "page", in = ParameterIn.QUERY, description = "A page, counting from 0; without it, every account.")
    @Parameter(name = "size", in = ParameterIn.QUERY, description = "Accounts per page, up to 1000 (default 20).")
    @APIResponse(responseCode = "200", description = "[{\"username\", \"roles\", \"enabled\", \"created\"}]")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public JsonValue list(@QueryParam("page") @DefaultValue("-1") int page,
                          @QueryParam("size") @DefaultValue("20") int size) {
        if (page < -1 || size < 1 || size > 1000) {
            throw InvalidInputException.ofField(size < 1 || size > 1000 ? "size" : "page",
                    "page counts from 0; size goes from 1 to 1000.");
        }
        List<Accounts.UserRecord> users = page < 0 ? accounts.list() : accounts.page(page * size, size);
        JsonArrayBuilder list = JSON.createArrayBuilder();
        users.forEach(user -> list.add(json(user)));
        return list.build();
    }

    @GET
    @Path("{username}")
    @Operation(summary = "Read a user",
            description = "The account's roles, whether it is enabled and when it was created. Admin.")
    @Parameter(name = "username", in = ParameterIn.PATH, description = ApiDocs.USERNAME)
    @APIResponse(responseCode = "200", description = "The account.")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public JsonObject get(@PathParam("username") String username) {
        return json(accounts.get(username));
    }

    /** {@code {"roles": [..], "enabled": true|false}}, either or both: the change is made whole or not at all. */
    @PATCH
    @Path("{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change roles or enable/disable",
            description = "{\"roles\": [..], \"enabled\": false}, either or both, all or nothing; 409 if it would leave"
                    + " no enabled administrator. Admin.")
    @Parameter(name = "username", in = ParameterIn.PATH, description = ApiDocs.USERNAME)
    @RequestBody(description = "{\"roles\": [..], \"enabled\": true|false}")
    @APIResponse(responseCode = "200", description = "The account.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public JsonObject change(@PathParam("username") String username, String body) {
        JsonObject json = object(body, "Send a JSON object with roles and/or enabled.");
        List<InputProblem> problems = new ArrayList<>();
        Optional<Set<String>> roles = Optional.empty();
        if (json.containsKey("roles")) {
            roles = Optional.of(roles(json, problems));
        }
        Optional<Boolean> enabled = Optional.empty();
        if (json.containsKey("enabled")) {
            JsonValue value = json.get("enabled");
            if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
                enabled = Optional.of(value == JsonValue.TRUE);
            } else {
                problems.add(InputProblem.ofField("enabled", "enabled is true or false."));
            }
        }
        for (String member : json.keySet()) {
            if (!member.equals("roles") && !member.equals("enabled")) {
                problems.add(InputProblem.ofField(member, "Only roles and enabled can be changed here; "
                        + "a password through POST /api/users/{username}/password."));
            }
        }
        if (roles.isEmpty() && enabled.isEmpty() && problems.isEmpty()) {
            problems.add(InputProblem.ofField("", "Send roles and/or enabled."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.get(0).message(), problems);
        }
        return json(accounts.change(username, roles, enabled));
    }

    /** An administrator sets a new password: {@code {"password": ".."}}. */
    @POST
    @Path("{username}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a user's password",
            description = "A password has at least 8 characters. Admin.")
    @Parameter(name = "username", in = ParameterIn.PATH, description = ApiDocs.USERNAME)
    @RequestBody(description = "{\"password\": \"..\"}")
    @APIResponse(responseCode = "204", description = "Set.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response resetPassword(@PathParam("username") String username, String body) {
        JsonObject json = object(body, "Send a JSON object with the new password.");
        List<InputProblem> problems = new ArrayList<>();
        String password = string(json, "password", problems);
        checkPassword(password, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.get(0).message(), problems);
        }
        accounts.resetPassword(username, password.toCharArray());
        return Response.noContent().build();
    }

    private static JsonObject json(Accounts.UserRecord user) {
        JsonArrayBuilder roles = JSON.createArrayBuilder();
        user.roles().stream().sorted().forEach(roles::add);
        return JSON.createObjectBuilder().add("username", user.username()).add("roles", roles)
                .add("enabled", user.enabled()).add("created", user.createdAt().toString()).build();
    }

    private static JsonObject object(String body, String hint) {
        JsonValue value = JsonBodies.parse(body);
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw InvalidInputException.ofField("", hint);
        }
        return value.asJsonObject();
    }

    static void checkPassword(String password, List<InputProblem> problems) {
        if (password != null && password.length() < 8) {
            problems.add(InputProblem.ofField("password", "A password needs at least 8 characters."));
        }
    }

    private static Set<String> roles(JsonObject json, List<InputProblem> problems) {
        Set<String> roles = new LinkedHashSet<>();
        JsonValue list = json.get("roles");
        if (list == null || list.getValueType() != JsonValue.ValueType.ARRAY) {
            problems.add(InputProblem.ofField("roles", "Give the roles as a list, e.g. [\"librarian\"]."));
        } else {
            for (JsonValue role : list.asJsonArray()) {
                if (role instanceof JsonString name && Roles.ALL.contains(name.getString())) {
                    roles.add(name.getString());
                } else {
                    problems.add(InputProblem.ofField("roles", "Roles are " + String.join(", ", Roles.ALL) + "; not " + role + "."));
                }
            }
        }
        return roles;
    }

    /** Every change of an account (admin): created, roles or enabled changed; never a password hash. */
    @GET
    @Path("{username}/history")
    @Operation(summary = "The history of an account",
            description = ApiDocs.HISTORY)
    @Parameter(name = "username", in = ParameterIn.PATH, description = ApiDocs.USERNAME)
    @APIResponse(responseCode = "200", description = "The revisions, oldest first.")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response history(@PathParam("username") String username) {
        return HistoryJson.list(new Versioned<>(accounts.revisions(username), null), username);
    }

    private static String string(JsonObject json, String member, List<InputProblem> problems) {
        JsonValue value = json.get(member);
        if (value instanceof JsonString string && !string.getString().isBlank()) {
            return string.getString();
        }
        problems.add(InputProblem.ofField(member, member + " is required."));
        return null;
    }
}
