package org.ariadne.exchange.domain;

import org.ariadne.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BagTest {

    @TempDir
    Path staging;

    private static byte[] bag() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (BagWriter bag = new BagWriter(zip, "bag")) {
            try (OutputStream table = bag.payload("tables/source.jsonl");
                 Writer writer = new OutputStreamWriter(table, StandardCharsets.UTF_8)) {
                writer.write("{\"id\":1}\n");
            }
            try (OutputStream text = bag.payload("texts/abc")) {
                text.write("The text.".getBytes(StandardCharsets.UTF_8));
            }
            bag.finish(Map.of("Source-Organization", "Test"));
        }
        return zip.toByteArray();
    }

    @Test
    void writesABagIt10BagThatValidates() throws IOException {
        Path base = BagReader.unpackAndValidate(new ByteArrayInputStream(bag()), staging);

        assertEquals("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n", Files.readString(base.resolve("bagit.txt")));
        String manifest = Files.readString(base.resolve("manifest-sha256.txt"));
        assertTrue(manifest.contains("  data/tables/source.jsonl\n") && manifest.contains("  data/texts/abc\n"), manifest);
        assertEquals("18.2", BagReader.bagInfo(base).get("Payload-Oxum"));
        assertEquals(2, manifest.lines().count(), "one line a payload file, also when a Writer closed it first");
        String tags = Files.readString(base.resolve("tagmanifest-sha256.txt"));
        assertTrue(tags.contains("bagit.txt") && tags.contains("bag-info.txt") && tags.contains("manifest-sha256.txt"));
        assertEquals("The text.", Files.readString(base.resolve("data/texts/abc")));
    }

    @Test
    void refusesABagWithADamagedPayloadFileNamingIt() throws IOException {
        byte[] damaged = rewrite(bag(), "bag/data/texts/abc", "The texT.");
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> BagReader.unpackAndValidate(new ByteArrayInputStream(damaged), staging));
        assertEquals("data/texts/abc", refused.problems().get(0).field());
    }

    @Test
    void refusesEntriesThatWouldLeaveTheStagingDirectory() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("bag/../../escaped.txt"));
            out.write(1);
            out.closeEntry();
        }
        assertThrows(InvalidInputException.class,
                () -> BagReader.unpackAndValidate(new ByteArrayInputStream(zip.toByteArray()), staging.resolve("in")));
        assertFalse(Files.exists(staging.getParent().resolve("escaped.txt")));
    }

    @Test
    void refusesSomethingThatIsNotABag() {
        assertThrows(InvalidInputException.class, () -> BagReader.unpackAndValidate(
                new ByteArrayInputStream("not a zip".getBytes(StandardCharsets.UTF_8)), staging));
    }

    private static byte[] rewrite(byte[] zipped, String name, String content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipped));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(entry.getName().equals(name) ? content.getBytes(StandardCharsets.UTF_8) : in.readAllBytes());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
