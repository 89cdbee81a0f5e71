package org.ariadne.claims.rest;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.ariadne.claims.domain.Trace;
import org.ariadne.claims.domain.TraceCitation;
import org.ariadne.claims.domain.TraceCite;
import org.ariadne.claims.domain.TraceFootnote;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.ariadne.shared.domain.Jsons.JSON;

/**
 * A trace as W3C PROV in JSON-LD: the claim and every source on its chains are {@code prov:Entity}s named by their
 * stable page addresses; a text that cites another {@code prov:wasDerivedFrom} it (and {@code prov:wasQuotedFrom}
 * it where the citation quotes a passage that was found); the claim {@code prov:hadPrimarySource} the works where the
 * chains end.
 */
final class ClaimProvenance {

    static final String JSON_LD = "application/ld+json";

    private final URI site;
    private final Map<String, Node> nodes = new LinkedHashMap<>();

    private ClaimProvenance(URI site) {
        this.site = site;
    }

    /** @param site the application's root address, e.g. {@code http://host/} */
    static JsonObject of(Trace trace, URI site) {
        return new ClaimProvenance(site).build(trace);
    }

    private JsonObject build(Trace trace) {
        Node claim = node(site.resolve("claims/" + trace.claim().id()).toString(), null);
        claim.description = trace.claim().text();
        for (TraceCitation c : trace.citations()) {
            Node cited = source(c.source().id(), c.source().title());
            claim.derivedFrom.add(cited.id);
            if (c.quoteFound()) {
                claim.quotedFrom.add(cited.id);
            }
            footnotes(cited, c.footnotes());
        }
        for (String primary : trace.primarySources()) {
            claim.primarySources.add(sourceIri(primary));
        }
        JsonArrayBuilder graph = JSON.createArrayBuilder();
        nodes.values().forEach(node -> graph.add(node.toJson()));
        return JSON.createObjectBuilder()
                .add("@context", JSON.createObjectBuilder()
                        .add("prov", "http://www.w3.org/ns/prov#")
                        .add("dcterms", "http://purl.org/dc/terms/"))
                .add("@graph", graph)
                .build();
    }

    private void footnotes(Node citing, List<TraceFootnote> footnotes) {
        for (TraceFootnote note : footnotes) {
            for (TraceCite cite : note.cites()) {
                Node cited = source(cite.source().id(), cite.source().title());
                citing.derivedFrom.add(cited.id);
                if (Boolean.TRUE.equals(cite.quoteFound())) {
                    citing.quotedFrom.add(cited.id);
                }
                footnotes(cited, cite.footnotes());
            }
        }
    }

    private Node source(String id, String title) {
        return node(sourceIri(id), title);
    }

    private String sourceIri(String id) {
        return site.resolve("sources/" + id).toString();
    }

    private Node node(String iri, String title) {
        Node node = nodes.computeIfAbsent(iri, Node::new);
        if (title != null) {
            node.title = title;
        }
        return node;
    }

    private static final class Node {
        final String id;
        String title;
        String description;
        final Set<String> derivedFrom = new LinkedHashSet<>();
        final Set<String> quotedFrom = new LinkedHashSet<>();
        final Set<String> primarySources = new LinkedHashSet<>();

        Node(String id) {
            this.id = id;
        }

        JsonObject toJson() {
            JsonObjectBuilder json = JSON.createObjectBuilder().add("@id", id).add("@type", "prov:Entity");
            if (title != null) {
                json.add("dcterms:title", title);
            }
            if (description != null) {
                json.add("dcterms:description", description);
            }
            links(json, "prov:wasDerivedFrom", derivedFrom);
            links(json, "prov:wasQuotedFrom", quotedFrom);
            links(json, "prov:hadPrimarySource", primarySources);
            return json.build();
        }

        private static void links(JsonObjectBuilder json, String property, Set<String> targets) {
            if (targets.isEmpty()) {
                return;
            }
            JsonArrayBuilder array = JSON.createArrayBuilder();
            targets.forEach(target -> array.add(JSON.createObjectBuilder().add("@id", target)));
            json.add(property, array);
        }
    }
}
