package org.ariadne.bibliography.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ariadne.bibliography.domain.InvalidStyleException;
import org.ariadne.bibliography.domain.StyleInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.rng.CompactSchemaReader;

/**
 * What Ariadne accepts and hands out as CSL styles, checked against the official RELAX NG schema of CSL 1.0.2
 * ({@code ../shared/csl-schema/csl.rnc}) with Jing: bundled styles (what {@code GET /api/styles/{id}} returns) are
 * valid CSL and accepted by Ariadne's style check, and the broken styles Ariadne refuses are invalid CSL too.
 */
class CslSchemaTest {

    private static final Path SCHEMA = Path.of("..", "shared", "csl-schema", "csl.rnc");

    private static StyleCatalog catalog;
    private static StyleValidator validator;

    @BeforeAll
    static void setUp() {
        catalog = new StyleCatalog();
        validator = new StyleValidator(new CitationRenderer(catalog));
    }

    /** The schema's complaints about the style, one line each (empty when it is valid CSL). */
    static List<String> schemaErrors(String xml) throws IOException, SAXException {
        List<String> errors = new ArrayList<>();
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(e.getLineNumber() + ": " + e.getMessage());
            }
        };
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, collect);
        ValidationDriver driver = new ValidationDriver(properties.toPropertyMap(), CompactSchemaReader.getInstance());
        assertTrue(driver.loadSchema(ValidationDriver.fileInputSource(SCHEMA.toFile())), "the CSL schema loads");
        try {
            driver.validate(new InputSource(new StringReader(xml)));
        } catch (SAXException e) {
            errors.add(e.getMessage());
        }
        return errors;
    }

    @Test
    void bundledStylesAreValidCslAndAcceptedByAriadnesCheck() throws Exception {
        List<StyleInfo> independent = catalog.all().stream().filter(s -> !s.dependent()).toList();
        List<String> sample = new ArrayList<>(List.of("apa", "chicago-notes-bibliography",
                "modern-language-association", "harvard-cite-them-right", "ieee"));
        for (int i = 0; i < independent.size(); i += 40) {
            sample.add(independent.get(i).id());
        }
        List<String> invalid = new ArrayList<>();
        for (String id : sample) {
            String xml = catalog.styleXml(id).orElseThrow();
            List<String> errors = schemaErrors(xml);
            if (!errors.isEmpty()) {
                invalid.add(id + " " + errors.get(0));
            }
            assertEquals(id, StyleCatalog.shortId(validator.validate(xml).id()), id);
        }
        System.out.println("bundled styles checked against csl.rnc: " + sample.size() + ", invalid: " + invalid);
        assertEquals(List.of(), invalid);
    }

    @Test
    void stylesAriadneRefusesAreInvalidCslToo() throws Exception {
        String apa = catalog.styleXml("apa").orElseThrow();
        List<String> broken = List.of(
                apa.replaceFirst("(?s)<info>.*?</info>", ""),
                apa.replaceFirst("(?s)<citation\\b.*?</citation>", ""),
                apa.replace("<style ", "<stile ").replace("</style>", "</stile>"),
                apa.replaceFirst("class=\"in-text\"", "class=\"sideways\""),
                apa.substring(0, apa.length() / 2));
        for (String xml : broken) {
            assertFalse(schemaErrors(xml).isEmpty(), "the schema refuses it");
            assertThrows(InvalidStyleException.class, () -> validator.validate(xml));
        }
    }
}
