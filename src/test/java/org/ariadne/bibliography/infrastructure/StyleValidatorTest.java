package org.ariadne.bibliography.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ariadne.bibliography.domain.InvalidStyleException;
import org.ariadne.bibliography.domain.ValidatedStyle;
import org.junit.jupiter.api.Test;

class StyleValidatorTest {

    private final StyleValidator validator = new StyleValidator(new CitationRenderer(new StyleCatalog()));

    private static final String GOOD = """
            <?xml version="1.0" encoding="utf-8"?>
            <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
              <info><title>House Style</title><id>http://example.org/house</id></info>
              <citation><layout prefix="(" suffix=")"><text variable="title"/></layout></citation>
              <bibliography><layout><text variable="title"/></layout></bibliography>
            </style>""";

    private static String problems(String xml) {
        InvalidStyleException e = assertThrows(InvalidStyleException.class,
                () -> new StyleValidator(new CitationRenderer(new StyleCatalog())).validate(xml));
        return String.join("\n", e.problems());
    }

    @Test
    void acceptsAGoodStyleAndReportsWhatItDeclares() throws InvalidStyleException {
        ValidatedStyle s = validator.validate(GOOD);
        assertEquals(new ValidatedStyle("http://example.org/house", "House Style", "in-text", true, true), s);
    }

    @Test
    void acceptsABundledStyle() throws InvalidStyleException {
        String apa = new StyleCatalog().styleXml("apa").orElseThrow();
        assertEquals("APA Style 7th edition", validator.validate(apa).title());
    }

    @Test
    void acceptsEmptyIdAndTitleForTheCallerToFillIn() throws InvalidStyleException {
        ValidatedStyle s = validator.validate(GOOD.replace("<title>House Style</title><id>http://example.org/house</id>",
                "<title/><id/>"));
        assertEquals("", s.id());
        assertEquals("", s.title());
    }

    @Test
    void rejectsADoctypeAndNeverExpandsAnExternalEntity() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE style [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
                  <info><title>&xxe;</title><id>x</id></info>
                  <citation><layout><text variable="title"/></layout></citation>
                </style>""";
        String p = problems(xxe);
        assertTrue(p.contains("Line 2") && p.contains("DOCTYPE"), p);
        assertTrue(!p.contains("root:"), "nothing of the entity's file may leak: " + p);
    }

    @Test
    void rejectsABillionLaughsDtd() {
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;\">]>"
                + "<style xmlns=\"http://purl.org/net/xbiblio/csl\">&lol2;</style>";
        assertTrue(problems(bomb).contains("DOCTYPE"));
    }

    @Test
    void aDtdTheXmlReaderCannotEvenReportIsRefusedAsMalformed() {
        // the JDK's StAX reader throws MissingResourceException ("InvalidCharInDTD") on a control character in a DTD
        String p = problems("<!DOCTYPE r [<!ENTITY b \u0001\u0000\"x\">]>\n<style xmlns=\"http://purl.org/net/xbiblio/csl\"/>");
        assertTrue(p.contains("Line 1"), p);
    }

    @Test
    void rejectsXmlThatIsNotCsl() {
        String p = problems("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>");
        assertTrue(p.contains("<html>") && p.contains("http://purl.org/net/xbiblio/csl"), p);
        assertTrue(problems("<style class=\"note\"><info/></style>").contains("no namespace"));
    }

    @Test
    void rejectsMalformedXmlWithItsLine() {
        String p = problems("<style xmlns=\"http://purl.org/net/xbiblio/csl\" class=\"note\">\n<info>\n</style>");
        assertTrue(p.startsWith("Line 3") && p.contains("not well-formed"), p);
    }

    @Test
    void rejectsAStyleWithoutLayout() {
        String p = problems("""
                <style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0">
                  <info><title>Empty</title><id>e</id></info>
                  <citation/>
                </style>""");
        assertTrue(p.contains("neither a <citation> nor a <bibliography> with a <layout>"), p);
    }

    @Test
    void explainsThatADependentStyleNeedsItsParent() {
        String dependent = new StyleCatalog().all().stream().filter(s -> s.dependent()).findFirst()
                .map(s -> s.id()).orElseThrow();
        String xml = readDependent(dependent);
        String p = problems(xml);
        assertTrue(p.contains("dependent style"), p);
    }

    @Test
    void rejectsWhatTheEngineCannotRender() {
        String p = problems(GOOD.replace("<text variable=\"title\"/></layout></citation>",
                "<text macro=\"missing\"/></layout></citation>"));
        assertTrue(p.contains("CSL processor cannot use this style") && p.contains("missing"), p);
    }

    private static String readDependent(String id) {
        try (var in = StyleValidatorTest.class.getClassLoader().getResourceAsStream("dependent/" + id + ".csl")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
