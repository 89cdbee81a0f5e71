package org.ariadne.exchange.domain;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a BagIt 1.0 bag (RFC 8493) as a zip, streaming: payload files go out as they are written, each digested
 * (SHA-256) on the way, and the tag files (bagit.txt, bag-info.txt with the Payload-Oxum, manifest-sha256.txt,
 * tagmanifest-sha256.txt) follow at the end. The bag is the zip's one top-level directory, as RFC 8493 section 4
 * asks of a serialized bag.
 */
public final class BagWriter implements AutoCloseable {

    private final ZipOutputStream zip;
    private final String root;
    private final StringBuilder manifest = new StringBuilder();
    private final Map<String, String> tagDigests = new LinkedHashMap<>();
    private long octets;
    private long files;
    private boolean open;

    public BagWriter(OutputStream out, String root) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        this.root = root;
    }

    /**
     * A payload file under {@code data/}; write it and close the stream before asking for the next one.
     *
     * @param path relative to {@code data/}, with '/' separators
     */
    public OutputStream payload(String path) throws IOException {
        if (open) {
            throw new IllegalStateException("Close the previous payload file first");
        }
        String name = "data/" + path;
        zip.putNextEntry(new ZipEntry(root + "/" + name));
        open = true;
        MessageDigest digest = sha256();
        DigestOutputStream digesting = new DigestOutputStream(new FilterOutputStream(zip) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                zip.write(b, off, len);
                octets += len;
            }

            @Override
            public void write(int b) throws IOException {
                zip.write(b);
                octets++;
            }

            @Override
            public void close() {
                // the zip stays open for the next entry
            }
        }, digest);
        return new FilterOutputStream(digesting) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                digesting.write(b, off, len);
            }

            private boolean closed;

            /** Idempotent: a Writer around this stream closes it, and so does the try block that opened it. */
            @Override
            public void close() throws IOException {
                if (closed) {
                    return;
                }
                closed = true;
                flush();
                zip.closeEntry();
                manifest.append(HexFormat.of().formatHex(digest.digest())).append("  ").append(encode(name)).append('\n');
                files++;
                open = false;
            }
        };
    }

    /** Writes the tag files and ends the zip. */
    public void finish(Map<String, String> bagInfo) throws IOException {
        tag("bagit.txt", "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
        StringBuilder info = new StringBuilder();
        bagInfo.forEach((label, value) -> info.append(label).append(": ").append(value.replace("\n", "\n  ")).append('\n'));
        info.append("Payload-Oxum: ").append(octets).append('.').append(files).append('\n');
        tag("bag-info.txt", info.toString());
        tag("manifest-sha256.txt", manifest.toString());
        StringBuilder tagManifest = new StringBuilder();
        tagDigests.forEach((name, hex) -> tagManifest.append(hex).append("  ").append(name).append('\n'));
        byte[] bytes = tagManifest.toString().getBytes(StandardCharsets.UTF_8);
        zip.putNextEntry(new ZipEntry(root + "/tagmanifest-sha256.txt"));
        zip.write(bytes);
        zip.closeEntry();
        zip.finish();
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private void tag(String name, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        zip.putNextEntry(new ZipEntry(root + "/" + name));
        zip.write(bytes);
        zip.closeEntry();
        tagDigests.put(name, HexFormat.of().formatHex(sha256().digest(bytes)));
    }

    /** RFC 8493 2.1.3: a CR, LF or % in a file path is percent-encoded in a manifest. */
    static String encode(String path) {
        return path.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
