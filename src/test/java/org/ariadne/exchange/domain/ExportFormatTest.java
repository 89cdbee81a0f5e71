package org.ariadne.exchange.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportFormatTest {

    private static Map<String, Object> item() {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", "42");
        item.put("type", "chapter");
        item.put("title", "Food & Famine in the DPRK: 50% of Müller's_case");
        item.put("author", List.of(Map.of("family", "Beethoven", "given", "Ludwig", "non-dropping-particle", "van"),
                Map.of("literal", "World Food Programme")));
        item.put("container-title", "Essays on Korea");
        item.put("page", "17-18");
        item.put("issued", Map.of("date-parts", List.of(List.of(2006, 3))));
        item.put("DOI", "10.1000/abc_1");
        return item;
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The North Korean Refugee Crisis | The {North} {Korean} {Refugee} {Crisis}
            the iPhone and DNA              | the {iPhone} and {DNA}
            Tom & Jerry: 100% #1            | Tom \\& {Jerry:} 100\\% \\#1
            """)
    void protectsCapitalsAndEscapesSpecialCharactersInTitles(String title, String bibtex) {
        assertEquals(bibtex, BibtexWriter.title(title));
    }

    @Test
    void writesBibtexThatReadsBackToTheSameItem() {
        String bibtex = ExportFormat.BIBTEX.write(List.of(item()));
        assertTrue(bibtex.startsWith("@incollection{"), bibtex);
        assertTrue(bibtex.contains("author = {van Beethoven, Ludwig and {World Food Programme}}"), bibtex);
        assertTrue(bibtex.contains("month = mar,"), bibtex);
        Map<String, Object> back = BibtexFile.read(bibtex).get(0).item();
        assertEquals("chapter", back.get("type"));
        assertEquals(item().get("title"), back.get("title"));
        assertEquals("Essays on Korea", back.get("container-title"));
        assertEquals("17-18", back.get("page"));
        assertEquals("10.1000/abc_1", back.get("DOI"));
        assertEquals("{date-parts=[[2006, 3]]}", back.get("issued").toString());
        assertEquals("[{family=Beethoven, given=Ludwig, non-dropping-particle=van}, {literal=World Food Programme}]",
                back.get("author").toString());
    }

    @Test
    void writesRisThatReadsBackToTheSameItem() {
        String ris = ExportFormat.RIS.write(List.of(item()));
        assertTrue(ris.startsWith("TY  - CHAP\r\n"), ris);
        Map<String, Object> back = RisFile.read(ris).get(0).item();
        assertEquals("chapter", back.get("type"));
        assertEquals(item().get("title"), back.get("title"));
        assertEquals("17-18", back.get("page"));
        assertEquals("{literal=World Food Programme}", ((List<?>) back.get("author")).get(1).toString());
    }

    @Test
    void writesCslJsonThatReadsBack() {
        String json = ExportFormat.CSL_JSON.write(List.of(item()));
        ImportedEntry back = CslJsonFile.read(json).get(0);
        assertEquals("42", back.key());
        assertEquals(item().get("title"), back.item().get("title"));
    }
}
