package org.ariadne.exchange.domain;

import org.ariadne.exchange.domain.OaiRequest.OaiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OaiRequestTest {

    /** "verb=ListRecords&from=x" as the servlet API gives it; "a=1&a=2" repeats an argument. */
    private static Map<String, String[]> query(String query) {
        Map<String, String[]> map = new LinkedHashMap<>();
        if (query.isEmpty()) {
            return map;
        }
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            map.merge(kv[0], new String[]{kv.length > 1 ? kv[1] : ""}, (a, b) -> new String[]{a[0], b[0]});
        }
        return map;
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                                                             | badVerb
            verb=Frobnicate                                                | badVerb
            verb=Identify&verb=Identify                                    | badVerb
            verb=Identify&metadataPrefix=oai_dc                            | badArgument
            verb=ListRecords                                               | badArgument
            verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=marcxml  | badArgument
            verb=ListRecords&metadataPrefix=mods                           | cannotDisseminateFormat
            verb=ListRecords&metadataPrefix=oai_dc&from=2020-13-01         | badArgument
            verb=ListRecords&metadataPrefix=oai_dc&from=2020-01-01T00:00Z  | badArgument
            verb=ListRecords&metadataPrefix=oai_dc&from=2021-01-01&until=2020-01-01 | badArgument
            verb=ListRecords&metadataPrefix=oai_dc&from=2020-01-01&until=2020-01-02T00:00:00Z | badArgument
            verb=ListRecords&metadataPrefix=oai_dc&set=news                | noSetHierarchy
            verb=ListIdentifiers&resumptionToken=garbage                   | badResumptionToken
            verb=ListIdentifiers&resumptionToken=x&metadataPrefix=oai_dc   | badArgument
            verb=GetRecord&identifier=oai:ariadne:1                        | badArgument
            verb=ListSets&resumptionToken=abc                              | badResumptionToken
            """)
    void refusesWhatTheProtocolRefuses(String query, String code) {
        OaiException e = assertThrows(OaiException.class, () -> OaiRequest.parse(query(query)));
        assertEquals(code, e.error().code(), e.getMessage());
    }

    @Test
    void makesUntilExclusiveAtItsGranularity() {
        OaiRequest day = OaiRequest.parse(query("verb=ListIdentifiers&metadataPrefix=marcxml&from=2020-01-01&until=2020-01-31"));
        assertEquals(Instant.parse("2020-01-01T00:00:00Z"), day.from());
        assertEquals(Instant.parse("2020-02-01T00:00:00Z"), day.until());
        OaiRequest second = OaiRequest.parse(query("verb=ListRecords&metadataPrefix=oai_dc&until=2020-01-31T10:00:00Z"));
        assertNull(second.from());
        assertEquals(Instant.parse("2020-01-31T10:00:01Z"), second.until());
    }

    @Test
    void aTokenCarriesTheListItResumes() {
        OaiRequest.Token token = new OaiRequest.Token("marcxml", Instant.parse("2020-01-01T00:00:00Z"), null,
                Instant.parse("2021-05-06T07:08:09.123456Z"), 42, 100);
        OaiRequest resumed = OaiRequest.parse(query("verb=ListRecords&resumptionToken=" + token.encode()));
        assertEquals(token, resumed.resume());
        assertEquals("marcxml", resumed.metadataPrefix());
        assertEquals(token.from(), resumed.from());
    }

    @Test
    void readsItsOwnIdentifiersOnly() {
        assertEquals(42L, OaiRequest.sourceId(OaiRequest.identifierOf(42)).orElseThrow());
        assertEquals(true, OaiRequest.sourceId("oai:elsewhere:42").isEmpty());
        assertEquals(true, OaiRequest.sourceId("oai:ariadne:abc").isEmpty());
        assertEquals("2021-05-06T07:08:09Z", OaiRequest.datestamp(Instant.parse("2021-05-06T07:08:09.999Z")));
    }
}
