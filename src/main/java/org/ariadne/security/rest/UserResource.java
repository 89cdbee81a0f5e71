package org.ariadne.security.rest;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ariadne.security.application.Accounts;
import org.ariadne.security.domain.Roles;
import org.ariadne.shared.domain.InputProblem;
import org.ariadne.shared.domain.InvalidInputException;
import org.ariadne.shared.domain.Versioned;
import org.ariadne.shared.rest.HistoryJson;
import org.ariadne.shared.rest.JsonBodies;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** User accounts, for administrators: {@code {"username": .., "password": .., "roles": [..]}}. */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

    @Inject
    Accounts accounts;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body) {
        JsonValue value = JsonBodies.parse(body);
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw InvalidInputException.ofField("", "Send a JSON object with username, password and roles.");
        }
        JsonObject json = value.asJsonObject();
        List<InputProblem> problems = new ArrayList<>();
        String username = string(json, "username", problems);
        String password = string(json, "password", problems);
        if (username != null && !username.matches("[A-Za-z0-9._@-]{1,100}")) {
            problems.add(InputProblem.ofField("username", "Use 1 to 100 letters, digits, dots, dashes, @ or underscores."));
        }
        if (password != null && password.length() < 8) {
            problems.add(InputProblem.ofField("password", "A password needs at least 8 characters."));
        }
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
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.get(0).message(), problems);
        }
        accounts.create(username, password.toCharArray(), roles);
        JsonArrayBuilder granted = Json.createArrayBuilder();
        roles.forEach(granted::add);
        return Response.status(Response.Status.CREATED)
                .header(HttpHeaders.LOCATION, "/api/users/" + username)
                .entity(Json.createObjectBuilder().add("username", username).add("roles", granted).build())
                .build();
    }

    @GET
    public JsonValue list() {
        JsonArrayBuilder users = Json.createArrayBuilder();
        accounts.list().forEach(user -> {
            JsonArrayBuilder roles = Json.createArrayBuilder();
            user.roles().stream().sorted().forEach(roles::add);
            users.add(Json.createObjectBuilder().add("username", user.username()).add("roles", roles)
                    .add("enabled", user.enabled()));
        });
        return users.build();
    }

    /** Every change of an account (admin): created, roles or enabled changed; never a password hash. */
    @GET
    @Path("{username}/history")
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
