package org.ariadne.exchange.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.ariadne.catalog.domain.TextStore;
import org.ariadne.exchange.domain.ArchiveTables;
import org.ariadne.exchange.domain.BagReader;
import org.ariadne.exchange.domain.BagWriter;
import org.ariadne.security.application.PasswordHasher;
import org.ariadne.security.domain.Roles;
import org.ariadne.shared.domain.ConflictException;
import org.ariadne.shared.domain.InputProblem;
import org.ariadne.shared.domain.InvalidInputException;
import org.ariadne.shared.infrastructure.DataDirectory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The whole archive as one BagIt bag, and back: every table of the database as JSON lines under
 * {@code data/tables/} (catalogue, contributors, texts' fixity, footnotes and their corrections, claims, citations,
 * verdicts, styles, history; users without their passwords) and every archived text under {@code data/texts/} by
 * its SHA-256. A restore goes into an empty instance only, and is all or nothing: the bag is validated in full
 * first, and every row goes in within one transaction.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class ArchiveService {

    static final String ROOT = "ariadne-archive";

    @Inject
    ArchiveTables tables;

    @Inject
    TextStore texts;

    @Inject
    PasswordHasher hasher;

    @Inject
    DataDirectory dataDirectory;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /** Only checks that the caller may export, before a response starts streaming. */
    public void checkMayExport() {
        // @RolesAllowed does the work
    }

    /** Streams the bag; one read-only transaction, so the tables agree with each other. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void export(OutputStream out) throws IOException {
        try (BagWriter bag = new BagWriter(out, ROOT)) {
            List<String> names = tables.tables();
            for (String table : names) {
                try (OutputStream file = bag.payload("tables/" + table + ".jsonl");
                     Writer writer = new OutputStreamWriter(file, StandardCharsets.UTF_8)) {
                    tables.export(table, writer);
                }
            }
            int count = 0;
            for (String digest : tables.textDigests()) {
                Optional<byte[]> bytes = texts.read(digest);
                if (bytes.isPresent()) {
                    try (OutputStream file = bag.payload("texts/" + digest)) {
                        file.write(bytes.get());
                    }
                    count++;
                }
            }
            Map<String, String> info = new LinkedHashMap<>();
            info.put("Source-Organization", "Ariadne archive");
            info.put("Bagging-Date", clock.instant().toString().substring(0, 10));
            info.put("Bag-Software-Agent", "Ariadne (GET /api/archive)");
            info.put("External-Description", "The whole Ariadne archive: data/tables/<table>.jsonl holds every row of "
                    + "each table, one JSON object a line (users without passwords); data/texts/<sha256> the archived "
                    + "texts, byte for byte. Restore with POST /api/archive into an empty instance.");
            info.put("Ariadne-Tables", String.join(" ", names));
            info.put("Ariadne-Texts", String.valueOf(count));
            bag.finish(info);
        }
    }

    /**
     * Restores a bag made by {@link #export} into this instance, which must hold no archive yet (users may exist).
     * Users of the bag that do not exist here come back without a usable password: an administrator sets one.
     *
     * @throws InvalidInputException if the bag is not valid or complete, naming the file; nothing is restored then
     * @throws ConflictException     if this instance already holds an archive
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public RestoreReport restore(InputStream zipped) throws IOException {
        List<String> filled = tables.tablesWithContent();
        if (!filled.isEmpty()) {
            throw new ConflictException("This instance is not empty (" + String.join(", ", filled) + " hold data): a bag "
                    + "is restored only into an empty instance, so that nothing here is overwritten or mixed.");
        }
        Path staging = dataDirectory.directory("incoming").resolve("restore-" + UUID.randomUUID());
        Files.createDirectories(staging);
        try {
            Path base = BagReader.unpackAndValidate(zipped, staging);
            int restoredTexts = 0;
            for (Path text : BagReader.payloadFiles(base, "texts")) {
                byte[] bytes = Files.readAllBytes(text);
                if (!texts.store(bytes).equals(text.getFileName().toString())) {
                    throw new InvalidInputException("The bag's text " + text.getFileName() + " is not named by its SHA-256.",
                            List.of(InputProblem.ofField("data/texts/" + text.getFileName(), "Not named by its SHA-256.")));
                }
                restoredTexts++;
            }
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            String unusable = hasher.hash(HexFormat.of().formatHex(secret).toCharArray());
            Map<String, Long> rows = new LinkedHashMap<>();
            for (String table : tables.tables()) {
                Path file = base.resolve("data/tables/" + table + ".jsonl");
                if (!Files.exists(file)) {
                    rows.put(table, 0L);
                    continue;
                }
                try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    rows.put(table, tables.restore(table, reader, unusable));
                }
            }
            for (Path file : BagReader.payloadFiles(base, "tables")) {
                String name = file.getFileName().toString().replaceFirst("\\.jsonl$", "");
                if (!rows.containsKey(name)) {
                    throw new InvalidInputException("The bag has a table this instance does not know: " + name,
                            List.of(InputProblem.ofField("data/tables/" + file.getFileName(),
                                    "No such table here: restore into the same or a later version of Ariadne.")));
                }
            }
            tables.advanceSequences();
            tables.refreshStatistics(rows.keySet());
            // rows went in beside JPA: nothing cached before may stand for them
            em.getEntityManagerFactory().getCache().evictAll();
            return new RestoreReport(rows, restoredTexts);
        } finally {
            deleteTree(staging);
        }
    }

    /** What a restore put back: rows by table, and archived texts. */
    public record RestoreReport(Map<String, Long> rows, int texts) {
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not clear the staging directory " + root, e);
        }
    }
}
