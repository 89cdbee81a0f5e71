package org.ariadne.exchange.rest;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.ariadne.exchange.application.HarvestService;
import org.ariadne.exchange.domain.DublinCore;
import org.ariadne.exchange.domain.MarcMapping;
import org.ariadne.exchange.domain.MarcXmlFile;
import org.ariadne.exchange.domain.OaiRequest;
import org.ariadne.exchange.domain.OaiRequest.OaiError;
import org.ariadne.exchange.domain.OaiRequest.OaiException;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * The OAI-PMH 2.0 provider at {@code /oai}: the six verbs over GET and POST, records in {@code oai_dc} and
 * {@code marcxml}, datestamps to the second, lists in pages of {@value #PAGE_SIZE} with resumption tokens, no sets.
 * Errors are OAI errors inside a 200 response, as the protocol wants.
 */
@WebServlet("/oai")
public class OaiServlet extends HttpServlet {

    static final int PAGE_SIZE = 100;
    private static final String OAI = "http://www.openarchives.org/OAI/2.0/";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String OAI_SCHEMA = "http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd";

    @Inject
    transient HarvestService harvest;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(request, response);
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String baseUrl = request.getRequestURL().toString();
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("", "OAI-PMH", OAI);
            xml.writeDefaultNamespace(OAI);
            xml.writeNamespace("xsi", XSI);
            xml.writeAttribute(XSI, "schemaLocation", OAI + " " + OAI_SCHEMA);
            text(xml, "responseDate", OaiRequest.datestamp(Instant.now()));
            OaiRequest oai;
            try {
                oai = OaiRequest.parse(request.getParameterMap());
            } catch (OaiException e) {
                xml.writeCharacters("\n");
                xml.writeStartElement("request");
                String verb = request.getParameter("verb");
                if (e.error().code().equals("badArgument") || e.error().code().equals("badVerb")) {
                    xml.writeCharacters(baseUrl);
                } else {
                    echo(xml, verb, request.getParameterMap(), baseUrl);
                }
                xml.writeEndElement();
                error(xml, e.error());
                finish(xml, response, out);
                return;
            }
            xml.writeCharacters("\n");
            xml.writeStartElement("request");
            xml.writeAttribute("verb", oai.verb().name());
            for (Map.Entry<String, String> a : oai.arguments().entrySet()) {
                xml.writeAttribute(a.getKey(), a.getValue());
            }
            xml.writeCharacters(baseUrl);
            xml.writeEndElement();
            try {
                // the verb's part is written apart first, so that an error found half-way leaves no half element
                StringWriter body = new StringWriter();
                XMLStreamWriter part = XMLOutputFactory.newFactory().createXMLStreamWriter(body);
                verb(part, oai, baseUrl);
                part.flush();
                xml.flush();
                out.write(body.toString());
            } catch (OaiException e) {
                error(xml, e.error());
            }
            finish(xml, response, out);
        } catch (XMLStreamException e) {
            throw new IOException("Writing the OAI-PMH response failed", e);
        }
    }

    private static void echo(XMLStreamWriter xml, String verb, Map<String, String[]> parameters, String baseUrl)
            throws XMLStreamException {
        if (verb != null) {
            xml.writeAttribute("verb", verb);
        }
        for (Map.Entry<String, String[]> p : parameters.entrySet()) {
            if (!p.getKey().equals("verb") && p.getValue().length == 1) {
                xml.writeAttribute(p.getKey(), p.getValue()[0]);
            }
        }
        xml.writeCharacters(baseUrl);
    }

    private static void finish(XMLStreamWriter xml, HttpServletResponse response, StringWriter out)
            throws XMLStreamException, IOException {
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.flush();
        response.setContentType("text/xml;charset=UTF-8");
        response.getWriter().write(out.toString());
    }

    private static void error(XMLStreamWriter xml, OaiError error) throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeStartElement("error");
        xml.writeAttribute("code", error.code());
        xml.writeCharacters(error.message());
        xml.writeEndElement();
    }

    /** Writes the verb's element (a fragment in the OAI namespace, which the envelope declares as default). */
    private void verb(XMLStreamWriter xml, OaiRequest oai, String baseUrl) throws XMLStreamException {
        switch (oai.verb()) {
            case Identify -> identify(xml, baseUrl);
            case ListMetadataFormats -> listMetadataFormats(xml, oai);
            case ListSets -> throw new OaiException("noSetHierarchy", "This repository does not support sets.");
            case ListIdentifiers, ListRecords -> list(xml, oai);
            case GetRecord -> getRecord(xml, oai);
        }
    }

    private void identify(XMLStreamWriter xml, String baseUrl) throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeStartElement("Identify");
        text(xml, "repositoryName", "Ariadne");
        text(xml, "baseURL", baseUrl);
        text(xml, "protocolVersion", "2.0");
        text(xml, "adminEmail", adminEmail());
        text(xml, "earliestDatestamp", OaiRequest.datestamp(harvest.earliestDatestamp().orElse(Instant.EPOCH)));
        text(xml, "deletedRecord", "no");
        text(xml, "granularity", "YYYY-MM-DDThh:mm:ssZ");
        xml.writeCharacters("\n");
        xml.writeEndElement();
    }

    private static String adminEmail() {
        String configured = System.getenv("ARIADNE_OAI_ADMIN_EMAIL");
        return configured == null || configured.isBlank() ? "admin@localhost" : configured.strip();
    }

    private void listMetadataFormats(XMLStreamWriter xml, OaiRequest oai) throws XMLStreamException {
        if (oai.identifier() != null) {
            found(oai.identifier());
        }
        xml.writeCharacters("\n");
        xml.writeStartElement("ListMetadataFormats");
        format(xml, "oai_dc", "http://www.openarchives.org/OAI/2.0/oai_dc.xsd", DublinCore.OAI_DC);
        format(xml, "marcxml", "http://www.loc.gov/standards/marcxml/schema/MARC21slim.xsd", MarcXmlFile.NAMESPACE);
        xml.writeCharacters("\n");
        xml.writeEndElement();
    }

    private static void format(XMLStreamWriter xml, String prefix, String schema, String namespace)
            throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeStartElement("metadataFormat");
        text(xml, "metadataPrefix", prefix);
        text(xml, "schema", schema);
        text(xml, "metadataNamespace", namespace);
        xml.writeEndElement();
    }

    private HarvestService.Harvested found(String identifier) {
        return OaiRequest.sourceId(identifier).flatMap(harvest::record).orElseThrow(() ->
                new OaiException("idDoesNotExist", "\"" + identifier + "\" is not an identifier of this repository."));
    }

    private void getRecord(XMLStreamWriter xml, OaiRequest oai) throws XMLStreamException {
        HarvestService.Harvested record = found(oai.identifier());
        xml.writeCharacters("\n");
        xml.writeStartElement("GetRecord");
        record(xml, record, oai.metadataPrefix(), true);
        xml.writeCharacters("\n");
        xml.writeEndElement();
    }

    private void list(XMLStreamWriter xml, OaiRequest oai) throws XMLStreamException {
        OaiRequest.Token resume = oai.resume();
        HarvestService.Page page = harvest.page(oai.from(), oai.until(),
                resume == null ? null : resume.afterStamp(), resume == null ? null : resume.afterId(), PAGE_SIZE);
        List<HarvestService.Harvested> records = page.records();
        if (records.isEmpty()) {
            if (resume != null) {
                throw new OaiException("badResumptionToken", "The list this token resumes has no more records.");
            }
            throw new OaiException("noRecordsMatch", "No record has a datestamp in the range asked for.");
        }
        boolean withMetadata = oai.verb() == OaiRequest.Verb.ListRecords;
        xml.writeCharacters("\n");
        xml.writeStartElement(oai.verb().name());
        for (HarvestService.Harvested record : records) {
            if (withMetadata) {
                record(xml, record, oai.metadataPrefix(), true);
            } else {
                header(xml, record);
            }
        }
        int cursor = resume == null ? 0 : resume.cursor();
        int sent = cursor + records.size();
        if (resume != null || sent < page.completeListSize()) {
            xml.writeCharacters("\n");
            xml.writeStartElement("resumptionToken");
            xml.writeAttribute("completeListSize", String.valueOf(page.completeListSize()));
            xml.writeAttribute("cursor", String.valueOf(cursor));
            if (records.size() == PAGE_SIZE && sent < page.completeListSize()) {
                HarvestService.Harvested last = records.get(records.size() - 1);
                xml.writeCharacters(new OaiRequest.Token(oai.metadataPrefix(), oai.from(), oai.until(),
                        last.datestamp(), last.id(), sent).encode());
            }
            xml.writeEndElement();
        }
        xml.writeCharacters("\n");
        xml.writeEndElement();
    }

    private static void header(XMLStreamWriter xml, HarvestService.Harvested record) throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeStartElement("header");
        text(xml, "identifier", OaiRequest.identifierOf(record.id()));
        text(xml, "datestamp", OaiRequest.datestamp(record.datestamp()));
        xml.writeEndElement();
    }

    private static void record(XMLStreamWriter xml, HarvestService.Harvested record, String prefix, boolean metadata)
            throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeStartElement("record");
        header(xml, record);
        if (metadata) {
            xml.writeCharacters("\n");
            xml.writeStartElement("metadata");
            xml.writeCharacters("\n");
            if (prefix.equals("marcxml")) {
                MarcXmlFile.writeRecord(xml, MarcMapping.toMarc(record.item(), LocalDate.now(ZoneOffset.UTC)), true);
            } else {
                DublinCore.writeRecord(xml, record.item());
                xml.writeCharacters("\n");
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
