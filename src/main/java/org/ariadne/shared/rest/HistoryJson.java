package org.ariadne.shared.rest;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import org.ariadne.shared.domain.FieldChange;
import org.ariadne.shared.domain.InvalidInputException;
import org.ariadne.shared.domain.PreconditionRequiredException;
import org.ariadne.shared.domain.Revision;
import org.ariadne.shared.domain.RevisionView;
import org.ariadne.shared.domain.Versioned;

import java.util.List;

import static org.ariadne.shared.domain.Jsons.JSON;

/**
 * The history part of the contract, the same for every aggregate: the list of revisions, one revision's content
 * with its field-by-field changes, and the If-Match a restore needs.
 */
public final class HistoryJson {

    private HistoryJson() {
    }

    /** {@code [{"revision", "at", "by", "change"}]}, with the ETag of the current version when there is one. */
    public static Response list(Versioned<List<RevisionView>> history, String etagKey) {
        JsonArrayBuilder revisions = JSON.createArrayBuilder();
        for (RevisionView view : history.value()) {
            revisions.add(summary(view.revision()));
        }
        Response.ResponseBuilder response = Response.ok(revisions.build());
        if (history.version() != null) {
            response.tag(etag(etagKey, history.version()));
        }
        return response.build();
    }

    /** One revision: who, when, the fields after it and what it changed (old and new value of each field). */
    public static Response content(Versioned<RevisionView> revision, String etagKey) {
        RevisionView view = revision.value();
        JsonObjectBuilder fields = JSON.createObjectBuilder();
        view.fields().forEach(fields::add);
        JsonArrayBuilder changes = JSON.createArrayBuilder();
        for (FieldChange change : view.changes()) {
            JsonObjectBuilder c = JSON.createObjectBuilder().add("field", change.field());
            nullable(c, "old", change.before());
            nullable(c, "new", change.after());
            changes.add(c);
        }
        JsonObject body = JSON.createObjectBuilder(summary(view.revision()))
                .add("fields", fields).add("changes", changes).build();
        Response.ResponseBuilder response = Response.ok(body);
        if (revision.version() != null) {
            response.tag(etag(etagKey, revision.version()));
        }
        return response.build();
    }

    private static JsonObject summary(Revision revision) {
        JsonObjectBuilder summary = JSON.createObjectBuilder()
                .add("revision", revision.number())
                .add("at", revision.at().toString())
                .add("by", revision.by() == null ? "system" : revision.by())
                .add("change", revision.change().word());
        if (revision.note() != null) {
            summary.add("note", revision.note()); // e.g. which source a merge folded into this one
        }
        return summary.build();
    }

    private static void nullable(JsonObjectBuilder object, String name, String value) {
        if (value == null) {
            object.addNull(name);
        } else {
            object.add(name, value);
        }
    }

    /** The ETag of a version of an aggregate, {@code "<key>-<version>"} (sources: {@code "12-3"}). */
    public static EntityTag etag(String key, long version) {
        return new EntityTag(key + "-" + version);
    }

    /**
     * The version an If-Match names; -1 for a tag this aggregate never had (which can only be stale).
     *
     * @throws PreconditionRequiredException without If-Match, so that nobody restores over a change they have not seen
     */
    public static long versionFrom(String ifMatch, String key) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException(
                    "Send If-Match with the ETag of the current version (the history gives it), so that nobody's "
                            + "change is overwritten.");
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        String prefix = key + "-";
        if (tag.startsWith(prefix)) {
            try {
                return Long.parseLong(tag.substring(prefix.length()));
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether a precondition header is {@code *} (with {@code If-None-Match}: "only if there is none now"). */
    public static boolean isAnyTag(String header) {
        return header != null && header.trim().equals("*");
    }

        /** A revision number from the path. */
    public static long revision(String text) {
        try {
            long number = Long.parseLong(text);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw InvalidInputException.ofField("revision", "A revision is a positive whole number, as the history lists it.");
    }
}
