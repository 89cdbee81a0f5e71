package org.ariadne.exchange.domain;

import org.ariadne.catalog.domain.csl.CslDate;
import org.ariadne.catalog.domain.csl.CslItems;
import org.ariadne.catalog.domain.csl.PersonName;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Simple Dublin Core as OAI-PMH's {@code oai_dc} has it: creators are the authors, contributors the editors and
 * translators, the DOI, ISBN, ISSN and URL are identifiers (as URIs), the host item with volume, issue and pages is
 * the source, and the type is DCMI's "Text" (or another DCMI type) followed by the CSL type.
 */
public final class DublinCore {

    public static final String OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    public static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String SCHEMA = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd";
    /** The root of an exported file with several records; oai_dc itself defines only one record. */
    public static final String COLLECTION = "urn:ariadne:oai_dc-collection";

    private DublinCore() {
    }

    /** Writes one {@code oai_dc:dc} element, binding its prefixes itself. */
    public static void writeRecord(XMLStreamWriter xml, Map<String, Object> item) throws XMLStreamException {
        xml.writeStartElement("oai_dc", "dc", OAI_DC);
        xml.writeNamespace("oai_dc", OAI_DC);
        xml.writeNamespace("dc", DC);
        xml.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
        xml.writeAttribute("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation", OAI_DC + " " + SCHEMA);
        CslItems.text(item, "title").ifPresent(t -> element(xml, "title", t));
        CslItems.names(item, "author").stream().filter(n -> !n.isEmpty()).forEach(n -> element(xml, "creator", name(n)));
        for (String role : List.of("editor", "translator", "director", "interviewer")) {
            CslItems.names(item, role).stream().filter(n -> !n.isEmpty()).forEach(n -> element(xml, "contributor", name(n)));
        }
        CslItems.text(item, "keyword").ifPresent(k -> {
            for (String word : k.split("\\s*[,;]\\s*")) {
                if (!word.isBlank()) {
                    element(xml, "subject", word.strip());
                }
            }
        });
        CslItems.text(item, "abstract").ifPresent(t -> element(xml, "description", t));
        CslItems.text(item, "publisher").ifPresent(t -> element(xml, "publisher", t));
        CslItems.issued(item).flatMap(DublinCore::w3cDate).ifPresent(d -> element(xml, "date", d));
        String type = CslItems.text(item, "type").orElse("document");
        element(xml, "type", dcmiType(type));
        element(xml, "type", type);
        CslItems.text(item, "DOI").ifPresent(d -> element(xml, "identifier", "https://doi.org/" + d));
        CslItems.text(item, "ISBN").ifPresent(i -> element(xml, "identifier", "urn:isbn:" + i.split("[,;\\s]+")[0]));
        CslItems.text(item, "ISSN").ifPresent(i -> element(xml, "identifier", "urn:issn:" + i.split("[,;\\s]+")[0]));
        CslItems.text(item, "URL").ifPresent(u -> element(xml, "identifier", u));
        source(item).ifPresent(s -> element(xml, "source", s));
        CslItems.text(item, "language").ifPresent(l -> element(xml, "language", l));
        CslItems.text(item, "collection-title").ifPresent(s -> element(xml, "relation", s));
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String value) {
        try {
            xml.writeCharacters("\n  ");
            xml.writeStartElement("dc", name, DC);
            xml.writeCharacters(MarcXmlFile.xmlText(value));
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Writing Dublin Core to memory failed", e);
        }
    }

    private static String name(PersonName n) {
        return n.isOrganisation() ? n.displayName() : n.sortName();
    }

    private static Optional<String> w3cDate(CslDate date) {
        if (date.year().isEmpty()) {
            return Optional.empty();
        }
        StringBuilder s = new StringBuilder(String.format("%04d", date.year().get()));
        date.month().ifPresent(m -> {
            s.append(String.format("-%02d", m));
            date.day().ifPresent(d -> s.append(String.format("-%02d", d)));
        });
        return Optional.of(s.toString());
    }

    private static String dcmiType(String type) {
        return switch (type) {
            case "dataset" -> "Dataset";
            case "software" -> "Software";
            case "graphic", "map", "figure" -> "StillImage";
            case "motion_picture", "broadcast" -> "MovingImage";
            case "song" -> "Sound";
            case "event" -> "Event";
            default -> "Text";
        };
    }

    private static Optional<String> source(Map<String, Object> item) {
        Optional<String> container = CslItems.text(item, "container-title");
        if (container.isEmpty()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        parts.add(container.get());
        CslItems.text(item, "volume").ifPresent(v -> parts.add("vol. " + v));
        CslItems.text(item, "issue").ifPresent(v -> parts.add("no. " + v));
        CslItems.text(item, "page").ifPresent(v -> parts.add("pp. " + v));
        return Optional.of(String.join(", ", parts));
    }

    /** An export file: one {@code oai_dc:dc} per item inside a collection element of Ariadne's. */
    static String write(List<Map<String, Object>> items) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("", "records", COLLECTION);
            xml.writeDefaultNamespace(COLLECTION);
            for (Map<String, Object> item : items) {
                xml.writeCharacters("\n");
                writeRecord(xml, item);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Writing Dublin Core to memory failed", e);
        }
        return out.toString();
    }
}
