package org.ariadne.bibliography.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Finds the {@code org.citationstyles:styles} jar as a file that {@link StyleCatalog} can open, whatever the class
 * loader: listing ten thousand styles needs the jar itself, and only a plain class path gives {@code jar:} URLs.
 * <ul>
 *   <li>a {@code jar:} URL (plain JVM, unit tests): the jar file itself;</li>
 *   <li>a {@code file:} URL (the jar unpacked into a directory): the directory, zipped into a temporary jar;</li>
 *   <li>any other URL (WildFly's {@code vfs:}, other servers): the stream of the jar's root, which such class
 *       loaders give either as the jar's bytes or as a {@link java.util.jar.JarInputStream} over its entries,
 *       copied once into a temporary jar. Only {@code java.net} and {@code java.util.zip}: no container API.</li>
 * </ul>
 */
public final class StylesJar {

    /** A style every release of the jar has, at its top level. */
    static final String PROBE = "apa.csl";

    private static final String TEMP_PREFIX = "ariadne-csl-styles-";

    private StylesJar() {
    }

    /** The styles jar of this class loader, as a file; a temporary copy (deleted at exit) where need be. */
    public static Path locate(ClassLoader loader) {
        URL probe = loader.getResource(PROBE);
        if (probe == null) {
            throw new IllegalStateException("the CSL styles jar (org.citationstyles:styles) is not on the class path");
        }
        try {
            return switch (probe.getProtocol()) {
                case "jar" -> jarFileOf(probe);
                case "file" -> zipDirectory(Path.of(toUri(probe)).getParent());
                default -> copyArchiveAt(probe);
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the CSL styles jar from " + probe.getProtocol() + " URLs", e);
        }
    }

    private static Path jarFileOf(URL probe) throws IOException {
        var connection = (JarURLConnection) probe.openConnection();
        connection.setUseCaches(false);
        return Path.of(toUri(connection.getJarFileURL()));
    }

    /** The archive that holds {@code probe} at its top level, read as a stream from the URL of its root. */
    private static Path copyArchiveAt(URL probe) throws IOException {
        String url = probe.toExternalForm();
        String root = url.substring(0, url.length() - PROBE.length());
        IOException last = null;
        for (String candidate : List.of(root, root.substring(0, root.length() - 1))) {
            try (InputStream in = new URL(candidate).openStream()) {
                Path copy = copyEntries(in);
                if (copy != null) {
                    return copy;
                }
            } catch (IOException e) {
                last = e;
            }
        }
        throw last != null ? last : new IOException("no archive of CSL styles at " + root);
    }

    /**
     * The entries of a zip stream (or of a stream that already is a {@link ZipInputStream}) into a temporary jar;
     * null when the stream holds no style.
     */
    static Path copyEntries(InputStream in) throws IOException {
        ZipInputStream zip = in instanceof ZipInputStream z ? z : new ZipInputStream(in);
        Path jar = temporaryJar();
        boolean probeSeen = false;
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (entry.isDirectory() || !name.endsWith(".csl")) {
                    continue;
                }
                probeSeen |= name.equals(PROBE);
                out.putNextEntry(new ZipEntry(name));
                zip.transferTo(out);
                out.closeEntry();
            }
        }
        if (!probeSeen) {
            Files.deleteIfExists(jar);
            return null;
        }
        return jar;
    }

    private static Path zipDirectory(Path dir) throws IOException {
        Path jar = temporaryJar();
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".csl"))::iterator) {
                out.putNextEntry(new ZipEntry(dir.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        return jar;
    }

    /** Whether the path is one of the temporary copies this class makes (to delete when the application stops). */
    public static boolean isTemporaryCopy(Path jar) {
        return jar.getFileName().toString().startsWith(TEMP_PREFIX);
    }

    private static Path temporaryJar() throws IOException {
        Path jar = Files.createTempFile(TEMP_PREFIX, ".jar");
        jar.toFile().deleteOnExit();
        return jar;
    }

    private static URI toUri(URL url) throws IOException {
        try {
            return url.toURI();
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }
}
