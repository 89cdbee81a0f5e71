package org.ariadne.shared.rest;

import jakarta.json.JsonObject;
import org.ariadne.it.Api;
import org.ariadne.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The OpenAPI document the server publishes at /openapi describes every operation (summary, description, each
 * parameter and request body, its problem+json answers) and has every call of the contract ({@code ../shared/api.md}).
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ariadne();
    }

    @Test
    void everyOperationIsDescribedAndEveryCallOfTheContractIsThere() throws IOException {
        Map<String, Set<String>> contract = OpenApiAudit.contractCalls(
                Files.readString(Path.of("../shared/api.md")));
        assertTrue(contract.size() >= 20, () -> "the contract's calls were not read: " + contract.keySet());

        Api.Reply reply = Api.anonymous().get("/openapi?format=JSON", "application/json");
        assertEquals(200, reply.status(), reply::toString);
        JsonObject document = reply.json();

        List<String> findings = OpenApiAudit.findings(document, contract);
        assertEquals(List.of(), findings, () -> findings.size() + " gaps in the OpenAPI document");
        assertTrue(document.getJsonObject("components").getJsonObject("schemas").containsKey("Problem"));
    }
}
