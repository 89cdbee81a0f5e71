package org.ariadne.shared;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every label a page asks the bundle for exists in it, so no page shows "???key???". */
class MessageBundleTest {

    private static final Pattern KEY = Pattern.compile("msg\\['([^']+)'\\]");

    @Test
    void everyKeyUsedInAPageExistsInTheBundle() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/i18n/messages.properties"))) {
            bundle.load(in);
        }
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
}
