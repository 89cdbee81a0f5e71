package org.ariadne.shared.web;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The build makes two WARs: {@code ariadne.war} for a single node, whose sessions stay in memory, and
 * {@code ariadne-cluster.war} for the nodes of a cluster, distributable so that sessions survive a node (the
 * cluster case of {@code OpenSearchIT} uses it). They must differ in that one element of {@code web.xml} and in
 * nothing else.
 */
class ClusterWarIT {

    private static final Path TARGET = Path.of("target");
    private static final String WEB_XML = "WEB-INF/web.xml";

    @Test
    void onlyTheClusterWarIsDistributable() throws Exception {
        try (ZipFile single = new ZipFile(TARGET.resolve("ariadne.war").toFile());
             ZipFile cluster = new ZipFile(TARGET.resolve("ariadne-cluster.war").toFile())) {
            assertEquals(0, distributableElements(single), "ariadne.war must not be distributable");
            assertEquals(1, distributableElements(cluster), "ariadne-cluster.war must be distributable");
        }
    }

    @Test
    void theWarsHoldTheSameFilesOtherwise() throws IOException {
        try (ZipFile single = new ZipFile(TARGET.resolve("ariadne.war").toFile());
             ZipFile cluster = new ZipFile(TARGET.resolve("ariadne-cluster.war").toFile())) {
            List<String> files = files(single);
            assertEquals(files, files(cluster));
            for (String name : files) {
                if (!name.equals(WEB_XML)) {
                    assertArrayEquals(bytes(single, name), bytes(cluster, name), name);
                }
            }
        }
    }

    private static int distributableElements(ZipFile war) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        try (InputStream in = war.getInputStream(war.getEntry(WEB_XML))) {
            Document webXml = factory.newDocumentBuilder().parse(in);
            return webXml.getElementsByTagNameNS("https://jakarta.ee/xml/ns/jakartaee", "distributable").getLength();
        }
    }

    /** The files of a WAR (directory entries differ between the two ways of zipping it, and mean nothing). */
    private static List<String> files(ZipFile war) {
        return Collections.list(war.entries()).stream().filter(entry -> !entry.isDirectory())
                .map(ZipEntry::getName).sorted().toList();
    }

    private static byte[] bytes(ZipFile war, String name) throws IOException {
        try (InputStream in = war.getInputStream(war.getEntry(name))) {
            return in.readAllBytes();
        }
    }
}
