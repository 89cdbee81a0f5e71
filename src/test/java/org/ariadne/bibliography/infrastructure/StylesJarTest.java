package org.ariadne.bibliography.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The styles jar found through each kind of class-loader URL. WildFly's {@code vfs:} URLs are proved by
 * BibliographyApiIT; here the same code path (the jar's root read as a stream of entries) runs on a
 * {@link JarInputStream}, which is what WildFly's VFS hands out for a mounted jar.
 */
class StylesJarTest {

    private static final Path JAR = StylesJar.locate(StylesJarTest.class.getClassLoader());

    @Test
    void findsTheJarItselfOnAPlainClassPath() {
        assertTrue(Files.isRegularFile(JAR));
        assertTrue(JAR.getFileName().toString().startsWith("styles-"), JAR.toString());
        assertFalse(StylesJar.isTemporaryCopy(JAR), "the real jar must never be deleted");
    }

    @Test
    void copiesAJarHandedOutAsAStreamOfEntries() throws Exception {
        try (InputStream in = new JarInputStream(Files.newInputStream(JAR))) {
            Path copy = StylesJar.copyEntries(in);
            assertTrue(StylesJar.isTemporaryCopy(copy));
            StyleCatalog catalog = new StyleCatalog(copy);
            assertEquals(new StyleCatalog(JAR).all().size(), catalog.all().size());
            assertEquals("APA Style 7th edition", catalog.find("apa").orElseThrow().title());
            assertTrue(catalog.styleXml("chicago-notes-bibliography-subsequent-ibid").isPresent());
        }
    }

    @Test
    void copiesAJarHandedOutAsItsBytes() throws Exception {
        try (InputStream in = Files.newInputStream(JAR)) {
            assertTrue(new StyleCatalog(StylesJar.copyEntries(in)).all().size() > 10_000);
        }
    }

    @Test
    void aStreamWithoutStylesGivesNothing() throws Exception {
        assertNull(StylesJar.copyEntries(new ByteArrayInputStream(new byte[0])));
    }

    @Test
    void findsTheJarThroughAnUnpackedDirectory(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("dependent"));
        try (var jar = new java.util.jar.JarFile(JAR.toFile())) {
            for (String name : new String[] {"apa.csl", "dependent/" + firstDependent(jar)}) {
                try (InputStream in = jar.getInputStream(jar.getEntry(name))) {
                    Files.copy(in, dir.resolve(name));
                }
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            StyleCatalog catalog = new StyleCatalog(StylesJar.locate(loader));
            assertEquals(2, catalog.all().size());
            assertTrue(catalog.find("apa").isPresent());
        }
    }

    private static String firstDependent(java.util.jar.JarFile jar) {
        return jar.stream().map(java.util.zip.ZipEntry::getName)
                .filter(n -> n.startsWith("dependent/") && n.endsWith(".csl")).findFirst().orElseThrow()
                .substring("dependent/".length());
    }
}
