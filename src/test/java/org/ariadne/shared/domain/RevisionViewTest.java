package org.ariadne.shared.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RevisionViewTest {

    private static Map<String, String> fields(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void listsChangedAddedAndDroppedFieldsInTheNewerOrderThenTheDroppedOnes() {
        List<FieldChange> changes = RevisionView.diff(
                fields("title", "Old", "page", "5", "note", "gone"),
                fields("publisher", "Reuters", "title", "New", "page", "5"));
        assertEquals(List.of(
                new FieldChange("publisher", null, "Reuters"),
                new FieldChange("title", "Old", "New"),
                new FieldChange("note", "gone", null)), changes);
    }

    @Test
    void treatsBlankAndAbsentAsTheSameMissingValue() {
        assertTrue(RevisionView.diff(fields("note", " "), fields()).isEmpty());
        assertEquals(List.of(new FieldChange("note", null, "x")), RevisionView.diff(fields("note", ""), fields("note", "x")));
    }

    @Test
    void eachRevisionIsComparedWithTheOneBeforeAndADeletionEmptiesEveryField() {
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        List<History.Snapshot<Map<String, String>>> snapshots = List.of(
                new History.Snapshot<>(new Revision(1, at, "librarian", Revision.Change.CREATED), fields("title", "A")),
                new History.Snapshot<>(new Revision(2, at, "librarian", Revision.Change.UPDATED),
                        fields("title", "B", "page", "7")),
                new History.Snapshot<>(new Revision(3, at, "admin", Revision.Change.DELETED), null));
        List<RevisionView> views = RevisionView.all(snapshots, state -> state);

        assertEquals(List.of(new FieldChange("title", null, "A")), views.get(0).changes());
        assertEquals(List.of(new FieldChange("title", "A", "B"), new FieldChange("page", null, "7")),
                views.get(1).changes());
        assertEquals(Map.of(), views.get(2).fields());
        assertEquals(List.of(new FieldChange("title", "B", null), new FieldChange("page", "7", null)),
                views.get(2).changes());
        assertEquals("admin", RevisionView.one(snapshots, 3, state -> state).orElseThrow().revision().by());
        assertTrue(RevisionView.one(snapshots, 9, state -> state).isEmpty());
    }

    @Test
    void fieldsRenderListsAndObjectsAsReadableText() {
        Map<String, String> map = new Fields()
                .put("author", List.of(Map.of("family", "Haggard"), Map.of("literal", "Reuters")))
                .put("empty", List.of())
                .put("none", null)
                .put("issued", Map.of("date-parts", List.of(List.of(2012, 3))))
                .toMap();
        assertEquals(fields("author", "family: Haggard; literal: Reuters", "issued", "date-parts: 2012; 3"), map);
    }
}
