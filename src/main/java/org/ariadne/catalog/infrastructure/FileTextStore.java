package org.ariadne.catalog.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ariadne.catalog.domain.TextStore;
import org.ariadne.shared.infrastructure.DataDirectory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Archived texts as files under {@code ARIADNE_DATA_DIR/texts/ab/abcdef...}: content-addressed, written to a
 * temporary file, forced to disk, then atomically moved into place, so a file under its digest is always complete.
 */
@ApplicationScoped
public class FileTextStore implements TextStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private Path root;

    protected FileTextStore() {
    }

    @Inject
    public FileTextStore(DataDirectory dataDirectory) {
        this.root = dataDirectory.directory("texts");
    }

    FileTextStore(Path root) {
        this.root = root;
    }

    @Override
    public String store(byte[] bytes) {
        String sha256 = sha256(bytes);
        Path target = pathOf(sha256);
        try {
            if (Files.exists(target) && Files.size(target) == bytes.length
                    && sha256(Files.readAllBytes(target)).equals(sha256)) {
                return sha256;
            }
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ".incoming-", ".tmp");
            try {
                try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                    channel.write(java.nio.ByteBuffer.wrap(bytes));
                    channel.force(true);
                }
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
                forceDirectory(target.getParent());
            } finally {
                Files.deleteIfExists(temp);
            }
            return sha256;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not archive the text", e);
        }
    }

    @Override
    public Optional<byte[]> read(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(pathOf(sha256)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read archived text " + sha256, e);
        }
    }

    @Override
    public Optional<String> digestOf(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(pathOf(sha256))) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return Optional.of(HexFormat.of().formatHex(digest.digest()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read archived text " + sha256, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /**
     * Clears what a killed server left behind: temporary files of writes that never finished are deleted, and
     * complete files no source refers to (now or in its history) are moved to {@code orphans/} beside the texts,
     * never deleted, so an administrator can still look at them. Only files older than {@code startedAt} are touched.
     *
     * @param referenced the digests the database refers to
     */
    public Reconciliation reconcile(Set<String> referenced, Instant startedAt) {
        int temporary = 0;
        int orphaned = 0;
        Path orphans = root.resolveSibling("orphans");
        try (Stream<Path> files = Files.walk(root, 2)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (!Files.getLastModifiedTime(file).toInstant().isBefore(startedAt)) {
                    continue;
                }
                String name = file.getFileName().toString();
                if (name.startsWith(".incoming-")) {
                    Files.deleteIfExists(file);
                    temporary++;
                } else if (!referenced.contains(name)) {
                    Files.createDirectories(orphans);
                    Files.move(file, orphans.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                    orphaned++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not reconcile the archived texts in " + root, e);
        }
        return new Reconciliation(temporary, orphaned);
    }

    /** What {@link #reconcile} cleared: unfinished temporary files deleted, unreferenced files set aside. */
    public record Reconciliation(int temporaryFilesDeleted, int orphansSetAside) {
    }

    /** Makes a rename durable: on Linux a directory's entries reach the disk only when the directory is forced. */
    private static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException notSupported) {
            // some platforms (Windows) cannot open a directory; the rename is as durable as they make it
        }
    }

    private Path pathOf(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
