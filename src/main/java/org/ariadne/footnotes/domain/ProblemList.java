package org.ariadne.footnotes.domain;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.io.StringReader;
import java.util.List;

import static org.ariadne.shared.domain.Jsons.JSON;

/** Stores a footnote's problems as a JSON array of strings in one TEXT column. */
@Converter
public class ProblemList implements AttributeConverter<List<String>, String> {

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
