package org.ariadne.catalog.rest;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.ariadne.catalog.application.SourceDraft;
import org.ariadne.catalog.application.SourceRecord;
import org.ariadne.catalog.domain.CslJson;
import org.ariadne.shared.domain.InvalidInputException;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import static org.ariadne.shared.domain.Jsons.JSON;

/**
 * Sources on the wire: one CSL-JSON item, exactly as stored, with Ariadne's id and, under {@code custom}, what
 * Ariadne knows about it (version, text fixity, footnote count, tags, subject headings, contributors, audit).
 */
public final class SourceJson {

    private SourceJson() {
    }

    public static JsonObject toJson(SourceRecord source) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        json.add("id", String.valueOf(source.id()));
        Map<String, Object> item = source.item();
        item.forEach((key, value) -> json.add(key, CslJson.toJsonValue(value)));
        json.add("custom", custom(source));
        return json.build();
    }

    private static JsonObjectBuilder custom(SourceRecord source) {
        JsonObjectBuilder custom = JSON.createObjectBuilder()
                .add("version", source.version())
                .add("tags", sorted(source.tags()))
                .add("subjects", sorted(source.subjects()))
                .add("created", source.createdAt().toString())
                .add("updated", source.updatedAt().toString());
        if (source.createdBy() != null) {
            custom.add("createdBy", source.createdBy());
        }
        if (source.updatedBy() != null) {
            custom.add("updatedBy", source.updatedBy());
        }
        JsonArrayBuilder contributors = JSON.createArrayBuilder();
        for (SourceRecord.Credit credit : source.credits()) {
            contributors.add(JSON.createObjectBuilder()
                    .add("id", String.valueOf(credit.contributorId()))
                    .add("name", credit.name())
                    .add("role", credit.role())
                    .add("position", credit.position()));
        }
        custom.add("contributors", contributors);
        if (source.text() != null) {
            SourceRecord.TextInfo text = source.text();
            custom.add("text", JSON.createObjectBuilder()
                    .add("mediaType", text.mediaType())
                    .add("charset", text.charset())
                    .add("bytes", text.bytes())
                    .add("sha256", text.sha256())
                    .add("archived", text.archivedAt().toString()));
            custom.add("digest", "sha-256:" + text.sha256());
            custom.add("footnoteCount", text.footnotes());
        } else {
            custom.add("footnoteCount", 0);
        }
        return custom;
    }

    private static JsonArrayBuilder sorted(Set<String> values) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        values.stream().sorted().forEach(array::add);
        return array;
    }

    /** Reads a client's item: every member is kept; tags and subjects may come under {@code custom}. */
    static SourceDraft toDraft(JsonObject json) {
        Map<String, Object> item = CslJson.toMap(json);
        Set<String> tags = Set.of();
        Set<String> subjects = Set.of();
        JsonValue custom = json.get("custom");
        if (custom != null && custom.getValueType() == JsonValue.ValueType.OBJECT) {
            tags = strings(custom.asJsonObject(), "tags");
            subjects = strings(custom.asJsonObject(), "subjects");
        }
        return new SourceDraft(item, tags, subjects);
    }

    private static Set<String> strings(JsonObject custom, String member) {
        JsonValue value = custom.get(member);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Set.of();
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw InvalidInputException.ofField("custom." + member, "Must be a list of strings.");
        }
        Set<String> strings = new LinkedHashSet<>();
        int index = 0;
        for (JsonValue entry : value.asJsonArray()) {
            if (!(entry instanceof JsonString string) || string.getString().isBlank()) {
                throw InvalidInputException.ofField("custom." + member + "[" + index + "]", "Must be a non-empty string.");
            }
            strings.add(string.getString().strip());
            index++;
        }
        return strings;
    }
}
