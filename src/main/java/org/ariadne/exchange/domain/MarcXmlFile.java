package org.ariadne.exchange.domain;

import org.ariadne.shared.domain.GuardedXmlReader;
import org.ariadne.shared.domain.InputProblem;
import org.ariadne.shared.domain.InvalidInputException;
import org.marc4j.marc.DataField;
import org.marc4j.marc.MarcFactory;
import org.marc4j.marc.Record;
import org.marc4j.marc.Subfield;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * MARCXML files (MARC 21 slim): a {@code collection} of {@code record}s, or one {@code record}. A record is named by
 * its 001 control number, else by its position from 1. Read with a StAX parser that refuses DTDs and external
 * entities, so no document can make the server fetch a URL, read a file or expand entities.
 */
public final class MarcXmlFile {

    public static final String NAMESPACE = "http://www.loc.gov/MARC21/slim";
    static final String SCHEMA = "http://www.loc.gov/standards/marcxml/schema/MARC21slim.xsd";

    private static final MarcFactory FACTORY = MarcFactory.newInstance();

    private MarcXmlFile() {
    }

    /** A StAX factory with DTDs, external entities and entity replacement switched off. */
    public static XMLInputFactory safeInputFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /** @throws InvalidInputException naming the line where the XML breaks or where a malformed record starts */
    public static List<ImportedEntry> read(String text) {
        List<ImportedEntry> entries = new ArrayList<>();
        XMLStreamReader xml = null;
        try {
            xml = new GuardedXmlReader(safeInputFactory().createXMLStreamReader(new StringReader(text)));
            int depth = 0;
            boolean rootSeen = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw problem(xml.getLocation().getLineNumber(), "The file has a document type declaration; "
                            + "MARCXML needs none and Ariadne reads none.");
                }
                if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw problem(xml.getLocation().getLineNumber(), "The entity &" + xml.getLocalName()
                            + "; is not XML's own; write the character itself.");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    int line = xml.getLocation().getLineNumber();
                    if (!NAMESPACE.equals(xml.getNamespaceURI())) {
                        throw problem(line, "The element <" + name + "> is not in the MARC 21 slim namespace "
                                + NAMESPACE + ".");
                    }
                    if (!rootSeen) {
                        rootSeen = true;
                        if (name.equals("record")) {
                            entries.add(record(xml, line, 1));
                            continue;
                        }
                        if (!name.equals("collection")) {
                            throw problem(line, "The root element is <" + name + ">; MARCXML has <collection> or <record>.");
                        }
                        depth = 1;
                        continue;
                    }
                    if (depth == 1 && name.equals("record")) {
                        entries.add(record(xml, line, entries.size() + 1));
                    } else {
                        throw problem(line, "A <collection> holds <record> elements, not <" + name + ">.");
                    }
                }
            }
            if (!rootSeen) {
                throw problem(1, "The file has no XML element: send a MARCXML <collection> or <record>.");
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNumber());
            throw problem(line, "The XML is malformed here" + (e.getLocation() == null ? "."
                    : " (column " + e.getLocation().getColumnNumber() + ")."));
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // nothing was left open that matters
                }
            }
        }
        return entries;
    }

    /** Reads one record, the reader on its start tag, to its end tag. */
    private static ImportedEntry record(XMLStreamReader xml, int line, int position) throws XMLStreamException {
        Record record = FACTORY.newRecord();
        boolean leader = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("record")) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            int at = xml.getLocation().getLineNumber();
            switch (xml.getLocalName()) {
                case "leader" -> {
                    String value = xml.getElementText();
                    if (value.length() != 24) {
                        throw problem(at, "Record " + position + " (line " + line + "): the leader has "
                                + value.length() + " characters; a MARC 21 leader has 24.");
                    }
                    record.setLeader(FACTORY.newLeader(value));
                    leader = true;
                }
                case "controlfield" -> {
                    String tag = tag(xml, at, position, line);
                    if (!tag.startsWith("00")) {
                        throw problem(at, "Record " + position + " (line " + line + "): control field " + tag
                                + " must be a data field; control fields are 001 to 009.");
                    }
                    record.addVariableField(FACTORY.newControlField(tag, xml.getElementText()));
                }
                case "datafield" -> record.addVariableField(dataField(xml, at, position, line));
                default -> throw problem(at, "Record " + position + " (line " + line + "): <" + xml.getLocalName()
                        + "> is not a MARCXML element of a record.");
            }
        }
        if (!leader) {
            record.setLeader(FACTORY.newLeader("00000nam a2200000 i 4500"));
        }
        String key = record.getControlNumber() == null || record.getControlNumber().isBlank()
                ? String.valueOf(position) : record.getControlNumber().strip();
        List<String> warnings = new ArrayList<>();
        List<String> lost = new ArrayList<>();
        Map<String, Object> item = MarcMapping.toCsl(record, lost);
        if (!lost.isEmpty()) {
            warnings.add("Record " + key + " on line " + line + ": " + String.join(", ", lost.stream().distinct().toList())
                    + ".");
        }
        return new ImportedEntry(key, line, item, warnings);
    }

    private static DataField dataField(XMLStreamReader xml, int at, int position, int line) throws XMLStreamException {
        String tag = tag(xml, at, position, line);
        if (tag.startsWith("00")) {
            throw problem(at, "Record " + position + " (line " + line + "): " + tag + " is a control field, "
                    + "not a data field.");
        }
        DataField field = FACTORY.newDataField(tag, indicator(xml, "ind1", at), indicator(xml, "ind2", at));
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("datafield")) {
                return field;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                int subAt = xml.getLocation().getLineNumber();
                if (!xml.getLocalName().equals("subfield")) {
                    throw problem(subAt, "Field " + tag + " holds <" + xml.getLocalName() + ">; a data field holds "
                            + "<subfield> elements.");
                }
                String code = xml.getAttributeValue(null, "code");
                if (code == null || code.length() != 1) {
                    throw problem(subAt, "A subfield of field " + tag + " has no one-character code.");
                }
                Subfield subfield = FACTORY.newSubfield(code.charAt(0), xml.getElementText());
                field.addSubfield(subfield);
            }
        }
        return field;
    }

    private static String tag(XMLStreamReader xml, int at, int position, int line) {
        String tag = xml.getAttributeValue(null, "tag");
        if (tag == null || !tag.matches("[0-9A-Za-z]{3}")) {
            throw problem(at, "Record " + position + " (line " + line + "): a field has "
                    + (tag == null ? "no tag" : "the tag \"" + tag + "\"") + "; a MARC tag is three characters.");
        }
        return tag;
    }

    private static char indicator(XMLStreamReader xml, String name, int at) {
        String value = xml.getAttributeValue(null, name);
        if (value == null || value.isEmpty()) {
            return ' ';
        }
        if (value.length() != 1) {
            throw problem(at, "The indicator " + name + " is \"" + value + "\"; an indicator is one character.");
        }
        return value.charAt(0);
    }

    private static InvalidInputException problem(int line, String message) {
        return new InvalidInputException("The MARCXML file is malformed on line " + line + ": " + message,
                List.of(InputProblem.ofLine(line, message)));
    }

    /** A MARCXML collection of the items, each with Ariadne's id in 001. */
    static String write(List<Map<String, Object>> items, LocalDate entered) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("marc", "collection", NAMESPACE);
            xml.writeNamespace("marc", NAMESPACE);
            xml.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
            xml.writeAttribute("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation", NAMESPACE + " " + SCHEMA);
            xml.writeCharacters("\n");
            for (Map<String, Object> item : items) {
                writeRecord(xml, MarcMapping.toMarc(item, entered), false);
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Writing MARCXML to memory failed", e);
        }
        return out.toString();
    }

    /**
     * Writes one {@code marc:record} element; with {@code declareNamespace} it binds the prefix itself (as the root of
     * an OAI-PMH metadata part must).
     */
    public static void writeRecord(XMLStreamWriter xml, Record record, boolean declareNamespace) throws XMLStreamException {
        xml.writeStartElement("marc", "record", NAMESPACE);
        if (declareNamespace) {
            xml.writeNamespace("marc", NAMESPACE);
            xml.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
            xml.writeAttribute("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation", NAMESPACE + " " + SCHEMA);
        }
        xml.writeCharacters("\n  ");
        xml.writeStartElement("marc", "leader", NAMESPACE);
        xml.writeCharacters(record.getLeader().marshal());
        xml.writeEndElement();
        for (var field : record.getControlFields()) {
            xml.writeCharacters("\n  ");
            xml.writeStartElement("marc", "controlfield", NAMESPACE);
            xml.writeAttribute("tag", field.getTag());
            xml.writeCharacters(xmlText(field.getData()));
            xml.writeEndElement();
        }
        for (DataField field : record.getDataFields()) {
            xml.writeCharacters("\n  ");
            xml.writeStartElement("marc", "datafield", NAMESPACE);
            xml.writeAttribute("tag", field.getTag());
            xml.writeAttribute("ind1", String.valueOf(field.getIndicator1()));
            xml.writeAttribute("ind2", String.valueOf(field.getIndicator2()));
            for (Subfield subfield : field.getSubfields()) {
                xml.writeCharacters("\n    ");
                xml.writeStartElement("marc", "subfield", NAMESPACE);
                xml.writeAttribute("code", String.valueOf(subfield.getCode()));
                xml.writeCharacters(xmlText(subfield.getData()));
                xml.writeEndElement();
            }
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
        }
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    /** Text without the control characters XML 1.0 cannot carry (a newline becomes a space, as MARC has no lines). */
    static String xmlText(String value) {
        StringBuilder b = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            if (c == '\n' || c == '\r' || c == '\t') {
                b.append(' ');
            } else if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }
}
