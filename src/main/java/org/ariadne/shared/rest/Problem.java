package org.ariadne.shared.rest;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import org.ariadne.shared.domain.InputProblem;

import java.util.List;

import static org.ariadne.shared.domain.Jsons.JSON;

/** An RFC 9457 problem: what went wrong, in words a client can act on; never a stack trace. */
public record Problem(int status, String type, String title, String detail, List<InputProblem> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(status, "urn:ariadne:problem:" + slug, title, detail, List.of());
    }

    public Problem withErrors(List<InputProblem> errors) {
        return new Problem(status, type, title, detail, List.copyOf(errors));
    }

    public String toJson() {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("type", type)
                .add("title", title)
                .add("status", status)
                .add("detail", detail == null ? title : detail);
        if (!errors.isEmpty()) {
            JsonArrayBuilder list = JSON.createArrayBuilder();
            for (InputProblem error : errors) {
                JsonObjectBuilder item = JSON.createObjectBuilder();
                if (error.line() != null) {
                    item.add("line", error.line());
                }
                if (error.field() != null) {
                    item.add("field", error.field());
                }
                item.add("message", error.message());
                list.add(item);
            }
            json.add("errors", list);
        }
        return json.build().toString();
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE + ";charset=UTF-8").entity(toJson()).build();
    }
}
