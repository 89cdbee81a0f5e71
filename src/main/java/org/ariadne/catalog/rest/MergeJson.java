package org.ariadne.catalog.rest;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.ariadne.catalog.application.MergePreview;
import org.ariadne.catalog.domain.CslJson;
import org.ariadne.catalog.domain.SourceMerge;
import org.ariadne.shared.domain.InvalidInputException;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.ariadne.shared.domain.Jsons.JSON;

/** The merge preview on the wire, and the {@code choose} member of a merge request. */
final class MergeJson {

    private MergeJson() {
    }

    static JsonObject preview(MergePreview preview) {
        JsonArrayBuilder fields = JSON.createArrayBuilder();
        for (SourceMerge.Field field : preview.fields()) {
            JsonObjectBuilder json = JSON.createObjectBuilder().add("name", field.name());
            json.add("survivor", value(field.survivor()));
            json.add("loser", value(field.loser()));
            json.add("choice", field.choice().wireName());
            json.add("merged", value(field.merged()));
            json.add("canTakeBoth", field.unionable());
            fields.add(json);
        }
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("survivor", SourceJson.toJson(preview.survivor()))
                .add("loser", SourceJson.toJson(preview.loser()))
                .add("fields", fields)
                .add("tags", strings(preview.tags()))
                .add("subjects", strings(preview.subjects()));
        if (preview.refusal() == null) {
            json.addNull("refusal");
        } else {
            json.add("refusal", preview.refusal());
        }
        return json.build();
    }

    /** {@code "choose": {"field": "survivor|loser|both"}}, absent for all defaults. */
    static Map<String, String> choices(JsonObject request) {
        JsonValue choose = request.get("choose");
        Map<String, String> choices = new LinkedHashMap<>();
        if (choose == null || choose.getValueType() == JsonValue.ValueType.NULL) {
            return choices;
        }
        if (choose.getValueType() != JsonValue.ValueType.OBJECT) {
            throw InvalidInputException.ofField("choose", "Give \"choose\" as an object: {\"title\": \"loser\", ...}.");
        }
        for (var entry : choose.asJsonObject().entrySet()) {
            if (!(entry.getValue() instanceof JsonString choice)) {
                throw InvalidInputException.ofField("choose." + entry.getKey(),
                        "Choose \"survivor\", \"loser\" or \"both\".");
            }
            choices.put(entry.getKey(), choice.getString());
        }
        return choices;
    }

    private static JsonValue value(Object value) {
        return value == null ? JsonValue.NULL : CslJson.toJsonValue(value);
    }

    private static JsonArrayBuilder strings(Set<String> values) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }
}
