package org.ariadne.catalog.domain;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.ariadne.shared.domain.Jsons.JSON;

/**
 * CSL-JSON items as plain trees ({@code Map}, {@code List}, String, Number, Boolean), converted to and from JSON
 * without losing anything: key order, numbers as given, unknown variables.
 */
public final class CslJson {

    private CslJson() {
    }

    public static Map<String, Object> parseObject(String json) {
        try (var reader = JSON.createReader(new StringReader(json))) {
            return toMap(reader.readObject());
        } catch (JsonParsingException e) {
            throw new IllegalArgumentException("Not a JSON object: " + e.getMessage(), e);
        }
    }

    public static String write(Map<String, Object> tree) {
        return toJson(tree).toString();
    }

    public static Map<String, Object> toMap(JsonObject object) {
        var map = new LinkedHashMap<String, Object>();
        object.forEach((key, value) -> map.put(key, toTree(value)));
        return map;
    }

    public static Object toTree(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> toMap(value.asJsonObject());
            case ARRAY -> {
                List<Object> list = new ArrayList<>();
                for (JsonValue item : value.asJsonArray()) {
                    list.add(toTree(item));
                }
                yield list;
            }
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> number((JsonNumber) value);
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
        };
    }

    private static Number number(JsonNumber number) {
        if (number.isIntegral()) {
            BigDecimal decimal = number.bigDecimalValue();
            try {
                return decimal.intValueExact();
            } catch (ArithmeticException notAnInt) {
                try {
                    return decimal.longValueExact();
                } catch (ArithmeticException notALong) {
                    return decimal;
                }
            }
        }
        return number.bigDecimalValue();
    }

    public static JsonObject toJson(Map<String, ?> tree) {
        JsonObjectBuilder builder = JSON.createObjectBuilder();
        tree.forEach((key, value) -> builder.add(key, toJsonValue(value)));
        return builder.build();
    }

    @SuppressWarnings("unchecked")
    public static JsonValue toJsonValue(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof JsonValue json) {
            return json;
        }
        if (value instanceof Map<?, ?> map) {
            return toJson((Map<String, ?>) map);
        }
        if (value instanceof List<?> list) {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            list.forEach(item -> array.add(toJsonValue(item)));
            return array.build();
        }
        if (value instanceof String s) {
            return JSON.createValue(s);
        }
        if (value instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Integer i) {
            return JSON.createValue(i);
        }
        if (value instanceof Long l) {
            return JSON.createValue(l);
        }
        if (value instanceof BigDecimal d) {
            return JSON.createValue(d);
        }
        if (value instanceof Number n) {
            return JSON.createValue(new BigDecimal(n.toString()));
        }
        return JSON.createValue(value.toString());
    }

    public static JsonArray toJsonArray(List<?> list) {
        return toJsonValue(list).asJsonArray();
    }
}
