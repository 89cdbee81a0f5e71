package org.ariadne.shared.web;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LabelsTest {

    private final Labels labels = new Labels();

    @Test
    void aNameReadsAsASentence() {
        assertEquals("Author", labels.field("author"));
        assertEquals("Container author", labels.field("container-author"));
        assertEquals("Archive location", labels.field("archive_location"));
        assertEquals("Citation 2", labels.field("citation 2"));
        assertEquals("", labels.field(""));
        assertEquals("", labels.field(null));
    }

    @Test
    void aFieldTheFormsNameOtherwiseReadsAsTheyDo() {
        assertEquals("Published in", labels.field("container-title"));
        assertEquals("Date issued", labels.field("issued"));
        assertEquals("Type of source", labels.field("type"));
    }

    @Test
    void namesInCapitalsStayAsTheyAre() {
        assertEquals("DOI", labels.field("DOI"));
        assertEquals("URL", labels.field("URL"));
    }

    @Test
    void valuesAreJoinedSortedOnOneLine() {
        assertEquals("admin, librarian", labels.join(Set.of("librarian", "admin")));
        assertEquals("a, b, c", labels.join(List.of("c", "a", "b")));
        assertEquals("", labels.join(List.of()));
    }
}
