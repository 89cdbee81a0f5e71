package org.ariadne.shared.rest;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import org.ariadne.shared.domain.InputProblem;
import org.ariadne.shared.domain.InvalidInputException;

import java.io.StringReader;
import java.util.List;

import static org.ariadne.shared.domain.Jsons.JSON;

/** Parses request bodies as JSON, answering malformed ones with the line and column where they break. */
public final class JsonBodies {

    private JsonBodies() {
    }

    public static JsonValue parse(String body) {
        if (body == null || body.isBlank()) {
            throw InvalidInputException.ofField("", "The body is empty: send a JSON document.");
        }
        try (var reader = JSON.createReader(new StringReader(body))) {
            return reader.readValue();
        } catch (JsonParsingException e) {
            var location = e.getLocation();
            int line = location == null ? 1 : (int) Math.max(1, location.getLineNumber());
            String where = location == null ? "" : " at line " + location.getLineNumber() + ", column "
                    + location.getColumnNumber();
            throw new InvalidInputException("The body is not valid JSON" + where + ".",
                    List.of(InputProblem.ofLine(line, "The body is not valid JSON" + where + ".")));
        } catch (jakarta.json.JsonException e) {
            throw InvalidInputException.ofField("", "The body is not valid JSON.");
        }
    }

    /** A body that must be one JSON object. */
    public static JsonObject object(String body) {
        JsonValue value = parse(body);
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw InvalidInputException.ofField("", "The body must be a JSON object.");
        }
        return value.asJsonObject();
    }

    /**
     * The id of a catalogued source as a client sends it: a positive whole number, as a JSON number or string.
     *
     * @throws InvalidInputException naming {@code field} otherwise
     */
    public static long sourceId(JsonValue value, String field) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            throw InvalidInputException.ofField(field, "Give the id of the catalogued source.");
        }
        try {
            long id = switch (value.getValueType()) {
                case STRING -> Long.parseLong(((JsonString) value).getString().strip());
                case NUMBER -> ((JsonNumber) value).longValueExact();
                default -> -1;
            };
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // reported below
        }
        throw InvalidInputException.ofField(field, "A source id is a positive whole number, such as \"12\"; not " + value + ".");
    }
}
