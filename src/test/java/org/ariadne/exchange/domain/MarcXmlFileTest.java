package org.ariadne.exchange.domain;

import org.ariadne.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarcXmlFileTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static Map<String, Object> article() {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", "42");
        item.put("type", "article-newspaper");
        item.put("title", "The Refugees of Yanbian: A Report & More");
        item.put("author", List.of(Map.of("family", "Beethoven", "given", "Ludwig", "non-dropping-particle", "van"),
                Map.of("literal", "World Food Programme")));
        item.put("editor", List.of(Map.of("family", "Noland", "given", "Marcus")));
        item.put("container-title", "Journal of Peace Research");
        item.put("volume", "12");
        item.put("issue", "3");
        item.put("page", "17-18");
        item.put("issued", Map.of("date-parts", List.of(List.of(2006, 3, 14))));
        item.put("DOI", "10.1000/abc_1");
        item.put("ISSN", "0022-3433");
        item.put("URL", "https://example.org/a?b=1&c=2");
        item.put("language", "en");
        item.put("keyword", "refugees, China");
        return item;
    }

    private static Map<String, Object> book() {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", "7");
        item.put("type", "book");
        item.put("title", "Famine in North Korea");
        item.put("author", List.of(Map.of("family", "Haggard", "given", "Stephen")));
        item.put("publisher", "Columbia University Press");
        item.put("publisher-place", "New York");
        item.put("issued", Map.of("date-parts", List.of(List.of(2007))));
        item.put("ISBN", "9780231140003");
        item.put("number-of-pages", "368");
        item.put("collection-title", "Studies of the East Asian Institute");
        item.put("edition", "2");
        return item;
    }

    @Test
    void writesLeaderFixedFieldsAndMainFields() {
        String xml = MarcXmlFile.write(List.of(article(), book()), TODAY);
        assertTrue(xml.contains("<marc:leader>00000naa a2200000 i 4500</marc:leader>"), xml);
        assertTrue(xml.contains("<marc:leader>00000nam a2200000 i 4500</marc:leader>"), xml);
        assertTrue(xml.contains("<marc:controlfield tag=\"001\">42</marc:controlfield>"), xml);
        assertTrue(xml.contains("<marc:controlfield tag=\"008\">261122s2006    xx      o     000 0 eng d</marc:controlfield>"), xml);
        assertTrue(xml.contains("tag=\"245\" ind1=\"1\" ind2=\"4\""), xml);
        assertTrue(xml.contains("<marc:subfield code=\"a\">The Refugees of Yanbian :</marc:subfield>"), xml);
        assertTrue(xml.contains("<marc:subfield code=\"b\">A Report &amp; More.</marc:subfield>"), xml);
        assertTrue(xml.contains("<marc:subfield code=\"g\">Vol. 12, no. 3, p. 17-18</marc:subfield>"), xml);
        assertTrue(xml.contains("<marc:subfield code=\"a\">Columbia University Press,</marc:subfield>")
                || xml.contains("<marc:subfield code=\"b\">Columbia University Press,</marc:subfield>"), xml);
        assertTrue(xml.contains("tag=\"710\" ind1=\"2\""), xml);
        assertTrue(xml.contains("<marc:subfield code=\"e\">editor.</marc:subfield>"), xml);
        assertTrue(xml.contains("tag=\"020\""), xml);
        assertFalse(xml.contains("tag=\"022\""), "an article's ISSN belongs to its host, in 773 $x: " + xml);
    }

    @Test
    void readsBackWhatItWrote() {
        String xml = MarcXmlFile.write(List.of(article(), book()), TODAY);
        List<ImportedEntry> entries = MarcXmlFile.read(xml);
        assertEquals(2, entries.size());
        Map<String, Object> a = entries.get(0).item();
        assertEquals("42", entries.get(0).key());
        assertEquals("article-newspaper", a.get("type"));
        assertEquals("The Refugees of Yanbian: A Report & More", a.get("title"));
        assertEquals(List.of(Map.of("family", "Beethoven", "given", "Ludwig", "non-dropping-particle", "van"),
                Map.of("literal", "World Food Programme")), a.get("author"));
        assertEquals(List.of(Map.of("family", "Noland", "given", "Marcus")), a.get("editor"));
        assertEquals("Journal of Peace Research", a.get("container-title"));
        assertEquals("12", a.get("volume"));
        assertEquals("3", a.get("issue"));
        assertEquals("17-18", a.get("page"));
        assertEquals(Map.of("date-parts", List.of(List.of(2006, 3, 14))), a.get("issued"));
        assertEquals("10.1000/abc_1", a.get("DOI"));
        assertEquals("0022-3433", a.get("ISSN"));
        assertEquals("https://example.org/a?b=1&c=2", a.get("URL"));
        assertEquals("en", a.get("language"));
        assertEquals("refugees, China", a.get("keyword"));
        Map<String, Object> b = entries.get(1).item();
        assertEquals("book", b.get("type"));
        assertEquals("Famine in North Korea", b.get("title"));
        assertEquals("Columbia University Press", b.get("publisher"));
        assertEquals("New York", b.get("publisher-place"));
        assertEquals("9780231140003", b.get("ISBN"));
        assertEquals("368", b.get("number-of-pages"));
        assertEquals("Studies of the East Asian Institute", b.get("collection-title"));
        assertEquals("2", b.get("edition"));
        assertEquals(Map.of("date-parts", List.of(List.of(2007))), b.get("issued"));
    }

    @Test
    void readsARecordCataloguedElsewhere() {
        String xml = """
                <?xml version="1.0"?>
                <record xmlns="http://www.loc.gov/MARC21/slim">
                  <leader>01142cam  2200301 a 4500</leader>
                  <controlfield tag="001">   92005291 </controlfield>
                  <controlfield tag="008">920219s1993    caua   j      000 0 eng  </controlfield>
                  <datafield tag="020" ind1=" " ind2=" "><subfield code="a">0152038655 :</subfield><subfield code="c">$15.95</subfield></datafield>
                  <datafield tag="100" ind1="1" ind2=" "><subfield code="a">Sandburg, Carl,</subfield><subfield code="d">1878-1967.</subfield></datafield>
                  <datafield tag="245" ind1="1" ind2="0"><subfield code="a">Arithmetic /</subfield><subfield code="c">Carl Sandburg.</subfield></datafield>
                  <datafield tag="260" ind1=" " ind2=" "><subfield code="a">San Diego :</subfield><subfield code="b">Harcourt Brace Jovanovich,</subfield><subfield code="c">c1993.</subfield></datafield>
                  <datafield tag="700" ind1="1" ind2=" "><subfield code="a">Rand, Ted,</subfield><subfield code="e">ill.</subfield></datafield>
                  <datafield tag="900" ind1=" " ind2=" "><subfield code="a">local</subfield></datafield>
                </record>
                """;
        ImportedEntry entry = MarcXmlFile.read(xml).get(0);
        assertEquals("92005291", entry.key());
        assertEquals(2, entry.line());
        Map<String, Object> item = entry.item();
        assertEquals("book", item.get("type"));
        assertEquals("Arithmetic", item.get("title"));
        assertEquals("0152038655", item.get("ISBN"));
        assertEquals("San Diego", item.get("publisher-place"));
        assertEquals("Harcourt Brace Jovanovich", item.get("publisher"));
        assertEquals(Map.of("date-parts", List.of(List.of(1993))), item.get("issued"));
        assertEquals(List.of(Map.of("family", "Sandburg", "given", "Carl"), Map.of("family", "Rand", "given", "Ted")),
                item.get("author"));
        assertTrue(entry.warnings().get(0).contains("field 900 was not imported"), entry.warnings().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<record xmlns=\"http://www.loc.gov/MARC21/slim\">&x;</record>",
            "<!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]>\n<record xmlns=\"http://www.loc.gov/MARC21/slim\">&b;</record>",
    })
    void refusesDocumentTypesAndEntities(String xml) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> MarcXmlFile.read(xml));
        assertEquals(1, e.problems().get(0).line(), e.getMessage());
    }

    @Test
    void namesTheLineOfABrokenRecordAndOfBrokenXml() {
        String badLeader = """
                <collection xmlns="http://www.loc.gov/MARC21/slim">
                  <record><leader>00000nam a2200000 i 4500</leader>
                    <datafield tag="245" ind1="0" ind2="0"><subfield code="a">Fine.</subfield></datafield></record>
                  <record>
                    <leader>short</leader>
                  </record>
                </collection>
                """;
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> MarcXmlFile.read(badLeader));
        assertEquals(5, e.problems().get(0).line(), e.getMessage());
        assertTrue(e.getMessage().contains("leader"), e.getMessage());
        String broken = "<collection xmlns=\"http://www.loc.gov/MARC21/slim\">\n<record>\n<leader>x</record>\n</collection>";
        e = assertThrows(InvalidInputException.class, () -> MarcXmlFile.read(broken));
        assertEquals(3, e.problems().get(0).line(), e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> MarcXmlFile.read("<collection/>"));
        assertTrue(e.getMessage().contains("namespace"), e.getMessage());
    }

    @Test
    void writesDublinCore() {
        String xml = DublinCore.write(List.of(article()));
        assertTrue(xml.contains("<dc:title>The Refugees of Yanbian: A Report &amp; More</dc:title>"), xml);
        assertTrue(xml.contains("<dc:creator>van Beethoven, Ludwig</dc:creator>")
                || xml.contains("<dc:creator>Beethoven, Ludwig van</dc:creator>"), xml);
        assertTrue(xml.contains("<dc:creator>World Food Programme</dc:creator>"), xml);
        assertTrue(xml.contains("<dc:contributor>Noland, Marcus</dc:contributor>"), xml);
        assertTrue(xml.contains("<dc:date>2006-03-14</dc:date>"), xml);
        assertTrue(xml.contains("<dc:identifier>https://doi.org/10.1000/abc_1</dc:identifier>"), xml);
        assertTrue(xml.contains("<dc:source>Journal of Peace Research, vol. 12, no. 3, pp. 17-18</dc:source>"), xml);
        assertTrue(xml.contains("<dc:type>Text</dc:type>"), xml);
    }
}
