package org.ariadne.footnotes.domain;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.io.StringReader;
import java.util.List;

/** Stores a footnote's problems as a JSON array of strings in one TEXT column. */
@Converter
public class ProblemList implements AttributeConverter<List<String>, String> {

    /** Looked up once: {@code Json.createXxx} asks the service loader anew on every call (each footnote, twice). */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Override
    public String convertToDatabaseColumn(List<String> problems) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        if (problems != null) {
            problems.forEach(array::add);
        }
        return array.build().toString();
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        try (var reader = JSON.createReader(new StringReader(column))) {
            return reader.readArray().stream()
                    .filter(v -> v.getValueType() == JsonValue.ValueType.STRING)
                    .map(v -> ((JsonString) v).getString())
                    .toList();
        }
    }
}
