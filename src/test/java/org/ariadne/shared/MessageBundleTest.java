package org.ariadne.shared;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every label a page asks the bundle for exists in it, so no page shows "???key???". */
class MessageBundleTest {

    private static final Pattern KEY = Pattern.compile("msg\\['([^']+)'\\]");

    @Test
    void everyKeyUsedInAPageExistsInTheBundle() throws IOException {
        Properties bundle = bundle();
        Set<String> missing = new TreeSet<>();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(page));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                    if (!bundle.containsKey(matcher.group(1))) {
                        missing.add(page.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertTrue(used.size() > 20, "the pages should take their labels from the bundle");
        assertTrue(missing.isEmpty(), () -> "missing keys: " + missing);
    }

    @Test
    void theImportSummariesCountInWordsNotInBrackets() throws IOException {
        Properties bundle = bundle();
        MessageFormat summary = new MessageFormat(bundle.getProperty("import.summary"), Locale.ENGLISH);
        assertEquals("No new source will be created; no entry is a duplicate.", summary.format(new Object[] {0, 0}));
        assertEquals("1 new source will be created; 1 entry is a duplicate and will not be.",
                summary.format(new Object[] {1, 1}));
        assertEquals("1,200 new sources will be created; 3 entries are duplicates and will not be.",
                summary.format(new Object[] {1200, 3}));
        assertEquals("Imported: 2 sources created, 1 duplicate not created.",
                new MessageFormat(bundle.getProperty("import.done"), Locale.ENGLISH).format(new Object[] {2, 1}));
    }

    @Test
    void theCatalogueCountsItsSelectionInWords() throws IOException {
        MessageFormat selected = new MessageFormat(bundle().getProperty("sources.selected"), Locale.ENGLISH);
        assertEquals("No source selected", selected.format(new Object[] {0}));
        assertEquals("1 source selected", selected.format(new Object[] {1}));
        assertEquals("1,500 sources selected", selected.format(new Object[] {1500}));
    }

    private static Properties bundle() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/i18n/messages.properties"))) {
            bundle.load(in);
        }
        return bundle;
    }
}
