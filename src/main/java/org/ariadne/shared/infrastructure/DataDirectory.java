package org.ariadne.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * ARIADNE_DATA_DIR: where the embedded database, the search index and the archived texts live. The server sets
 * the system property {@code ariadne.data.dir} from the environment (see wildfly-config/datasources.cli).
 */
@ApplicationScoped
public class DataDirectory {

    private final Path root;

    public DataDirectory() {
        this.root = Setting.of("ariadne.data.dir", "ARIADNE_DATA_DIR").map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".ariadne"));
    }

    public Path root() {
        return root;
    }

    /** A sub-directory of the data directory, created if missing. */
    public Path directory(String name) {
        Path dir = root.resolve(name);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + dir, e);
        }
        return dir;
    }

    /**
     * Empties a sub-directory of staged, unfinished work (what a killed server left there).
     *
     * @return the entries removed from it
     */
    public int clear(String name) {
        Path dir = directory(name);
        try (java.util.stream.Stream<Path> entries = Files.list(dir)) {
            int removed = 0;
            for (Path entry : entries.toList()) {
                try (java.util.stream.Stream<Path> tree = Files.walk(entry)) {
                    for (Path path : tree.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(path);
                    }
                }
                removed++;
            }
            return removed;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clear " + dir, e);
        }
    }
}
