package org.ariadne.catalog.domain.csl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CslItemTypeTest {

    @Test
    void knowsEveryItemTypeOfTheOfficialSchemaAndNoOther() throws Exception {
        JsonObject schema = JsonTree.read(JsonTree.SHARED.resolve("csl-schema/csl-data.json")).asJsonObject();
        List<String> schemaTypes = schema.getJsonObject("items").getJsonObject("properties").getJsonObject("type")
                .getJsonArray("enum").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();

        Set<String> ours = Arrays.stream(CslItemType.values()).map(CslItemType::cslName).collect(Collectors.toSet());
        assertEquals(Set.copyOf(schemaTypes), ours);
        assertEquals(45, schemaTypes.size());
    }

    @ParameterizedTest
    @CsvSource({
            "article-journal, ARTICLE_JOURNAL, Journal article",
            "legal_case, LEGAL_CASE, Legal case",
            "book, BOOK, Book",
            "chapter, CHAPTER, Book chapter",
            "post-weblog, POST_WEBLOG, Blog post",
            "motion_picture, MOTION_PICTURE, Film",
            "webpage, WEBPAGE, Web page"
    })
    void findsTypeByItsCslNameWithLabel(String cslName, CslItemType expected, String label) {
        assertEquals(Optional.of(expected), CslItemType.fromCsl(cslName));
        assertEquals(cslName, expected.cslName());
        assertEquals(label, expected.label());
        assertEquals("csl.type." + cslName, expected.labelKey());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Book", "journal-article", "legal-case", "ARTICLE", " book", "bok"})
    void doesNotFindTypesThatAreNotSpelledAsCslSpellsThem(String name) {
        assertEquals(Optional.empty(), CslItemType.fromCsl(name));
    }

    @Test
    void everyTypeHasItsOwnLabel() {
        Set<String> labels = Arrays.stream(CslItemType.values()).map(CslItemType::label).collect(Collectors.toSet());
        assertEquals(CslItemType.values().length, labels.size());
        assertTrue(labels.stream().noneMatch(String::isBlank));
        assertFalse(labels.contains(null));
    }
}
