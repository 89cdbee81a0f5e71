package org.ariadne.collections.domain;

import org.ariadne.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SourceCollectionTest {

    private static final Instant AT = Instant.parse("2026-01-02T03:04:05Z");

    /** A collection as the database would hand it back, with its id. */
    private static SourceCollection stored(long id, String name, Long parent) throws ReflectiveOperationException {
        SourceCollection collection = SourceCollection.create(name, parent, "writer", AT);
        Field field = SourceCollection.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(collection, id);
        return collection;
    }

    @Test
    void refusesToMoveUnderItselfOrAnythingInsideIt() throws ReflectiveOperationException {
        // 1 > 2 > 3, and 4 on its own
        Map<Long, Long> parents = new HashMap<>(Map.of(2L, 1L, 3L, 2L));
        parents.put(1L, null);
        parents.put(4L, null);
        SourceCollection top = stored(1, "Top", null);

        InvalidInputException itself = assertThrows(InvalidInputException.class, () -> top.moveUnder(1L, parents, AT));
        assertEquals("parent", itself.problems().get(0).field());
        InvalidInputException grandchild = assertThrows(InvalidInputException.class,
                () -> top.moveUnder(3L, parents, AT));
        assertEquals("parent", grandchild.problems().get(0).field());
        assertNull(top.parentId(), "a refused move changes nothing");

        top.moveUnder(4L, parents, AT);
        assertEquals(4L, top.parentId());
        top.moveUnder(null, parents, AT);
        assertNull(top.parentId());
    }

    @Test
    void countsOnlySourcesThatWereNotInOrWereIn() throws ReflectiveOperationException {
        SourceCollection collection = stored(7, "Shelf", null);
        assertEquals(2, collection.add(List.of(10L, 11L, 10L), AT));
        assertEquals(1, collection.add(List.of(11L, 12L), AT));
        assertEquals(1, collection.remove(List.of(12L, 13L), AT));
        assertEquals(java.util.Set.of(10L, 11L), collection.sourceIds());
    }

    @Test
    void aNameIsNeitherBlankNorTooLongAndIsStripped() {
        assertEquals("name", assertThrows(InvalidInputException.class,
                () -> SourceCollection.create("  ", null, "writer", AT)).problems().get(0).field());
        assertEquals("name", assertThrows(InvalidInputException.class,
                () -> SourceCollection.create("x".repeat(501), null, "writer", AT)).problems().get(0).field());
        assertEquals("Shelf", SourceCollection.create("  Shelf ", null, "writer", AT).name());
    }
}
