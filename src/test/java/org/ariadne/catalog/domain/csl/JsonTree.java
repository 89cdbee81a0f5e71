package org.ariadne.catalog.domain.csl;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test helper: JSON text to the Map tree the domain works on, as the integrator's converter will do it. */
final class JsonTree {

    static final Path SHARED = Path.of("..", "shared");

    private JsonTree() {
    }

    /** Parses a JSON object; single quotes stand for double quotes, to keep test tables readable. */
    static Map<String, Object> item(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json.replace('\'', '"')))) {
            return object(reader.readObject());
        }
    }

    static JsonValue read(Path file) throws IOException {
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(file))) {
            return reader.readValue();
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(JsonObject object) {
        return (Map<String, Object>) tree(object);
    }

    static Object tree(JsonValue value) {
        switch (value.getValueType()) {
            case OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                ((JsonObject) value).forEach((k, v) -> map.put(k, tree(v)));
                return map;
            }
            case ARRAY -> {
                List<Object> list = new ArrayList<>();
                ((JsonArray) value).forEach(v -> list.add(tree(v)));
                return list;
            }
            case STRING -> {
                return ((JsonString) value).getString();
            }
            case NUMBER -> {
                JsonNumber n = (JsonNumber) value;
                return n.isIntegral() ? (Object) n.longValueExact() : n.bigDecimalValue();
            }
            case TRUE -> {
                return Boolean.TRUE;
            }
            case FALSE -> {
                return Boolean.FALSE;
            }
            default -> {
                return null;
            }
        }
    }
}
