package org.ariadne.shared.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The fields of an aggregate as a history shows them: names in a stable order, values as readable text. */
public final class Fields {

    private final Map<String, String> values = new LinkedHashMap<>();

    /** Adds a field; null, blank and empty values are left out (no value). */
    public Fields put(String name, Object value) {
        String text = render(value);
        if (text != null && !text.isBlank()) {
            values.put(name, text);
        }
        return this;
    }

    /** A source that a field cites, as histories name it unless told otherwise (the API's histories do so). */
    public static String sourceById(long id) {
        return "source " + id;
    }

    public Map<String, String> toMap() {
        return new LinkedHashMap<>(values);
    }

    /**
     * Plain text for a value: strings as they are, lists joined by "; ", objects (as parsed JSON gives them) as
     * "name: value" pairs.
     */
    static String render(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(Fields::render).filter(s -> s != null && !s.isBlank())
                    .collect(Collectors.joining("; "));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream()
                    .map(e -> e.getKey() + ": " + render(e.getValue()))
                    .collect(Collectors.joining(", "));
        }
        if (value instanceof Object[] array) {
            return render(List.of(array));
        }
        return value.toString();
    }
}
