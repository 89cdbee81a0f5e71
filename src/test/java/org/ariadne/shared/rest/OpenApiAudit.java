package org.ariadne.shared.rest;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the published OpenAPI document must say: every operation with a summary and a description, every parameter
 * and request body described, problem+json error answers declared, and every call of the HTTP contract
 * ({@code api.md}) present with the query parameters the contract names. Each finding is one line of text.
 */
final class OpenApiAudit {

    static final String PROBLEM = "application/problem+json";

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    /** A call of the contract, "GET /api/sources?q=&page=": method, path and the query parameters it names. */
    private static final Pattern CALL = Pattern.compile(
            "`(GET|POST|PUT|DELETE|PATCH) (/[A-Za-z0-9_{}/.-]*)(\\?[^`\\s]*)?");

    /**
     * Operations whose errors are not problem+json by design: OAI-PMH answers its protocol errors inside a 200
     * XML document.
     */
    private static final Set<String> NO_PROBLEM_BODY = Set.of("GET /oai", "POST /oai");

    private OpenApiAudit() {
    }

    /** Calls of the contract as "METHOD /path" (path parameters as written there) with their query parameters. */
    static Map<String, Set<String>> contractCalls(String apiMd) {
        Map<String, Set<String>> calls = new LinkedHashMap<>();
        Matcher matcher = CALL.matcher(apiMd);
        while (matcher.find()) {
            Set<String> query = calls.computeIfAbsent(matcher.group(1) + " " + matcher.group(2),
                    k -> new LinkedHashSet<>());
            if (matcher.group(3) != null) {
                for (String pair : matcher.group(3).substring(1).split("&")) {
                    String name = pair.split("=", 2)[0];
                    if (!name.isBlank()) {
                        query.add(name);
                    }
                }
            }
        }
        return calls;
    }

    /** Everything the document lacks; empty when it is complete. */
    static List<String> findings(JsonObject document, Map<String, Set<String>> contract) {
        List<String> findings = new ArrayList<>();
        JsonObject paths = document.getJsonObject("paths");
        if (paths == null) {
            return List.of("the document has no paths");
        }
        Map<String, String> templates = new LinkedHashMap<>();
        paths.keySet().forEach(path -> templates.put(template(path), path));
        for (Map.Entry<String, Set<String>> call : contract.entrySet()) {
            String[] parts = call.getKey().split(" ", 2);
            String path = templates.get(template(parts[1]));
            JsonObject operation = path == null ? null : paths.getJsonObject(path).getJsonObject(parts[0].toLowerCase());
            if (operation == null) {
                findings.add(call.getKey() + ": in the contract, missing from the document");
                continue;
            }
            Set<String> documented = new LinkedHashSet<>();
            for (JsonObject parameter : parameters(document, paths.getJsonObject(path), operation)) {
                if ("query".equals(parameter.getString("in", ""))) {
                    documented.add(parameter.getString("name", ""));
                }
            }
            for (String name : call.getValue()) {
                if (!documented.contains(name)) {
                    findings.add(call.getKey() + ": query parameter " + name + " of the contract is not documented");
                }
            }
        }
        for (String path : paths.keySet()) {
            JsonObject item = paths.getJsonObject(path);
            for (String method : item.keySet()) {
                if (!METHODS.contains(method)) {
                    continue;
                }
                String name = method.toUpperCase() + " " + path;
                JsonObject operation = item.getJsonObject(method);
                if (blank(operation, "summary")) {
                    findings.add(name + ": no summary");
                }
                if (blank(operation, "description")) {
                    findings.add(name + ": no description");
                }
                for (JsonObject parameter : parameters(document, item, operation)) {
                    if (blank(parameter, "description")) {
                        findings.add(name + ": parameter " + parameter.getString("name", "?") + " is not described");
                    }
                }
                if (operation.containsKey("requestBody")
                        && blank(resolve(document, operation.getJsonObject("requestBody")), "description")) {
                    findings.add(name + ": request body is not described");
                }
                if (!NO_PROBLEM_BODY.contains(name) && !declaresProblem(document, operation)) {
                    findings.add(name + ": declares no application/problem+json error answer");
                }
            }
        }
        return findings;
    }

    private static boolean declaresProblem(JsonObject document, JsonObject operation) {
        JsonObject responses = operation.getJsonObject("responses");
        if (responses == null) {
            return false;
        }
        for (String status : responses.keySet()) {
            if (!status.startsWith("4") && !status.startsWith("5")) {
                continue;
            }
            JsonObject response = resolve(document, responses.getJsonObject(status));
            JsonObject content = response.getJsonObject("content");
            if (content != null && content.containsKey(PROBLEM) && !blank(response, "description")) {
                return true;
            }
        }
        return false;
    }

    private static List<JsonObject> parameters(JsonObject document, JsonObject pathItem, JsonObject operation) {
        List<JsonObject> all = new ArrayList<>();
        for (JsonObject owner : List.of(pathItem, operation)) {
            if (owner.containsKey("parameters")) {
                owner.getJsonArray("parameters").getValuesAs(JsonObject.class)
                        .forEach(p -> all.add(resolve(document, p)));
            }
        }
        return all;
    }

    /** Follows a local "$ref" ("#/components/responses/NotFound"). */
    static JsonObject resolve(JsonObject document, JsonObject object) {
        JsonObject current = object;
        for (int hops = 0; current != null && current.containsKey("$ref") && hops < 10; hops++) {
            String ref = current.getString("$ref");
            if (!ref.startsWith("#/")) {
                return current;
            }
            JsonValue target = document;
            for (String step : ref.substring(2).split("/")) {
                target = target instanceof JsonObject o ? o.get(step) : null;
            }
            current = target instanceof JsonObject o ? o : null;
        }
        return current == null ? JsonValue.EMPTY_JSON_OBJECT : current;
    }

    private static boolean blank(JsonObject object, String member) {
        JsonValue value = object.get(member);
        return !(value instanceof JsonString text) || text.getString().isBlank();
    }

    /** "/api/sources/{id}/footnotes/{number}" and "/api/sources/{x}/footnotes/{y}" are the same template. */
    private static String template(String path) {
        return path.replaceAll("\\{[^}]*}", "{}");
    }
}
