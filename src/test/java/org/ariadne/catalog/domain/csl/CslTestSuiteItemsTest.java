package org.ariadne.catalog.domain.csl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every item in the {@code input} arrays of the CSL processor test suite (../shared/csl-test-suite) is checked.
 * The suite is written for processors, not catalogues: many items lack {@code title} or {@code type}, which Ariadne
 * requires but CSL does not, and a few are malformed on purpose (invalid dates, empty dates). Everything else must pass.
 */
class CslTestSuiteItemsTest {

    private static final Path SUITE = JsonTree.SHARED.resolve("csl-test-suite");

    /** Files whose items are malformed on purpose, with the fields the validator must reject. */
    private static final Map<String, Set<String>> MALFORMED_ON_PURPOSE = Map.of(
            "date_VariousInvalidDates.json", Set.of("issued.date-parts[0][1]", "issued.date-parts[0][2]"),
            "date_LiteralFailGracefullyIfNoValue.json", Set.of("issued"));

    private final CslItemValidator validator = new CslItemValidator();

    @Test
    void acceptsEveryTestSuiteItemExceptMissingTitlesOrTypesAndDeliberatelyMalformedDates() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(SUITE)) {
            files = listing.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        int items = 0;
        int clean = 0;
        Map<String, Integer> requiredFieldMissing = new TreeMap<>();
        List<String> malformedOnPurpose = new ArrayList<>();
        List<String> unexpected = new ArrayList<>();
        for (Path file : files) {
            JsonValue input = JsonTree.read(file).asJsonObject().get("input");
            if (input == null || input.getValueType() != JsonValue.ValueType.ARRAY) {
                continue;
            }
            for (JsonValue value : input.asJsonArray()) {
                items++;
                List<FieldError> errors = validator.validate(JsonTree.object((JsonObject) value));
                if (errors.isEmpty()) {
                    clean++;
                }
                String name = file.getFileName().toString();
                for (FieldError error : errors) {
                    if (error.field().equals("title") || error.field().equals("type")) {
                        requiredFieldMissing.merge(error.field(), 1, Integer::sum);
                    } else if (MALFORMED_ON_PURPOSE.getOrDefault(name, Set.of()).contains(error.field())) {
                        malformedOnPurpose.add(name + " " + error);
                    } else {
                        unexpected.add(name + " " + error);
                    }
                }
            }
        }
        System.out.printf("CSL test suite: %d files, %d items, %d without errors; missing %s; malformed on purpose: %d %s%n",
                files.size(), items, clean, requiredFieldMissing, malformedOnPurpose.size(), malformedOnPurpose);

        assertEquals(List.of(), unexpected);
        assertTrue(items > 1500, "items read: " + items);
        assertEquals(6, malformedOnPurpose.size(), malformedOnPurpose::toString);
    }
}
