package org.ariadne.exchange.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.ariadne.it.Api;
import org.ariadne.it.Deployments;
import org.ariadne.it.TestUsers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The OAI-PMH provider at /oai, as a harvester sees it, against a real WildFly and database. */
@ExtendWith(ArquillianExtension.class)
class OaiIT {

    private static final String OAI = "http://www.openarchives.org/OAI/2.0/";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String MARC = "http://www.loc.gov/MARC21/slim";

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ariadne();
    }

    @BeforeEach
    void users() {
        TestUsers.ensure();
    }

    private static Document oai(String query) {
        Api.Reply reply = Api.anonymous().get("/oai?" + query);
        assertEquals(200, reply.status(), reply::toString);
        assertTrue(reply.header("Content-Type").orElseThrow().startsWith("text/xml"), reply::toString);
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(reply.bytes()));
        } catch (Exception e) {
            throw new AssertionError("not XML: " + reply.text(), e);
        }
    }

    private static String error(Document doc) {
        NodeList errors = doc.getElementsByTagNameNS(OAI, "error");
        return errors.getLength() == 0 ? null : ((Element) errors.item(0)).getAttribute("code");
    }

    private static List<String> texts(Document doc, String ns, String name) {
        NodeList nodes = doc.getElementsByTagNameNS(ns, name);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent().strip());
        }
        return out;
    }

    /** Catalogues {@code count} works through the import API; their ids in order. */
    private List<String> catalogue(int count) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (int i = 0; i < count; i++) {
            items.add(Json.createObjectBuilder().add("id", "w" + i).add("type", "article-journal")
                    .add("title", "Harvested work " + i + " of run " + run)
                    .add("author", Json.createArrayBuilder().add(Json.createObjectBuilder()
                            .add("family", "Harvester" + run).add("given", "Ann")))
                    .add("container-title", "Journal of Harvests").add("volume", String.valueOf(i))
                    .add("issued", Json.createObjectBuilder().add("date-parts",
                            Json.createArrayBuilder().add(Json.createArrayBuilder().add(2020)))));
        }
        Api.Reply reply = Api.as("librarian").post("/api/import", "application/vnd.citationstyles.csl+json",
                items.build().toString());
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonArray("created").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
    }

    @Test
    void identifiesItselfAndItsFormats() {
        Document identify = oai("verb=Identify");
        assertEquals(List.of("2.0"), texts(identify, OAI, "protocolVersion"));
        assertEquals(List.of("YYYY-MM-DDThh:mm:ssZ"), texts(identify, OAI, "granularity"));
        assertTrue(texts(identify, OAI, "baseURL").get(0).endsWith("/oai"));
        assertTrue(texts(identify, OAI, "earliestDatestamp").get(0).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));
        Document formats = oai("verb=ListMetadataFormats");
        assertEquals(List.of("oai_dc", "marcxml"), texts(formats, OAI, "metadataPrefix"));
        assertEquals("noSetHierarchy", error(oai("verb=ListSets")));
    }

    @Test
    void harvestsEveryRecordOnceThroughResumptionTokens() {
        String from = Instant.now().minus(2, ChronoUnit.SECONDS).truncatedTo(ChronoUnit.SECONDS).toString();
        List<String> created = catalogue(130);
        Set<String> wanted = new HashSet<>();
        created.forEach(id -> wanted.add("oai:ariadne:" + id));
        List<String> harvested = new ArrayList<>();
        Document page = oai("verb=ListRecords&metadataPrefix=oai_dc&from=" + from);
        int pages = 1;
        while (true) {
            assertEquals(null, error(page));
            harvested.addAll(texts(page, OAI, "identifier"));
            NodeList tokens = page.getElementsByTagNameNS(OAI, "resumptionToken");
            if (tokens.getLength() == 0 || tokens.item(0).getTextContent().isBlank()) {
                break;
            }
            page = oai("verb=ListRecords&resumptionToken="
                    + URLEncoder.encode(tokens.item(0).getTextContent().strip(), StandardCharsets.UTF_8));
            pages++;
        }
        assertTrue(pages >= 2, "130 records come in pages of 100");
        assertEquals(harvested.size(), new HashSet<>(harvested).size(), "no record twice: " + harvested);
        assertTrue(harvested.containsAll(wanted), "every new record is harvested");
        Document ids = oai("verb=ListIdentifiers&metadataPrefix=marcxml&from=" + from);
        assertEquals(100, texts(ids, OAI, "header").size());
        Element token = (Element) ids.getElementsByTagNameNS(OAI, "resumptionToken").item(0);
        assertEquals("0", token.getAttribute("cursor"));
        assertTrue(Integer.parseInt(token.getAttribute("completeListSize")) >= 130);
        assertEquals("noRecordsMatch", error(oai("verb=ListRecords&metadataPrefix=oai_dc&from=2999-01-01")));
        assertEquals("noRecordsMatch", error(oai("verb=ListIdentifiers&metadataPrefix=oai_dc&until=1970-01-01")));
    }

    @Test
    void givesOneRecordInEitherFormat() {
        String id = catalogue(1).get(0);
        Document dc = oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:ariadne:" + id);
        assertEquals(List.of("Harvested work 0 of run " + run), texts(dc, DC, "title"));
        assertEquals(List.of("Harvester" + run + ", Ann"), texts(dc, DC, "creator"));
        assertEquals(List.of("2020"), texts(dc, DC, "date"));
        Document marc = oai("verb=GetRecord&metadataPrefix=marcxml&identifier=oai:ariadne:" + id);
        assertEquals(1, marc.getElementsByTagNameNS(MARC, "record").getLength());
        assertEquals(List.of(id), texts(marc, MARC, "controlfield").subList(0, 1));
        assertTrue(texts(marc, MARC, "subfield").contains("Harvested work 0 of run " + run + "."));
        Document formats = oai("verb=ListMetadataFormats&identifier=oai:ariadne:" + id);
        assertEquals(2, texts(formats, OAI, "metadataPrefix").size());
    }

    @Test
    void answersBadRequestsWithTheProtocolsErrors() {
        assertEquals("badVerb", error(oai("verb=Nonsense")));
        assertEquals("badVerb", error(oai("")));
        assertEquals("badArgument", error(oai("verb=ListRecords")));
        assertEquals("badArgument", error(oai("verb=Identify&foo=bar")));
        assertEquals("badArgument", error(oai("verb=ListRecords&metadataPrefix=oai_dc&from=yesterday")));
        assertEquals("cannotDisseminateFormat", error(oai("verb=ListRecords&metadataPrefix=mods")));
        assertEquals("idDoesNotExist", error(oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:ariadne:999999999")));
        assertEquals("idDoesNotExist", error(oai("verb=ListMetadataFormats&identifier=urn:x")));
        assertEquals("badResumptionToken", error(oai("verb=ListRecords&resumptionToken=not-ours")));
        assertEquals("noSetHierarchy", error(oai("verb=ListRecords&metadataPrefix=oai_dc&set=a")));
        Document bad = oai("verb=Nonsense");
        Element request = (Element) bad.getElementsByTagNameNS(OAI, "request").item(0);
        assertFalse(request.hasAttribute("verb"), "a badVerb answer echoes no arguments");
    }
}
