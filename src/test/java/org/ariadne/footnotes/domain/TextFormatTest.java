package org.ariadne.footnotes.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TextFormatTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "text/plain                  | PLAIN",
            "text/plain;charset=utf-8    | PLAIN",
            "TEXT/PLAIN; charset=UTF-8   | PLAIN",
            "text/markdown               | MARKDOWN",
            "text/markdown; variant=GFM  | MARKDOWN",
            "text/html                   | HTML",
            "text/html ;charset=iso-8859-1 | HTML",
    })
    void readsTheFormatOfAMediaTypeIgnoringParametersAndCase(String mediaType, TextFormat expected) {
        assertEquals(expected, TextFormat.fromMediaType(mediaType));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"application/pdf", "image/png", "text"})
    void refusesMediaTypesThatAreNotArchivedTextFormats(String mediaType) {
        assertTrue(TextFormat.findByMediaType(mediaType).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> TextFormat.fromMediaType(mediaType));
    }

    @Test
    void namesTheRefusedMediaTypeInTheMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TextFormat.fromMediaType("application/pdf"));
        assertTrue(e.getMessage().contains("application/pdf"));
    }
}
