package org.ariadne.bibliography.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.ariadne.bibliography.application.CiteDraft;
import org.ariadne.bibliography.application.RenderOptions;
import org.ariadne.bibliography.domain.OutputFormat;
import org.ariadne.shared.domain.InvalidInputException;
import org.ariadne.shared.rest.JsonBodies;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The bodies of {@code POST /api/bibliography} and {@code POST /api/notes}, checked field by field. */
final class RenderRequests {

    private RenderRequests() {
    }

    static JsonObject object(String body) {
        JsonValue value = JsonBodies.parse(body);
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw InvalidInputException.ofField("", "The body must be a JSON object.");
        }
        return value.asJsonObject();
    }

    static RenderOptions options(JsonObject body) {
        return new RenderOptions(text(body, "style"), text(body, "locale"), format(body));
    }

    /** "text" (the default), "html" or "rtf" (each entry or note an RTF fragment). */
    static OutputFormat format(JsonObject body) {
        String format = text(body, "format");
        if (format == null || format.isBlank()) {
            return OutputFormat.TEXT;
        }
        return switch (format.strip().toLowerCase(Locale.ROOT)) {
            case "text" -> OutputFormat.TEXT;
            case "html" -> OutputFormat.HTML;
            case "rtf" -> OutputFormat.RTF;
            default -> throw InvalidInputException.ofField("format",
                    "Unknown format '" + format + "': give \"text\", \"html\" or \"rtf\".");
        };
    }

    static List<Long> sources(JsonObject body) {
        JsonValue sources = body.get("sources");
        if (sources == null || sources.getValueType() != JsonValue.ValueType.ARRAY) {
            throw InvalidInputException.ofField("sources", "Give \"sources\": a list of source ids.");
        }
        JsonArray array = sources.asJsonArray();
        List<Long> ids = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            ids.add(JsonBodies.sourceId(array.get(i), "sources[" + i + "]"));
        }
        return ids;
    }

    /** A positive whole number given as a JSON number or string, else a problem naming the field. */
    static long positiveId(JsonValue value, String field, String what) {
        try {
            long id = switch (value.getValueType()) {
                case STRING -> Long.parseLong(((JsonString) value).getString().strip());
                case NUMBER -> Long.parseLong(value.toString());
                default -> -1;
            };
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw InvalidInputException.ofField(field, "Give the id of " + what + ", such as \"12\"; not " + value + ".");
    }

    /** Each element of "citations": one cite object, or a list of cite objects cited together. */
    static List<List<CiteDraft>> citations(JsonObject body) {
        JsonValue citations = body.get("citations");
        if (citations == null || citations.getValueType() != JsonValue.ValueType.ARRAY) {
            throw InvalidInputException.ofField("citations", "Give \"citations\": a list whose elements are "
                    + "{\"source\": id, \"locator\", \"label\", \"prefix\", \"suffix\", \"suppress-author\"} "
                    + "or lists of them.");
        }
        JsonArray array = citations.asJsonArray();
        List<List<CiteDraft>> result = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            String field = "citations[" + i + "]";
            JsonValue element = array.get(i);
            if (element.getValueType() == JsonValue.ValueType.OBJECT) {
                result.add(List.of(cite(element.asJsonObject(), field)));
            } else if (element.getValueType() == JsonValue.ValueType.ARRAY && !element.asJsonArray().isEmpty()) {
                JsonArray items = element.asJsonArray();
                List<CiteDraft> together = new ArrayList<>(items.size());
                for (int j = 0; j < items.size(); j++) {
                    String itemField = field + "[" + j + "]";
                    if (items.get(j).getValueType() != JsonValue.ValueType.OBJECT) {
                        throw InvalidInputException.ofField(itemField, "Each cited item must be a JSON object.");
                    }
                    together.add(cite(items.get(j).asJsonObject(), itemField));
                }
                result.add(together);
            } else {
                throw InvalidInputException.ofField(field,
                        "A citation is a cited item {\"source\": id, ...} or a non-empty list of them.");
            }
        }
        return result;
    }

    private static CiteDraft cite(JsonObject cite, String field) {
        JsonValue suppress = cite.get("suppress-author");
        boolean suppressAuthor = false;
        if (suppress != null && suppress.getValueType() != JsonValue.ValueType.NULL) {
            if (suppress != JsonValue.TRUE && suppress != JsonValue.FALSE
                    && suppress.getValueType() != JsonValue.ValueType.TRUE
                    && suppress.getValueType() != JsonValue.ValueType.FALSE) {
                throw InvalidInputException.ofField(field + ".suppress-author", "Give true or false.");
            }
            suppressAuthor = suppress.getValueType() == JsonValue.ValueType.TRUE;
        }
        return new CiteDraft(field, JsonBodies.sourceId(cite.get("source"), field + ".source"), text(cite, "locator", field),
                text(cite, "label", field), text(cite, "prefix", field), text(cite, "suffix", field), suppressAuthor);
    }


    private static String text(JsonObject object, String name) {
        return text(object, name, "");
    }

    private static String text(JsonObject object, String name, String parent) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> value.toString();
            default -> throw InvalidInputException.ofField(parent.isEmpty() ? name : parent + "." + name,
                    "Give \"" + name + "\" as a string.");
        };
    }
}
