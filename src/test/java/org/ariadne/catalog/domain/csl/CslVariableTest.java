package org.ariadne.catalog.domain.csl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CslVariableTest {

    @ParameterizedTest
    @CsvSource({
            "author, NAME", "editor, NAME", "container-author, NAME", "editor-translator, NAME",
            "issued, DATE", "accessed, DATE", "original-date, DATE",
            "volume, NUMBER", "page, NUMBER", "issue, NUMBER", "edition, NUMBER", "id, NUMBER", "section, NUMBER",
            "title, STRING", "container-title, STRING", "DOI, STRING", "URL, STRING", "archive_location, STRING",
            "journalAbbreviation, STRING", "type, STRING",
            "categories, STRUCTURED", "custom, STRUCTURED",
            "doi, UNKNOWN", "url, UNKNOWN", "isInstitution, UNKNOWN", "my-field, UNKNOWN", "Author, UNKNOWN"
    })
    void tellsTheKindOfAVariableCaseSensitively(String name, VariableKind kind) {
        assertEquals(kind, CslVariable.kindOf(name));
    }

    @Test
    void treatsNullAsUnknown() {
        assertEquals(VariableKind.UNKNOWN, CslVariable.kindOf(null));
    }

    @Test
    void agreesWithTheOfficialSchemaOnEveryPropertyShape() throws Exception {
        JsonObject properties = JsonTree.read(JsonTree.SHARED.resolve("csl-schema/csl-data.json")).asJsonObject()
                .getJsonObject("items").getJsonObject("properties");
        List<String> disagreements = new ArrayList<>();
        for (Map.Entry<String, JsonValue> property : properties.entrySet()) {
            JsonObject shape = property.getValue().asJsonObject();
            VariableKind expected = expectedKind(shape);
            VariableKind actual = CslVariable.kindOf(property.getKey());
            // section and version are strings in csl-data.json but number variables in CSL styles: NUMBER accepts both
            boolean widened = expected == VariableKind.STRING && actual == VariableKind.NUMBER;
            if (actual != expected && !widened) {
                disagreements.add(property.getKey() + ": schema " + expected + ", ours " + actual);
            }
        }
        assertEquals(List.of(), disagreements);
        assertTrue(properties.size() > 100);
    }

    private static VariableKind expectedKind(JsonObject shape) {
        String ref = shape.containsKey("$ref") ? shape.getString("$ref")
                : shape.containsKey("items") && shape.getJsonObject("items").containsKey("$ref")
                ? shape.getJsonObject("items").getString("$ref") : "";
        if (ref.endsWith("name-variable")) {
            return VariableKind.NAME;
        }
        if (ref.endsWith("date-variable")) {
            return VariableKind.DATE;
        }
        JsonValue type = shape.get("type");
        if (type.getValueType() == JsonValue.ValueType.ARRAY) {
            return VariableKind.NUMBER;
        }
        return switch (shape.getString("type")) {
            case "string" -> VariableKind.STRING;
            default -> VariableKind.STRUCTURED;
        };
    }

    @Test
    void listsVariablesByKind() {
        assertTrue(CslVariable.nameVariables().contains("translator"));
        assertTrue(CslVariable.dateVariables().contains("submitted"));
        assertTrue(CslVariable.numberVariables().contains("number-of-pages"));
        assertTrue(CslVariable.stringVariables().contains("publisher-place"));
        assertEquals(6, CslVariable.dateVariables().size());
    }
}
