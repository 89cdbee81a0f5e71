package org.ariadne.exchange.domain;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import org.ariadne.catalog.domain.CslJson;
import org.ariadne.shared.domain.InputProblem;
import org.ariadne.shared.domain.InvalidInputException;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.ariadne.shared.domain.Jsons.JSON;

/** CSL-JSON files: an array of items, or one item. An entry is named by its {@code id}, else by its position from 1. */
public final class CslJsonFile {

    private CslJsonFile() {
    }

    /** @throws InvalidInputException naming the line where the JSON breaks, or where a non-object item starts */
    public static List<ImportedEntry> read(String text) {
        List<ImportedEntry> entries = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(new StringReader(text))) {
            if (!parser.hasNext()) {
                throw problem(1, "The file is empty: send an array of CSL-JSON items, or one item.");
            }
            JsonParser.Event first = parser.next();
            if (first == JsonParser.Event.START_OBJECT) {
                int line = (int) parser.getLocation().getLineNumber();
                entries.add(entry(parser.getObject(), 1, line));
            } else if (first == JsonParser.Event.START_ARRAY) {
                int position = 0;
                while (parser.hasNext()) {
                    JsonParser.Event event = parser.next();
                    if (event == JsonParser.Event.END_ARRAY) {
                        break;
                    }
                    position++;
                    int line = (int) parser.getLocation().getLineNumber();
                    if (event != JsonParser.Event.START_OBJECT) {
                        throw problem(line, "Item " + position + " is not a JSON object: each item must be a CSL-JSON object.");
                    }
                    entries.add(entry(parser.getObject(), position, line));
                }
            } else {
                throw problem((int) parser.getLocation().getLineNumber(),
                        "The file is neither an array of CSL-JSON items nor one item.");
            }
            if (parser.hasNext()) {
                parser.next();
                throw problem((int) parser.getLocation().getLineNumber(), "Text follows the end of the JSON.");
            }
        } catch (JsonParsingException e) {
            throw problem((int) e.getLocation().getLineNumber(), "The JSON is malformed here (column "
                    + e.getLocation().getColumnNumber() + ").");
        }
        return entries;
    }

    private static ImportedEntry entry(JsonObject object, int position, int line) {
        Map<String, Object> item = CslJson.toMap(object);
        Object id = item.get("id");
        String key = id instanceof String || id instanceof Number ? String.valueOf(id) : String.valueOf(position);
        return new ImportedEntry(key, line, item, List.of());
    }

    private static InvalidInputException problem(int line, String message) {
        return new InvalidInputException("The CSL-JSON file is malformed on line " + line + ": " + message,
                List.of(InputProblem.ofLine(line, message)));
    }

    static String write(List<Map<String, Object>> items) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        items.forEach(item -> array.add(CslJson.toJson(item)));
        return array.build().toString();
    }
}
