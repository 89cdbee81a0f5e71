package org.ariadne.exchange.domain;

import org.ariadne.shared.domain.InputProblem;
import org.ariadne.shared.domain.InvalidInputException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads a zipped BagIt bag (RFC 8493) into a staging directory and validates it before anything uses it: one
 * top-level directory, bagit.txt of version 1.0, every payload file listed in manifest-sha256.txt with the right
 * digest and no file missing or unlisted, the tag files matching tagmanifest-sha256.txt, the Payload-Oxum right.
 * Entry names that would escape the staging directory are refused. Problems name the file at fault.
 */
public final class BagReader {

    private BagReader() {
    }

    /**
     * @param staging an empty directory to unpack into; the caller deletes it afterwards
     * @return the bag's base directory inside {@code staging}
     * @throws InvalidInputException if the zip is not a complete and valid bag
     */
    public static Path unpackAndValidate(InputStream zipped, Path staging) throws IOException {
        Map<String, String> digests = new HashMap<>();
        String root = null;
        try (ZipInputStream zip = new ZipInputStream(zipped, StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                int slash = name.indexOf('/');
                if (slash <= 0) {
                    throw invalid(name, "Everything in the bag must be inside one top-level directory.");
                }
                String top = name.substring(0, slash);
                if (root == null) {
                    root = top;
                } else if (!root.equals(top)) {
                    throw invalid(name, "A second top-level directory: a bag has exactly one.");
                }
                Path target = staging.resolve(name).normalize();
                if (!target.startsWith(staging) || name.contains("\\") || name.contains("..")) {
                    throw invalid(name, "This entry name would leave the bag.");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                MessageDigest digest = BagWriter.sha256();
                try (OutputStream out = Files.newOutputStream(target)) {
                    new DigestInputStream(zip, digest).transferTo(out);
                }
                digests.put(name.substring(slash + 1), HexFormat.of().formatHex(digest.digest()));
            }
        } catch (ZipException e) {
            throw invalid("", "This is not a readable zip file.");
        }
        if (root == null) {
            throw invalid("", "The zip is empty: send a bag made by GET /api/archive.");
        }
        Path base = staging.resolve(root);
        String declaration = read(base, "bagit.txt");
        if (!declaration.contains("BagIt-Version: 1.0") && !declaration.contains("BagIt-Version: 0.97")) {
            throw invalid("bagit.txt", "Only BagIt version 1.0 (or 0.97) bags are read.");
        }
        Map<String, String> payload = manifest(base, "manifest-sha256.txt");
        long octets = 0;
        long files = 0;
        for (Map.Entry<String, String> file : new TreeMap<>(digests).entrySet()) {
            if (!file.getKey().startsWith("data/")) {
                continue;
            }
            String listed = payload.get(file.getKey());
            if (listed == null) {
                throw invalid(file.getKey(), "This payload file is not in manifest-sha256.txt.");
            }
            if (!listed.equalsIgnoreCase(file.getValue())) {
                throw invalid(file.getKey(), "Its SHA-256 is not the one manifest-sha256.txt lists: the file is damaged.");
            }
            octets += Files.size(base.resolve(file.getKey()));
            files++;
        }
        for (String listed : payload.keySet()) {
            if (!digests.containsKey(listed)) {
                throw invalid(listed, "manifest-sha256.txt lists this file, but the bag does not have it.");
            }
        }
        if (digests.containsKey("tagmanifest-sha256.txt")) {
            for (Map.Entry<String, String> tag : manifest(base, "tagmanifest-sha256.txt").entrySet()) {
                if (!tag.getValue().equalsIgnoreCase(digests.getOrDefault(tag.getKey(), ""))) {
                    throw invalid(tag.getKey(), "This tag file does not match tagmanifest-sha256.txt.");
                }
            }
        }
        String oxum = bagInfo(base).get("Payload-Oxum");
        if (oxum != null && !oxum.equals(octets + "." + files)) {
            throw invalid("bag-info.txt", "Payload-Oxum says " + oxum + " but the payload is " + octets + "." + files + ".");
        }
        return base;
    }

    /** The labels and values of bag-info.txt (continuation lines joined). */
    public static Map<String, String> bagInfo(Path base) throws IOException {
        Map<String, String> info = new TreeMap<>();
        if (!Files.exists(base.resolve("bag-info.txt"))) {
            return info;
        }
        String label = null;
        for (String line : read(base, "bag-info.txt").split("\r\n|\n|\r")) {
            if (!line.isEmpty() && Character.isWhitespace(line.charAt(0)) && label != null) {
                info.merge(label, " " + line.strip(), String::concat);
            } else if (line.indexOf(':') > 0) {
                label = line.substring(0, line.indexOf(':')).strip();
                info.put(label, line.substring(line.indexOf(':') + 1).strip());
            }
        }
        return info;
    }

    private static Map<String, String> manifest(Path base, String name) throws IOException {
        Map<String, String> entries = new HashMap<>();
        int number = 0;
        for (String line : read(base, name).split("\r\n|\n|\r")) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\s+", 2);
            if (parts.length != 2 || !parts[0].matches("[0-9a-fA-F]{64}")) {
                throw new InvalidInputException(name + " is malformed on line " + number + ".",
                        List.of(new InputProblem(name, number, "Expected a SHA-256 in hex, spaces and a file path.")));
            }
            entries.put(decode(parts[1].strip()), parts[0]);
        }
        return entries;
    }

    private static String read(Path base, String name) throws IOException {
        Path file = base.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw invalid(name, "The bag has no " + name + ".");
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static String decode(String path) {
        return path.replace("%0A", "\n").replace("%0a", "\n").replace("%0D", "\r").replace("%0d", "\r")
                .replace("%25", "%");
    }

    /** Every payload file under {@code data/<directory>}, by name. */
    public static List<Path> payloadFiles(Path base, String directory) throws IOException {
        Path dir = base.resolve("data").resolve(directory);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static InvalidInputException invalid(String file, String message) {
        return new InvalidInputException("The bag is not valid: " + (file.isEmpty() ? "" : file + ": ") + message,
                List.of(InputProblem.ofField(file.isEmpty() ? "bag" : file, message)));
    }
}
