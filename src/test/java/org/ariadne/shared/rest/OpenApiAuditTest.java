package org.ariadne.shared.rest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The audit that {@code OpenApiIT} runs on the served document finds each kind of gap. */
class OpenApiAuditTest {

    private static final String COMPLETE = """
            {"paths": {"/api/sources/{id}": {"get": {"summary": "Read a source", "description": "The item.",
               "parameters": [{"name": "id", "in": "path", "description": "Its id."},
                              {"$ref": "#/components/parameters/Page"}],
               "responses": {"200": {"description": "ok"}, "404": {"$ref": "#/components/responses/NotFound"}}}},
             "/api/sources": {"get": {"summary": "List", "description": "Pages.",
               "parameters": [{"name": "q", "in": "query", "description": "Words."}],
               "responses": {"400": {"description": "bad", "content": {"application/problem+json": {}}}}},
               "post": {"summary": "Create", "description": "Makes one.", "requestBody": {"description": "An item."},
               "responses": {"400": {"description": "bad", "content": {"application/problem+json": {}}}}}}},
             "components": {"parameters": {"Page": {"name": "page", "in": "query", "description": "From 0."}},
               "responses": {"NotFound": {"description": "none", "content": {"application/problem+json": {}}}}}}
            """;

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    void findsNothingInACompleteDocument() {
        assertEquals(List.of(), OpenApiAudit.findings(json(COMPLETE),
                OpenApiAudit.contractCalls("| `GET /api/sources?q=` | x |\n| `GET /api/sources/{x}` | y |")));
    }

    /** The complete document with one gap of each kind. */
    private static final String BROKEN = """
            {"paths": {"/api/sources/{id}": {"get": {"description": "The item.",
               "parameters": [{"name": "id", "in": "path"},
                              {"$ref": "#/components/parameters/Page"}],
               "responses": {"200": {"description": "ok"}, "404": {"$ref": "#/components/responses/NotFound"}}}},
             "/api/sources": {"get": {"summary": "List",
               "parameters": [{"name": "q", "in": "query", "description": "Words."}],
               "responses": {"400": {"description": "bad", "content": {"application/json": {}}}}},
               "post": {"summary": "Create", "description": "Makes one.", "requestBody": {"content": {}},
               "responses": {"400": {"description": "bad", "content": {"application/problem+json": {}}}}}}},
             "components": {"parameters": {"Page": {"name": "page", "in": "query"}},
               "responses": {"NotFound": {"description": "none", "content": {"application/problem+json": {}}}}}}
            """;

    @Test
    void findsEachMissingPart() {
        List<String> findings = OpenApiAudit.findings(json(BROKEN),
                OpenApiAudit.contractCalls("`GET /api/sources?q=&size=` and `DELETE /api/sources/{id}` `GET /oai?verb=x`"));
        assertTrue(findings.contains("GET /api/sources/{id}: no summary"), findings::toString);
        assertTrue(findings.contains("GET /api/sources/{id}: parameter id is not described"), findings::toString);
        assertTrue(findings.contains("GET /api/sources/{id}: parameter page is not described"), findings::toString);
        assertTrue(findings.contains("GET /api/sources: no description"), findings::toString);
        assertTrue(findings.contains("GET /api/sources: declares no application/problem+json error answer"),
                findings::toString);
        assertTrue(findings.contains("POST /api/sources: request body is not described"), findings::toString);
        assertTrue(findings.contains("GET /api/sources: query parameter size of the contract is not documented"),
                findings::toString);
        assertTrue(findings.contains("DELETE /api/sources/{id}: in the contract, missing from the document"),
                findings::toString);
        assertTrue(findings.contains("GET /oai: in the contract, missing from the document"), findings::toString);
        assertEquals(9, findings.size(), findings::toString);
    }

    @Test
    void readsTheCallsOfTheContract() {
        Map<String, Set<String>> calls = OpenApiAudit.contractCalls("""
                | `GET /api/export?format=bibtex|ris|csl-json&sources=id,id` | the file |
                | `PATCH /api/sources/{id}/footnotes/{number}` | a librarian corrects |
                `GET /api/search?q=..&kind=source|claim&page=&size=` → ...
                """);
        assertEquals(Set.of("format", "sources"), calls.get("GET /api/export"));
        assertEquals(Set.of(), calls.get("PATCH /api/sources/{id}/footnotes/{number}"));
        assertEquals(Set.of("q", "kind", "page", "size"), calls.get("GET /api/search"));
    }
}
